import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.ts';
import type { ContactReview } from '../../api/types.ts';
import { StaleEditView } from '../../components/form/StaleEditNotice.tsx';
import { contactsEn } from '../../i18n/contacts.en.ts';
import { contactsEs } from '../../i18n/contacts.es.ts';
import { formsEn } from '../../i18n/forms.en.ts';
import { formsEs } from '../../i18n/forms.es.ts';
import { staleFollowUp, type ReviewAction } from './actionFollowUp.ts';

const action = (status: ReviewAction['status'], version: number): ReviewAction => ({
  id: 'a1',
  description: 'Talk through the case plan',
  dueDate: '2026-12-15',
  status,
  followUp: status,
  note: null,
  changedOn: null,
  version,
});
const review = (a: ReviewAction) => ({ id: 'r1', actions: [a] }) as unknown as ContactReview;
/** A 412 as the server sends it: the review as saved now and the action's ETag. */
const refused = (a: ReviewAction) =>
  new ApiError(412, 'Changed by someone else', 'Nothing was saved', [], null, {
    current: review(a),
    etag: `"${a.version}"`,
  });

describe('a follow-up refused as stale', () => {
  const loaded = action('open', 1);

  it('shows the review as saved now, and the other person’s follow-up against the user’s', () => {
    const s = staleFollowUp(refused(action('dropped', 2)), loaded, 'done');
    expect(s?.review.actions[0]).toMatchObject({ status: 'dropped', version: 2 });
    expect(s?.actionId).toBe('a1');
    expect(s?.wanted).toBe('done');
    expect(s?.edit).toEqual({
      theirs: [{ field: 'status', from: 'open', to: 'dropped' }],
      mine: [{ field: 'status', from: 'open', to: 'done' }],
      both: ['status'],
      merged: { status: 'done' },
    });
  });

  it('is no stale follow-up for another error, or a 412 that does not carry the action', () => {
    expect(staleFollowUp(new ApiError(409, 'Conflict', 'x'), loaded, 'done')).toBeNull();
    expect(staleFollowUp(new Error('offline'), loaded, 'done')).toBeNull();
    expect(staleFollowUp(refused({ ...action('done', 2), id: 'a2' }), loaded, 'done')).toBeNull();
    expect(
      staleFollowUp(new ApiError(412, 'Changed', 'x', [], null, { current: {} }), loaded, 'done'),
    ).toBeNull();
  });

  it('is explained with the stale-edit notice, in the reader’s language', () => {
    const s = staleFollowUp(refused(action('dropped', 2)), loaded, 'done')!;
    const render = (forms: typeof formsEn, words: typeof contactsEn) =>
      renderToStaticMarkup(
        <StaleEditView
          stale={s.edit}
          words={forms.stale}
          empty={forms.empty}
          labelOf={() => words.followUpLabel}
          show={(_f, v) => words.followUp[String(v)] ?? String(v)}
          onReapply={() => undefined}
          onDiscard={() => undefined}
        />,
      );
    expect(render(formsEn, contactsEn)).toMatch(
      /<th scope="row">Follow-up<\/th><td>Dropped<\/td><td>Open<\/td>/,
    );
    expect(render(formsEs, contactsEs)).toMatch(
      /<th scope="row">Seguimiento<\/th><td>Descartado<\/td><td>Pendiente<\/td>/,
    );
  });
});
