// Quality of contacts (domain-rules §3.2): ratings over the rule pack's elements, the plan's follow-up.
import { describe, expect, it } from 'vitest';
import { FEDERAL_CONTACT_RULES } from '../rules/contact-rules.ts';
import { actionFollowUp, isFaceToFace, qualityScore, ratingProblems } from './quality.ts';

const all = Object.fromEntries(FEDERAL_CONTACT_RULES.qualityElements.value.map((e) => [e, 'met']));

describe('ratings', () => {
  it('accepts one rating for every element', () => {
    expect(ratingProblems(all, FEDERAL_CONTACT_RULES)).toEqual([]);
  });

  it('names each missing, unknown or invalid element', () => {
    const rest = Object.fromEntries(Object.entries(all).filter(([k]) => k !== 'time_alone'));
    expect(ratingProblems({ ...rest, mood: 'met', purpose_stated: 'great' }, FEDERAL_CONTACT_RULES)).toEqual([
      { element: 'time_alone', problem: 'missing' },
      { element: 'purpose_stated', problem: 'invalid' },
      { element: 'mood', problem: 'unknown' },
    ]);
  });

  it('scores met as one, partly as a half, and leaves out what does not apply', () => {
    expect(qualityScore({ a: 'met', b: 'partly', c: 'not_met', d: 'not_applicable' })).toEqual({
      met: 1.5,
      applicable: 3,
    });
  });
});

describe('the action plan and the contact mode', () => {
  it.each([
    ['open', '2026-11-30', 'open'],
    ['open', '2026-11-22', 'overdue'],
    ['done', '2026-11-01', 'done'],
    ['dropped', '2026-11-01', 'dropped'],
  ] as const)('%s due %s reads %s on 2026-11-23', (status, due, expected) => {
    expect(actionFollowUp(status, due, '2026-11-23')).toBe(expected);
  });

  it('counts only in person as face to face (a video call is not a visit)', () => {
    expect([isFaceToFace('in_person'), isFaceToFace('video'), isFaceToFace('phone')]).toEqual([
      true,
      false,
      false,
    ]);
  });
});
