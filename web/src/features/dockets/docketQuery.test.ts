import { describe, expect, it } from 'vitest';
import { docketHref, parseDocketQuery, shifted } from './docketQuery.ts';

describe('the Docket page’s address', () => {
  it('reads whose docket, from which day and how long, with defaults for the rest', () => {
    expect(parseDocketQuery('')).toEqual({ subject: null, from: null, view: 'day' });
    expect(parseDocketQuery('?courtroom=r1&from=2026-11-23&view=week')).toEqual({
      subject: { kind: 'courtroom', id: 'r1' },
      from: '2026-11-23',
      view: 'week',
    });
    // A day that does not exist, or a view it does not know, is left at the default.
    expect(parseDocketQuery('?judge=j1&from=2026-02-30&view=month')).toEqual({
      subject: { kind: 'judge', id: 'j1' },
      from: null,
      view: 'day',
    });
  });

  it('writes an address that reads back the same, leaving out the defaults', () => {
    const loc = { subject: { kind: 'judge' as const, id: 'j1' }, from: '2026-11-23', view: 'week' as const };
    expect(docketHref(loc)).toBe('/docket?judge=j1&from=2026-11-23&view=week');
    expect(parseDocketQuery(docketHref(loc).slice('/docket'.length))).toEqual(loc);
    expect(docketHref({ subject: null, from: null, view: 'day' })).toBe('/docket');
  });

  it('moves a day or a week at a time from the day shown, across months', () => {
    const day = { subject: null, from: null, view: 'day' as const };
    expect(shifted(day, '2026-11-30', 1).from).toBe('2026-12-01');
    expect(shifted({ ...day, view: 'week' }, '2026-11-23', -1).from).toBe('2026-11-16');
  });
});
