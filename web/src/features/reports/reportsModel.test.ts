import { describe, expect, it } from 'vitest';
import type { Hearing } from '../../api/types.ts';
import { reportCopyUrl } from '../../api/hearth.ts';
import { isRecipient, reportableHearings } from './reportsModel.ts';

const h = (id: string, start: string, status = 'scheduled'): Hearing => ({
  id,
  type: 'periodic_review',
  start,
  end: start,
  status,
  result: null,
  continuanceReason: null,
  judgeName: null,
  courtroom: null,
});

describe('the hearings a report can be made for', () => {
  const now = Date.parse('2026-11-23T17:00:00Z');
  it('puts the coming hearings first, soonest first, then past ones, and leaves out those called off', () => {
    const list = reportableHearings(
      [
        h('past', '2026-08-01T16:00:00Z', 'held'),
        h('later', '2027-02-01T16:00:00Z'),
        h('vacated', '2026-12-01T16:00:00Z', 'vacated'),
        h('today', '2026-11-23T15:00:00Z'),
        h('older', '2026-05-01T16:00:00Z', 'continued'),
      ],
      now,
    );
    expect(list.map((x) => x.id)).toEqual(['today', 'later', 'past', 'older']);
  });
});

describe('a copy’s address', () => {
  it('names the hearing, the report, the recipient, the format and a language asked for', () => {
    expect(reportCopyUrl('h 1', 'casa', 'judge', 'pdf')).toBe(
      '/api/v1/hearings/h%201/reports/casa?recipient=judge&format=pdf',
    );
    expect(reportCopyUrl('h1', 'agency', 'parent', 'docx', 'es')).toBe(
      '/api/v1/hearings/h1/reports/agency?recipient=parent&format=docx&lang=es',
    );
    expect(isRecipient('tribe')).toBe(true);
    expect(isRecipient('neighbor')).toBe(false);
  });
});
