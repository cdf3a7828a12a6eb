import { ApiError } from '../../api/client.ts';
import type { ContactReview, ReviewActionStatus } from '../../api/types.ts';
import { explainStaleEdit, type StaleEdit } from '../../components/form/staleEdit.ts';

export type ReviewAction = ContactReview['actions'][number];

/** What a follow-up changes, as the stale-edit notice names it. */
export const FOLLOW_UP_FIELDS = ['status'] as const;

/**
 * A follow-up refused as stale (412): someone followed the action up after the user loaded the review.
 * `review` is the review as saved now (the 412's `current`), shown in place of the one loaded; `edit`
 * explains the other person's change against the user's; `wanted` is what the user asked for, to put on
 * the new version if they choose.
 */
export type StaleFollowUp = {
  review: ContactReview;
  actionId: string;
  wanted: ReviewActionStatus;
  edit: StaleEdit;
};

/** Reads a 412 on an action's follow-up; anything else (or a 412 without the review) is not one (null). */
export function staleFollowUp(
  err: unknown,
  loaded: ReviewAction,
  wanted: ReviewActionStatus,
): StaleFollowUp | null {
  if (!(err instanceof ApiError) || err.status !== 412) return null;
  const current = err.body.current as Partial<ContactReview> | undefined;
  if (typeof current !== 'object' || current === null || !Array.isArray(current.actions)) return null;
  const now = current.actions.find((a) => a.id === loaded.id);
  if (!now) return null;
  return {
    review: current as ContactReview,
    actionId: loaded.id,
    wanted,
    edit: explainStaleEdit(
      { status: loaded.status },
      { status: wanted },
      { status: now.status },
      FOLLOW_UP_FIELDS,
    ),
  };
}
