import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkIcwaWaitingPeriod,
  icwaEarliestHearingDate,
  icwaStatusOf,
  icwaWaitingPeriod,
  type IcwaFinding,
  type IcwaNoticeState,
} from './icwa.rules.ts';
import { FEDERAL_RULE_PACK, NEW_MEXICO_RULE_PACK } from '../rules/rule-pack.ts';
import { addDays, daysBetween } from '../time/dates.ts';

const rules = NEW_MEXICO_RULE_PACK.notices;

const finding = (type: IcwaFinding['type'], isMade: boolean, date: string): IcwaFinding => ({
  type,
  isMade,
  date,
});

describe('ICWA status from the findings (25 CFR 23.107; NM Rule 10-315(D),(E))', () => {
  it.each([
    [[], 'unknown'],
    [[finding('icwa_reason_to_know', true, '2025-01-10')], 'reasonToKnow'],
    [[finding('icwa_reason_to_know', false, '2025-01-10')], 'unknown'],
    [
      [finding('icwa_reason_to_know', true, '2025-01-10'), finding('icwa_applies', true, '2025-03-01')],
      'applies',
    ],
    [
      [finding('icwa_applies', false, '2025-03-01'), finding('icwa_reason_to_know', true, '2025-01-10')],
      'notIndianChild',
    ],
    // New information after a negative determination gives reason to know again.
    [
      [finding('icwa_applies', false, '2025-03-01'), finding('icwa_reason_to_know', true, '2025-06-01')],
      'reasonToKnow',
    ],
    // A determination on the same day as the inquiry settles it.
    [
      [finding('icwa_applies', false, '2025-03-01'), finding('icwa_reason_to_know', true, '2025-03-01')],
      'notIndianChild',
    ],
  ] as const)('%j → %s', (findings, status) => {
    expect(icwaStatusOf(findings)).toBe(status);
  });
});

