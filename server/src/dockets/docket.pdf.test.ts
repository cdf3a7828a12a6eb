import { describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import type { DocketDto, DocketHearingDto } from './docket.dto.ts';
import { renderDocketPdf } from './docket.pdf.ts';

/** The PDF renderer alone, on names and words the standard fonts cannot all draw. */
const hearing = (extra: Partial<DocketHearingDto>): DocketHearingDto => ({
  id: 'h1',
  start: '2026-11-23T16:00:00.000Z',
  end: '2026-11-23T16:45:00.000Z',
  minutes: 45,
  usual: null,
  status: 'scheduled',
  withheld: false,
  hearingType: 'custody',
  judge: { id: 'j', name: 'Judge Ada Bench' },
  courtroom: { id: 'r', name: 'Courtroom 1' },
  case: { id: 'c', petitionNumber: 'D-202-JQ-2026-00417' },
  expected: [],
  interpreters: [],
  overlaps: [],
  ...extra,
});

const docket = (hearings: DocketHearingDto[]): DocketDto => ({
  subject: { kind: 'judge', id: 'j', name: 'Judge Ada Bench', court: "Children's Court" },
  timeZone: 'America/Denver',
  from: '2026-11-23',
  to: '2026-11-23',
  days: [
    {
      date: '2026-11-23',
      start: '2026-11-23T07:00:00.000Z',
      end: '2026-11-24T07:00:00.000Z',
      hearings,
      gaps: [],
    },
  ],
  counts: { hearings: hearings.length, overlapping: 0, interpreters: 1 },
});

async function textOf(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
  return text;
}

describe('renderDocketPdf', () => {
  it('prints names outside the standard fonts without their marks, and never fails on a letter', async () => {
    const bytes = await renderDocketPdf(
      docket([
        hearing({
          expected: [
            { role: 'parent', name: 'Nguyễn Văn Ơn', isChild: false },
            { role: 'parent', name: 'Łukasz Żółć', isChild: false },
            { role: 'caregiver', name: 'Rosa Núñez 🌵', isChild: false },
            { role: 'child', name: 'Ș.Ț.', isChild: true },
          ],
          interpreters: [{ language: 'vi', for: ['Nguyễn Văn Ơn'], assigned: false }],
        }),
      ]),
      { language: 'en', printedAt: new Date('2026-11-23T15:00:00Z') },
    );
    const text = await textOf(bytes);
    expect(text).toContain('Nguyen Van On (Parent)');
    expect(text).toContain('Lukasz Zólc (Parent)');
    expect(text).toContain('Rosa Núñez ? (Caregiver)');
    expect(text).toContain('S.T. (child)');
    expect(text).toContain('Vietnamese: Nguyen Van');
    expect(text).toContain('(none on the case)');
  });

  it('breaks a word wider than its column instead of running over the next one', async () => {
    const long = 'D-202-JQ-2026-' + '9'.repeat(60);
    const bytes = await renderDocketPdf(docket([hearing({ case: { id: 'c', petitionNumber: long } })]), {
      language: 'es',
      printedAt: new Date('2026-11-23T15:00:00Z'),
    });
    const text = await textOf(bytes);
    expect(text.replace(/\s+/g, '')).toContain(long);
    expect(text).toContain('Audiencia de custodia');
    expect(text).toContain('Página 1 de 1');
  });
});
