import type { ReportModel } from './model.ts';
import { mayCarry, type CopyAccess, type ReportFieldClass, type ReportRecipient } from './redaction.ts';

/**
 * One recipient's copy of a report: every guarded value the recipient may not carry (redaction.ts) is
 * replaced by `{ guard, shown: false }`, and the values inside a guarded value the copy does carry are
 * walked in turn (a past placement is case history; who the caregiver was is caregiver identity).
 * `withheld` says whether anything was left out, for the notice on the copy's first page.
 */
export function redactReport(
  model: ReportModel,
  access: CopyAccess,
): { model: ReportModel; withheld: boolean } {
  let withheld = false;
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== 'object') return value;
    const obj = value as Record<string, unknown>;
    if (typeof obj.guard === 'string' && typeof obj.shown === 'boolean') {
      const guard = obj.guard as ReportFieldClass;
      const sharedWith = (obj.sharedWith ?? []) as readonly ReportRecipient[];
      if (obj.shown && mayCarry(guard, access, sharedWith)) {
        // The list of whom the author shared with stays with the value it is about, for the judge's copy.
        return { ...obj, value: walk(obj.value) };
      }
      withheld = true;
      return { guard, shown: false };
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(obj)) out[k] = walk(v);
    return out;
  };
  const copy = walk(model) as ReportModel;
  return { model: copy, withheld };
}