describe('the ICWA waiting period (25 U.S.C. §1912(a); 25 CFR 23.112(a))', () => {
  it.each([
    // received 1 March: no proceeding before 11 March; 20 more days on request: 31 March
    ['2025-03-01', 0, '2025-03-11'],
    ['2025-03-01', 20, '2025-03-31'],
    ['2025-03-01', 5, '2025-03-16'],
    // across a month and a leap day
    ['2024-02-25', 0, '2024-03-06'],
    ['2025-12-28', 10, '2026-01-17'],
  ])('received %s, %i more days → earliest %s', (received, more, earliest) => {
    expect(icwaEarliestHearingDate(received, more, rules)).toBe(earliest);
  });

  it('cites the statute and refuses more than twenty added days or a negative number', () => {
    expect(rules.icwaWaitingDays.citation).toMatch(/25 U\.S\.C\. §1912\(a\)/);
    expect(rules.icwaAdditionalDaysMax.value).toBe(20);
    expect(() => icwaEarliestHearingDate('2025-03-01', 21, rules)).toThrow(RangeError);
    expect(() => icwaEarliestHearingDate('2025-03-01', -1, rules)).toThrow(RangeError);
  });

  it('estimates receipt from the mailing date until the return receipt is back', () => {
    const n: IcwaNoticeState = {
      personId: 't',
      name: 'Tribe',
      role: 'tribe',
      sentOn: '2025-03-01',
      receivedOn: null,
      additionalDaysRequested: 0,
    };
    const estimated = icwaWaitingPeriod(n, '2025-03-02', rules);
    expect(estimated).toMatchObject({
      estimated: true,
      receivedOn: addDays('2025-03-01', rules.icwaMailDays.value),
    });
    expect(rules.icwaMailDays.unconfirmed).toBe(true);
    // Not sent yet: it goes out today.
    expect(icwaWaitingPeriod({ ...n, sentOn: null }, '2025-03-04', rules).receivedOn).toBe(
      addDays('2025-03-04', rules.icwaMailDays.value),
    );
    expect(icwaWaitingPeriod({ ...n, receivedOn: '2025-03-03' }, '2025-03-10', rules)).toMatchObject({
      estimated: false,
      earliestHearingDate: '2025-03-13',
    });
  });

  const tribe: IcwaNoticeState = {
    personId: 'tribe-1',
    name: 'Pueblo ICWA office',
    role: 'tribe',
    sentOn: '2025-03-01',
    receivedOn: '2025-03-04',
    additionalDaysRequested: 0,
  };
  const mother: IcwaNoticeState = { ...tribe, personId: 'mother-1', name: 'Mother', role: 'parent' };

  it.each([
    // the tribe received it on 4 March: the 14th is the first allowed day
    ['2025-03-13', [tribe], true, '2025-03-14'],
    ['2025-03-14', [tribe], false, '2025-03-14'],
    // the tribe asked for 20 more days
    ['2025-03-14', [{ ...tribe, additionalDaysRequested: 20 }], true, '2025-04-03'],
    // every recipient's period must have ended: the mother received it later
    ['2025-03-14', [tribe, { ...mother, receivedOn: '2025-03-07' }], true, '2025-03-17'],
  ] as const)('a %s hearing with %j → too early %s (earliest %s)', (date, notices, tooEarly, earliest) => {
    const check = checkIcwaWaitingPeriod(
      { hearingType: 'adjudication', hearingDate: date, status: 'applies', notices: [...notices] },
      '2025-03-10',
      rules,
    );
    expect(check).toMatchObject({ gated: true, tooEarly, earliestHearingDate: earliest });
    if (tooEarly) expect(check.blocking.length).toBeGreaterThan(0);
  });

  it('gates foster-care placement and TPR proceedings of ICWA cases only', () => {
    const at = (hearingType: string, status: 'applies' | 'reasonToKnow' | 'notIndianChild' | 'unknown') =>
      checkIcwaWaitingPeriod(
        { hearingType, hearingDate: '2025-03-05', status, notices: [tribe] },
        '2025-03-01',
        FEDERAL_RULE_PACK.notices,
      );
    expect(at('tpr', 'applies').tooEarly).toBe(true);
    expect(at('disposition', 'reasonToKnow').tooEarly).toBe(true);
    // An emergency custody hearing is not gated (25 CFR 23.113), nor is a review.
    expect(at('custody', 'applies').gated).toBe(false);
    expect(at('periodic_review', 'applies').gated).toBe(false);
    expect(at('tpr', 'notIndianChild').gated).toBe(false);
    expect(at('tpr', 'unknown').gated).toBe(false);
  });

  it('always flags a hearing set before the waiting period ends, and never one set after (property)', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2020-01-01', n));
    const notice = fc.record({
      sentOn: day,
      receiptLag: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
      additionalDaysRequested: fc.integer({ min: 0, max: 20 }),
    });
    fc.assert(
      fc.property(
        fc.array(notice, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: -60, max: 90 }),
        fc.constantFrom('adjudication', 'disposition', 'tpr'),
        (drawn, offset, hearingType) => {
          const notices: IcwaNoticeState[] = drawn.map((d, i) => ({
            personId: `p${i}`,
            name: `Recipient ${i}`,
            role: i === 0 ? 'tribe' : 'parent',
            sentOn: d.sentOn,
            receivedOn: d.receiptLag === null ? null : addDays(d.sentOn, d.receiptLag),
            additionalDaysRequested: d.additionalDaysRequested,
          }));
          const today = drawn[0]!.sentOn;
          // Each recipient's own end of the waiting period, computed straight from the statute's words.
          const ends = notices.map((n) =>
            addDays(
              n.receivedOn ?? addDays(n.sentOn!, rules.icwaMailDays.value),
              rules.icwaWaitingDays.value + n.additionalDaysRequested,
            ),
          );
          const latest = ends.reduce((a, b) => (a > b ? a : b));
          const hearingDate = addDays(latest, offset);
          const check = checkIcwaWaitingPeriod(
            { hearingType, hearingDate, status: 'applies', notices },
            today,
            rules,
          );
          expect(check.earliestHearingDate).toBe(latest);
          expect(check.tooEarly).toBe(daysBetween(latest, hearingDate) < 0);
          for (const [i, end] of ends.entries())
            expect(check.blocking.some((b) => b.personId === `p${i}`)).toBe(hearingDate < end);
        },
      ),
      { numRuns: 500 },
    );
  });
});
