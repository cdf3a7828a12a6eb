import { describe, expect, it } from 'vitest';
import {
  noticeLanguageOf,
  requiredNotices,
  type NoticeContact,
  type NoticeFacts,
  type NoticeParticipant,
} from './notice.rules.ts';
import { FEDERAL_RULE_PACK, NEW_MEXICO_RULE_PACK } from '../rules/rule-pack.ts';

const rules = NEW_MEXICO_RULE_PACK.notices;

let n = 0;
const contact = (name: string, more: Partial<NoticeContact> = {}): NoticeContact => ({
  personId: `person-${(n += 1)}`,
  accountId: null,
  name,
  email: null,
  hasMailingAddress: true,
  primaryLanguage: 'en',
  ...more,
});
const participant = (
  caseRole: string,
  name: string,
  more: Partial<NoticeContact> = {},
): NoticeParticipant => ({
  ...contact(name, more),
  caseRole,
});

const mother = participant('parent', 'Marta Nuñez', { primaryLanguage: 'es' });
const father = participant('parent', 'Ray Nuñez', { email: 'ray@example.test' });
const team = [
  mother,
  father,
  participant('parent_attorney', 'Paula Counsel', { email: 'pc@example.test', accountId: 'acct-pc' }),
  participant('guardian_ad_litem', 'Gil Gal', { email: 'gal@example.test' }),
  participant('agency_attorney', 'Ava Agency', { email: 'ava@example.test' }),
  participant('caseworker', 'Cal Worker', { email: 'cal@example.test' }),
  participant('casa_volunteer', 'Cass Volunteer', { email: 'cass@example.test' }),
  participant('supervisor', 'Sue Supervisor', { email: 'sue@example.test' }),
  participant('interpreter', 'Ina Terp', { email: 'ina@example.test' }),
];
const fosterMother = {
  ...contact('Rosa Rivera', { email: 'rosa@example.test' }),
  setting: 'foster_family_nonrelative',
};
const aunt = { ...contact('Tía Lupe', { primaryLanguage: 'es' }), setting: 'foster_family_relative' };
const groupHomeStaff = { ...contact('Group Home Staff'), setting: 'group_home' };
const tribe = participant('tribal_representative', 'Pueblo ICWA office', { email: 'icwa@pueblo.test' });

const facts = (more: Partial<NoticeFacts> = {}): NoticeFacts => ({
  hearingType: 'permanency',
  hearingDate: '2025-07-14',
  participants: team,
  children: [
    { ...contact('Mia Child'), birthDate: '2016-05-01' },
    { ...contact('Leo Child', { email: 'leo@example.test' }), birthDate: '2011-07-14' },
  ],
  caregivers: [fosterMother, aunt, groupHomeStaff],
  icwa: 'unknown',
  ...more,
});

const roleOf = (f: NoticeFacts, pack = rules) =>
  requiredNotices(f, pack).notices.map((x) => `${x.role}:${x.name}:${x.channel}:${x.language}`);

