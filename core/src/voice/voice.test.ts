import { describe, expect, it } from 'vitest';
import { FEDERAL_RULE_PACK, NEW_MEXICO_RULE_PACK } from '../rules/rule-pack.ts';
import type { VoiceRules } from '../rules/voice-rules.ts';
import {
  caregiverKindOf,
  isSendableReport,
  isSendableStatement,
  normalizeAudiences,
  voiceWindow,
  youthVoiceEligibility,
  type VoicePermission,
} from './voice.ts';

const rules = NEW_MEXICO_RULE_PACK.voice;

describe('who may write to the judge (youth 14+, younger with the court’s permission)', () => {
  const granted = (orderDate: string): VoicePermission => ({ granted: true, orderDate });
  it.each([
    // [birth date, hearing date, today, permission, allowed, why]
    ['2010-03-15', '2025-08-04', '2025-06-02', null, true, 'age'], // 15
    ['2011-08-04', '2025-08-04', '2025-06-02', null, true, 'age'], // turns 14 on the hearing's day
    ['2011-08-05', '2025-08-04', '2025-06-02', null, false, 'under_age'], // 14 the day after
    ['2016-05-01', '2025-08-04', '2025-06-02', null, false, 'under_age'], // 9
    ['2016-05-01', '2025-08-04', '2025-06-02', granted('2025-05-20'), true, 'court_permission'],
    ['2016-05-01', '2025-08-04', '2025-06-02', granted('2025-06-02'), true, 'court_permission'], // ordered today
    ['2016-05-01', '2025-08-04', '2025-06-02', granted('2025-06-03'), false, 'under_age'], // not yet ordered
    [
      '2016-05-01',
      '2025-08-04',
      '2025-06-02',
      { granted: false, orderDate: '2025-05-20' },
      false,
      'under_age',
    ],
    [null, '2025-08-04', '2025-06-02', null, false, 'no_birth_date'],
    [null, '2025-08-04', '2025-06-02', granted('2025-05-01'), true, 'court_permission'],
    ['2008-02-29', '2022-02-28', '2022-01-01', null, false, 'under_age'], // a leap-day child turns 14 on 1 March
    ['2008-02-29', '2022-03-01', '2022-01-01', null, true, 'age'],
  ] as const)(
    'born %s, hearing %s, today %s, permission %j → %s (%s)',
    (birthDate, hearingDate, today, permission, allowed, why) => {
      const e = youthVoiceEligibility({ birthDate, hearingDate, today, permission }, rules);
      expect(e.allowed).toBe(allowed);
      expect(e.allowed ? e.basis : e.reason).toBe(why);
    },
  );

  it('reads the age from the rule pack, so another state is configuration', () => {
    const sixteen: VoiceRules = { ...rules, youthVoiceAge: { value: 16, citation: 'test' } };
    const input = {
      birthDate: '2010-03-15',
      hearingDate: '2025-08-04',
      today: '2025-06-02',
      permission: null,
    };
    expect(youthVoiceEligibility(input, rules).allowed).toBe(true);
    expect(youthVoiceEligibility(input, sixteen).allowed).toBe(false);
    expect(FEDERAL_RULE_PACK.voice.youthVoiceAge.value).toBe(14);
    expect(rules.youthVoiceAge.unconfirmed).toBe(true);
  });
});

describe('until when a statement, report or plan may be sent', () => {
  const start = '2025-08-04T15:00:00.000Z';
  it.each([
    // [minutes before the hearing the window closes, now, status, open, reason]
    [0, '2025-08-04T14:59:59.000Z', 'scheduled', true, 'open'],
    [0, '2025-08-04T15:00:00.000Z', 'scheduled', false, 'closed'], // the hearing has started
    [1440, '2025-08-03T14:59:00.000Z', 'scheduled', true, 'open'],
    [1440, '2025-08-03T15:00:00.000Z', 'scheduled', false, 'closed'], // a day before, as a court may ask
    [0, '2025-06-02T15:00:00.000Z', 'continued', false, 'not_scheduled'],
    [0, '2025-06-02T15:00:00.000Z', 'vacated', false, 'not_scheduled'],
    [0, '2025-06-02T15:00:00.000Z', 'held', false, 'not_scheduled'],
  ] as const)('closing %i min before, at %s, a %s hearing: open %s', (minutes, now, status, open, reason) => {
    const r: VoiceRules = { ...rules, closesMinutesBeforeHearing: { value: minutes, citation: 'test' } };
    const w = voiceWindow({ start, status }, new Date(now), r);
    expect(w.open).toBe(open);
    expect(w.reason).toBe(reason);
    expect(w.closesAt).toBe(new Date(Date.parse(start) - minutes * 60_000).toISOString());
  });

  it('defaults to the start of the hearing, marked as the court’s practice', () => {
    expect(rules.closesMinutesBeforeHearing.value).toBe(0);
    expect(rules.closesMinutesBeforeHearing.unconfirmed).toBe(true);
  });
});

describe('which caregivers are heard (SSA §475(5)(G))', () => {
  const heard = NEW_MEXICO_RULE_PACK.notices.caregiverSettings.value;
  it.each([
    ['foster_family_nonrelative', 'foster_family', 'foster_parent'],
    ['foster_family_relative', 'relative', 'kin'],
    ['foster_family_nonrelative', 'fictive_kin', 'kin'],
    ['pre_adoptive', 'foster_family', 'pre_adoptive'],
    ['group_home', 'group_home', null],
    ['institution', 'institution', null],
    ['trial_home_visit', null, null],
    ['respite', 'foster_family', null],
  ] as const)('a child in %s with a %s household: %s', (setting, providerKind, kind) => {
    expect(caregiverKindOf(setting, providerKind, heard)).toBe(kind);
  });
});

describe('what may be sent and with whom it is shared', () => {
  it('sends a statement that says something, a report with one answer at least', () => {
    expect(isSendableStatement('  \n ')).toBe(false);
    expect(isSendableStatement('I want to stay at my school.')).toBe(true);
    const empty = { health: '', school: ' ', behaviour: '', familyTime: '', needs: '', forTheJudge: '' };
    expect(isSendableReport(empty)).toBe(false);
    expect(isSendableReport({ ...empty, needs: 'A tutor for math' })).toBe(true);
  });

  it('keeps the audiences in one order, once each, and drops what is not an audience', () => {
    expect(normalizeAudiences(['parents', 'casa', 'parents', 'judge'])).toEqual(['casa', 'parents']);
    expect(normalizeAudiences([])).toEqual([]);
  });
});
