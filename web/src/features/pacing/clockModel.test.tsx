import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ROLES } from '@hearth/core';
import type { PacingClock } from '../../api/types.ts';
import { formattersFor } from '../../i18n/format.ts';
import { pacingEn } from '../../i18n/pacing.en.ts';
import { pacingEs } from '../../i18n/pacing.es.ts';
import { ClockCard } from './ClockCard.tsx';
import { clockDetails, clockValue, gaugeShare, isTprOpen, showsAtRisk, timeLeft } from './clockModel.ts';
import { answersOf, emptyReview } from './benchmarkModel.ts';

const base: PacingClock = {
  kind: 'permanencyHearing',
  status: 'ok',
  dueDate: '2026-03-06',
  since: '2025-03-06',
  date: null,
  days: null,
  ofDays: null,
  metOn: null,
  scheduledOn: null,
  missed: false,
  ineligibleFrom: null,
  exception: null,
  notes: [],
  citation: 'SSA §475(5)(C)',
  unconfirmed: false,
  atRisk: false,
};
const en = formattersFor('en');

describe('the bar of a clock', () => {
  it('fills with the share of the period gone by, full once overdue, none when it does not apply', () => {
    expect(gaugeShare(base, '2025-09-05')).toBeCloseTo(183 / 365, 3);
    expect(gaugeShare({ ...base, status: 'overdue' }, '2026-04-01')).toBe(1);
    expect(gaugeShare({ ...base, status: 'notApplicable' }, '2025-09-05')).toBeNull();
  });
  it('fills 15 of 22 with the days counted out of the days of 15 months', () => {
    const c = { ...base, kind: 'fifteenOfTwentyTwo' as const, days: 228, ofDays: 456 };
    expect(gaugeShare(c, '2025-09-05')).toBe(0.5);
  });
});

describe('the words of a clock', () => {
  it('says the due date and the days left, or how late', () => {
    expect(clockValue(base, pacingEn, en.date)).toBe('Due by Mar 6, 2026');
    expect(timeLeft(base, '2026-03-01', pacingEn)).toBe('5 days left');
    const late = { ...base, status: 'overdue' as const };
    expect(clockValue(late, pacingEn, en.date)).toBe('Was due by Mar 6, 2026');
    expect(timeLeft(late, '2026-03-08', pacingEn)).toBe('2 days late');
  });
  it('names the petition or the exception that answered 15 of 22, and asks for one when none did', () => {
    const c: PacingClock = {
      ...base,
      kind: 'fifteenOfTwentyTwo',
      status: 'overdue',
      dueDate: '2025-04-01',
      days: 470,
      ofDays: 456,
    };
    expect(isTprOpen(c)).toBe(true);
    expect(clockDetails(c, pacingEn, en.date)).toContain(pacingEn.fileOrDocument);
    const excepted: PacingClock = {
      ...c,
      status: 'ok',
      notes: ['exceptionDocumented'],
      exception: { removalId: 'r', reason: 'relative_placement', documentedDate: '2025-04-02', note: null },
    };
    expect(isTprOpen(excepted)).toBe(false);
    expect(clockDetails(excepted, pacingEn, en.date)[0]).toBe(
      'Exception documented on Apr 2, 2025: The child is cared for by a relative.',
    );
  });
  it('says when IV-E eligibility stops for a finding not made', () => {
    const c: PacingClock = {
      ...base,
      kind: 'reasonableEffortsFinalize',
      status: 'overdue',
      ineligibleFrom: '2026-04-01',
      notes: ['ivEIneligible'],
    };
    expect(clockDetails(c, pacingEn, en.date)).toEqual([
      'Not made: the child is not eligible for title IV-E payments from Apr 1, 2026 until it is made.',
    ]);
  });
});

describe('a clock card', () => {
  it('writes its status in words beside the colour, draws a hidden bar, and cites its rule', () => {
    const html = renderToStaticMarkup(
      <ClockCard clock={{ ...base, status: 'dueSoon' }} today="2026-02-20" w={pacingEn} fmt={en} />,
    );
    expect(html).toContain('Permanency hearing');
    expect(html).toContain('>Due soon</span>');
    expect(html).toContain('14 days left');
    expect(html).toMatch(/<svg[^>]*aria-hidden="true"/);
    expect(html).toContain('Rule: SSA §475(5)(C)');
  });
  it('speaks Spanish', () => {
    const html = renderToStaticMarkup(
      <ClockCard clock={base} today="2025-09-05" w={pacingEs} fmt={formattersFor('es')} />,
    );
    expect(html).toContain('Audiencia de permanencia');
    expect(html).toContain('A tiempo');
  });
});

describe('who gets the at-risk list on their home', () => {
  it('is whoever reads the history through their cases, unit or docket', () => {
    expect(ROLES.filter((r) => showsAtRisk([r]))).toEqual([
      'judge',
      'caseworker',
      'supervisor',
      'agency_attorney',
      'parent_attorney',
      'guardian_ad_litem',
      'casa_volunteer',
    ]);
  });
});

describe('the benchmark review form', () => {
  const checklist = [
    { code: 'safety', prompt: 'Safe?', answer: 'assessment' as const },
    { code: 'next_steps', prompt: 'Next steps', answer: 'text' as const },
  ];
  it('starts empty on today, and sends only what was filled in', () => {
    const values = emptyReview(checklist, '2026-11-23');
    expect(values).toEqual({
      reviewDate: '2026-11-23',
      outcome: '',
      outcomeNote: '',
      'answers.safety.answer': '',
      'answers.safety.note': '',
      'answers.next_steps.note': '',
    });
    values['answers.safety.answer'] = 'met';
    values['answers.next_steps.note'] = '  Call the aunt by Friday. ';
    expect(answersOf(checklist, values)).toEqual({
      safety: { answer: 'met' },
      next_steps: { note: 'Call the aunt by Friday.' },
    });
  });
});