describe('who is noticed of a hearing (NMSA §§32A-4-25, -25.1; SSA §475(5)(G))', () => {
  it('notices the parties, counsel, the agency, CASA, the caregivers and a youth of 14, each once', () => {
    expect(roleOf(facts())).toEqual([
      'parent:Marta Nuñez:mail:es',
      'parent:Ray Nuñez:email:en',
      // Leo turns 14 on the hearing day: noticed in his own name (NM pack).
      'youth:Leo Child:email:en',
      'parent_attorney:Paula Counsel:email:en',
      'guardian_ad_litem:Gil Gal:email:en',
      'agency_attorney:Ava Agency:email:en',
      'caseworker:Cal Worker:email:en',
      'casa_volunteer:Cass Volunteer:email:en',
      'caregiver:Rosa Rivera:email:en',
      'caregiver:Tía Lupe:mail:es',
    ]);
  });

  it('cites the right to be heard for caregivers, who are not parties', () => {
    const { notices } = requiredNotices(facts(), rules);
    const caregiver = notices.find((x) => x.role === 'caregiver')!;
    expect(caregiver.citation).toMatch(/SSA §475\(5\)\(G\)/);
    expect(notices.find((x) => x.role === 'parent')!.citation).toMatch(/32A-4-25/);
  });

  it('leaves out a youth under 14, and every youth under the federal pack (notice goes through counsel)', () => {
    const younger = facts({ hearingDate: '2025-07-13' });
    expect(roleOf(younger).some((r) => r.startsWith('youth:'))).toBe(false);
    expect(roleOf(facts(), FEDERAL_RULE_PACK.notices).some((r) => r.startsWith('youth:'))).toBe(false);
  });

  it('notices a person holding two capacities once, in the first (a GAL for two siblings)', () => {
    const gal = participant('guardian_ad_litem', 'Gil Gal', { email: 'gal@example.test' });
    const twice = facts({
      participants: [gal, { ...gal, caseRole: 'youth_attorney' }, { ...gal }],
      caregivers: [],
      children: [],
    });
    expect(roleOf(twice)).toEqual(['youth_attorney:Gil Gal:email:en']);
  });

  it('notices a caregiver named on the case and the same caregiver from the placement once', () => {
    const named = { ...fosterMother, caseRole: 'caregiver' };
    const f = facts({ participants: [named], caregivers: [fosterMother], children: [] });
    expect(roleOf(f)).toEqual(['caregiver:Rosa Rivera:email:en']);
  });

  it('reads the notice language from the primary language: Spanish, else English', () => {
    expect(['es', 'ES', 'es-MX', 'en', 'nv', 'vi', ''].map(noticeLanguageOf)).toEqual([
      'es',
      'es',
      'es',
      'en',
      'en',
      'en',
      'en',
    ]);
  });

  it('warns of a mail notice with no mailing address on file', () => {
    const lost = participant('parent', 'No Address');
    const { warnings } = requiredNotices(
      facts({ participants: [{ ...lost, hasMailingAddress: false }], caregivers: [], children: [] }),
      rules,
    );
    expect(warnings).toEqual([
      expect.objectContaining({ code: 'noMailingAddress', personId: lost.personId }),
    ]);
  });
});

describe('notice under ICWA (25 U.S.C. §1912(a); 25 CFR 23.111)', () => {
  it('adds the tribe when there is reason to know, and not when the child is found not to be an Indian child', () => {
    const withTribe = facts({ participants: [...team, tribe] });
    expect(roleOf({ ...withTribe, icwa: 'reasonToKnow' })).toContain('tribe:Pueblo ICWA office:email:en');
    expect(roleOf({ ...withTribe, icwa: 'notIndianChild' }).some((r) => r.startsWith('tribe:'))).toBe(false);
  });

  it('sends parents and tribe registered mail for a TPR hearing, with e-mail only in addition', () => {
    const { notices } = requiredNotices(
      facts({ hearingType: 'tpr', icwa: 'applies', participants: [...team, tribe] }),
      rules,
    );
    const of = (name: string) => notices.filter((x) => x.name === name).map((x) => `${x.channel}:${x.icwa}`);
    expect(of('Pueblo ICWA office')).toEqual(['registered_mail:true', 'email:false']);
    expect(of('Marta Nuñez')).toEqual(['registered_mail:true']);
    expect(of('Ray Nuñez')).toEqual(['registered_mail:true', 'email:false']);
    // Counsel and caregivers are noticed as for any hearing.
    expect(of('Paula Counsel')).toEqual(['email:false']);
    expect(of('Rosa Rivera')).toEqual(['email:false']);
    expect(notices.find((x) => x.channel === 'registered_mail')!.citation).toMatch(/32A-28-5/);
  });

  it('warns when an ICWA case has no tribe to notice (BIA Regional Director, 25 CFR 23.111(e))', () => {
    const { warnings } = requiredNotices(facts({ icwa: 'applies' }), rules);
    expect(warnings).toEqual([
      expect.objectContaining({ code: 'icwaNoTribe', citation: expect.stringMatching(/23\.111\(e\)/) }),
    ]);
    expect(requiredNotices(facts(), rules).warnings).toEqual([]);
  });
});
