import { renderToStaticMarkup } from 'react-dom/server';
import { WELLBEING_DOMAINS, type WellbeingDomain } from '@hearth/core';
import { describe, expect, it, vi } from 'vitest';
import type { WellbeingChecklist, WellbeingHistoryPoint } from '../../api/types.ts';
import { I18nProvider } from '../../i18n/I18nProvider.tsx';
import { BenchChecklist } from './BenchChecklist.tsx';
import {
  answerWords,
  benchGroups,
  bodyFrom,
  byDomain,
  draftConcern,
  draftFrom,
  instrumentItem,
  isFromLastTime,
} from './checklistModel.ts';
import { domainsShown, trendLayout, wholeTicks } from './trendModel.ts';
import { WellbeingTrend } from './WellbeingTrend.tsx';
import { wellbeingPaths, wellbeingRouteOf } from './wellbeingPaths.ts';

const zero = () =>
  Object.fromEntries(WELLBEING_DOMAINS.map((d) => [d, 0])) as Record<WellbeingDomain, number>;
const counts = (c: Partial<Record<WellbeingDomain, number>>) => {
  const byDomain = { ...zero(), ...c };
  return { total: Object.values(byDomain).reduce((n, x) => n + x, 0), byDomain };
};
const point = (
  hearingId: string,
  date: string,
  c: Partial<Record<WellbeingDomain, number>>,
): WellbeingHistoryPoint => ({
  hearingId,
  hearingDate: date,
  hearingType: 'periodic_review',
  status: 'submitted',
  instrumentVersion: 1,
  asked: 30,
  answered: 28,
  concerns: counts(c),
});
const answer = (value: string | number, fromLastTime = false) => ({
  value,
  note: null,
  fromLastTime,
  answeredOn: '2026-08-01',
  answeredBy: 'caseworker',
});
const CHECKLIST: WellbeingChecklist = {
  hearingId: 'h1',
  childId: 'c1',
  givenName: 'Mia',
  familyName: 'Example',
  caseId: 'k1',
  petitionNumber: 'D-202-JQ-2026-00001',
  hearingType: 'periodic_review',
  hearingStart: '2026-11-25T16:00:00Z',
  hearingDate: '2026-11-25',
  instrumentVersion: 1,
  instrumentUnconfirmed: true,
  ageBand: '5-11',
  status: 'not_started',
  lastTime: { hearingId: 'h0', hearingDate: '2026-08-05' },
  items: [
    { itemId: 'safety.home_safe', domain: 'safety', answer: answer('yes', true), concern: false },
    { itemId: 'safety.feels_safe', domain: 'safety', answer: answer('no', true), concern: true },
    { itemId: 'education.attending', domain: 'education', answer: null, concern: false },
    { itemId: 'education.progress', domain: 'education', answer: answer(2), concern: true },
  ],
  concerns: counts({ safety: 1, education: 1 }),
  answered: 3,
  withheld: [{ fieldClass: 'health', items: 5 }],
  notShownAtHome: 0,
  mayEdit: true,
  updatedAt: null,
  submittedAt: null,
  version: 0,
};

describe('the checklist form’s model', () => {
  it('starts from the answers shown, last time’s included, and sends every answered item', () => {
    const draft = draftFrom(CHECKLIST);
    expect(draft['safety.feels_safe']).toMatchObject({ value: 'no', note: '', confirm: false });
    expect(isFromLastTime(draft['safety.feels_safe']!)).toBe(true);
    expect(isFromLastTime(draft['education.progress']!)).toBe(false);
    draft['education.attending'] = { ...draft['education.attending']!, value: 'no', note: '  late bus ' };
    draft['safety.home_safe'] = { ...draft['safety.home_safe']!, confirm: true };
    expect(isFromLastTime(draft['safety.home_safe']!)).toBe(false);
    expect(bodyFrom(draft, 'submitted')).toEqual({
      status: 'submitted',
      answers: [
        { itemId: 'safety.home_safe', value: 'yes', note: null, confirm: true },
        { itemId: 'safety.feels_safe', value: 'no', note: null },
        { itemId: 'education.attending', value: 'no', note: 'late bus' },
        { itemId: 'education.progress', value: 2, note: null },
      ],
    });
  });

  it('leaves out a cleared answer and empty words', () => {
    const draft = draftFrom(CHECKLIST);
    draft['safety.feels_safe'] = { ...draft['safety.feels_safe']!, value: null };
    draft['development.strengths'] = { value: '   ', note: '', confirm: false, was: null };
    expect(bodyFrom(draft, 'draft').answers.map((a) => a.itemId)).toEqual([
      'safety.home_safe',
      'education.progress',
    ]);
  });

  it('flags a concern as the answer changes, by the instrument’s rule', () => {
    const item = instrumentItem(1, 'safety.feels_safe')!;
    const d = { value: 'yes' as const, note: '', confirm: false, was: null };
    expect(draftConcern(item, d)).toBe(false);
    expect(draftConcern(item, { ...d, value: 'unsure' })).toBe(true);
    expect(draftConcern(instrumentItem(1, 'behavioral.mood')!, { ...d, value: 1 })).toBe(true);
    expect(instrumentItem(1, 'no.such')).toBeNull();
    expect(instrumentItem(7, 'safety.feels_safe')).toBeNull();
  });

  it('groups by domain in the domains’ order, and the bench’s concerns first', () => {
    expect(byDomain(CHECKLIST.items).map((g) => [g.domain, g.items.length])).toEqual([
      ['safety', 2],
      ['education', 2],
    ]);
    const g = benchGroups(CHECKLIST.items);
    expect(g.concerns.map((i) => i.itemId)).toEqual(['safety.feels_safe', 'education.progress']);
    expect(g.unanswered.map((i) => i.itemId)).toEqual(['education.attending']);
    expect(g.others.map((i) => i.itemId)).toEqual(['safety.home_safe']);
  });

  it('says an answer in words', () => {
    const words = {
      answer: { yes: 'Yes', no: 'No', unsure: 'Not sure' },
      rating: (v: number, max: number) => `${v} of ${max}`,
    };
    expect(answerWords(instrumentItem(1, 'behavioral.mood'), 2, words)).toBe('2 of 5');
    expect(answerWords(instrumentItem(1, 'safety.feels_safe'), 'unsure', words)).toBe('Not sure');
    expect(answerWords(instrumentItem(1, 'development.strengths'), 'Reads a lot', words)).toBe('Reads a lot');
  });
});

describe('the trend’s geometry', () => {
  it.each([
    [1, [0, 1]],
    [5, [0, 1, 2, 3, 4, 5]],
    [7, [0, 2, 4, 6]],
    [12, [0, 5, 10]],
    [30, [0, 10, 20, 30]],
  ])('ticks up to %i at %j', (max, ticks) => {
    expect(wholeTicks(max)).toEqual(ticks);
  });

  it('stacks each hearing’s concerns by domain, bottom up, to the hearing’s total', () => {
    const points = [
      point('a', '2026-02-01', { safety: 2, education: 1 }),
      point('b', '2026-08-01', {}),
      point('c', '2026-11-01', { safety: 1 }),
    ];
    const l = trendLayout(points, 520, 200);
    expect(l.bars.map((b) => b.total)).toEqual([3, 0, 1]);
    const [first] = l.bars;
    expect(first!.segments.map((s) => [s.domain, s.count])).toEqual([
      ['safety', 2],
      ['education', 1],
    ]);
    // Segments touch: each starts where the one below ends, and the stack's top is the total's height.
    expect(first!.segments[0]!.y).toBeCloseTo(first!.segments[1]!.y + first!.segments[1]!.height);
    expect(first!.segments[1]!.y).toBeCloseTo(l.y(3));
    expect(l.y(0)).toBe(200 - l.bottom);
    expect(l.bars[1]!.segments).toEqual([]);
    expect(l.bars[0]!.x).toBeLessThan(l.bars[1]!.x);
    expect(domainsShown(points)).toEqual(['safety', 'education']);
  });
});

describe('the addresses', () => {
  it('round-trips the checklist and the bench view', () => {
    expect(wellbeingRouteOf(wellbeingPaths.checklist('h 1', 'c/2'))).toEqual({
      page: 'checklist',
      hearingId: 'h 1',
      childId: 'c/2',
    });
    expect(wellbeingRouteOf(wellbeingPaths.bench('h1'))).toEqual({ page: 'bench', hearingId: 'h1' });
    expect(wellbeingRouteOf('/hearings/h1/voices')).toBeNull();
  });
});

describe('the pictures and the bench list', () => {
  // The language switch reads the browser's languages: an English reader (Node 20 has no navigator).
  vi.stubGlobal('navigator', { languages: ['en-US'], language: 'en-US' });
  const render = (node: React.ReactNode) => renderToStaticMarkup(<I18nProvider>{node}</I18nProvider>);

  it('draws the trend with a title, a description and the same figures as a table', () => {
    const html = render(
      <WellbeingTrend
        name="Mia Example"
        points={[point('a', '2026-02-01', { safety: 2 }), point('b', '2026-08-01', { education: 1 })]}
      />,
    );
    expect(html).toContain('role="img"');
    expect(html).toMatch(/<title[^>]*>Well-being concerns at each hearing: Mia Example<\/title>/);
    expect(html).toContain('Feb 1, 2026, 2 concerns (Safety 2)');
    expect(html.match(/data-kind="bar"/g)).toHaveLength(2);
    expect(html).toContain('<caption class="usa-sr-only">');
    expect(render(<WellbeingTrend name="Mia" points={[]} />)).toContain(
      'No checklist has been filled in yet.',
    );
  });

  it('puts the concerns first on the bench, each with the question to ask', () => {
    const html = render(<BenchChecklist data={CHECKLIST} headingId="b" />);
    expect(html).toContain('The answers shown are from last time (Aug 5, 2026)');
    expect(html).toContain('Concerns (2)');
    const concerns = html.slice(html.indexOf('data-kind="concerns"'), html.indexOf('Not answered (1)'));
    expect(concerns).toContain('Do you feel safe where you live?');
    expect(concerns).toContain('How is school going?');
    expect(concerns).not.toContain('safety.home_safe');
    expect(html).toContain('5 questions about health are not shown to you');
  });
});
