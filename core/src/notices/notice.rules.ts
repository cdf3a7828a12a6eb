import type { NoticeRules } from '../rules/rule-pack.ts';
import { ageOn, type IsoDate } from '../time/dates.ts';
import { isIcwaCase, isIcwaGatedHearing, type IcwaStatus } from './icwa.rules.ts';

/**
 * Who must get notice of a hearing, how, and in which language (domain-rules §5.1 "Notice of reviews and
 * permanency hearings", §6.2, §9). Pure: the case's people and the rule pack in, the notices out.
 */

/** The capacity in which someone is noticed, parties first (the order decides for a person with two). */
export const NOTICE_ROLES = [
  'parent',
  'indian_custodian',
  'tribe',
  'youth',
  'parent_attorney',
  'youth_attorney',
  'guardian_ad_litem',
  'agency_attorney',
  'caseworker',
  'casa_volunteer',
  'caregiver',
] as const;
export type NoticeRole = (typeof NOTICE_ROLES)[number];

/** E-mail, first-class mail (a PDF to print), or registered mail with return receipt (ICWA). */
export const NOTICE_CHANNELS = ['email', 'mail', 'registered_mail'] as const;
export type NoticeChannel = (typeof NOTICE_CHANNELS)[number];

export const NOTICE_LANGUAGES = ['en', 'es'] as const;
export type NoticeLanguage = (typeof NOTICE_LANGUAGES)[number];

/** How to reach a person, as on file. */
export type NoticeContact = {
  personId: string;
  /** The person's own sign-in, if any (a professional's, a caregiver's or a youth's). */
  accountId: string | null;
  name: string;
  /** An e-mail address on file (the person's, else their account's); null when none. */
  email: string | null;
  hasMailingAddress: boolean;
  /** person.primary_language, e.g. `en`, `es`, `nv`. */
  primaryLanguage: string;
};

/** An active participant of the case (ended participations are left out by the caller). */
export type NoticeParticipant = NoticeContact & { caseRole: string };
/** A child of the case. */
export type NoticeChild = NoticeContact & { birthDate: IsoDate | null };
/** A caregiver of a home where a child of the case lives now. */
export type NoticeCaregiver = NoticeContact & { setting: string };

export type NoticeFacts = {
  hearingType: string;
  /** The hearing's court-local date. */
  hearingDate: IsoDate;
  participants: NoticeParticipant[];
  children: NoticeChild[];
  caregivers: NoticeCaregiver[];
  icwa: IcwaStatus;
};

export type RequiredNotice = {
  personId: string;
  accountId: string | null;
  name: string;
  role: NoticeRole;
  channel: NoticeChannel;
  language: NoticeLanguage;
  /** Where an e-mail goes; null for mail. */
  email: string | null;
  hasMailingAddress: boolean;
  /** An ICWA notice: its receipt starts the waiting period. */
  icwa: boolean;
  /** The rule that says this person is noticed (and, for ICWA, how). */
  citation: string;
};

export const NOTICE_WARNINGS = ['icwaNoTribe', 'noMailingAddress'] as const;
export type NoticeWarning = {
  code: (typeof NOTICE_WARNINGS)[number];
  personId: string | null;
  citation: string;
};

const CASE_ROLE_TO_NOTICE: Record<string, NoticeRole> = {
  parent: 'parent',
  indian_custodian: 'indian_custodian',
  parent_attorney: 'parent_attorney',
  youth_attorney: 'youth_attorney',
  guardian_ad_litem: 'guardian_ad_litem',
  agency_attorney: 'agency_attorney',
  caseworker: 'caseworker',
  casa_volunteer: 'casa_volunteer',
  caregiver: 'caregiver',
  tribal_representative: 'tribe',
};

/** Spanish speakers get the Spanish notice; everyone else the English one, with an interpreter offered. */
export function noticeLanguageOf(primaryLanguage: string): NoticeLanguage {
  return primaryLanguage.trim().toLowerCase().startsWith('es') ? 'es' : 'en';
}

type Candidate = { contact: NoticeContact; role: NoticeRole; caseRole: string; citation: string };

function candidates(facts: NoticeFacts, rules: NoticeRules): Candidate[] {
  const out: Candidate[] = [];
  for (const p of facts.participants) {
    const role = CASE_ROLE_TO_NOTICE[p.caseRole];
    if (!role) continue;
    if (role === 'tribe') {
      // The tribe when the child is, or is treated as, an Indian child (25 CFR 23.107(b), 23.111).
      if (isIcwaCase(facts.icwa))
        out.push({ contact: p, role, caseRole: p.caseRole, citation: rules.icwaNoticeRoles.citation });
    } else if (role === 'caregiver') {
      // A caregiver named on the case: notice and a right to be heard, not a party (SSA §475(5)(G)).
      out.push({ contact: p, role, caseRole: p.caseRole, citation: rules.caregiverSettings.citation });
    } else if (rules.caseRoles.value.includes(p.caseRole))
      out.push({ contact: p, role, caseRole: p.caseRole, citation: rules.caseRoles.citation });
  }
  for (const c of facts.caregivers)
    if (rules.caregiverSettings.value.includes(c.setting))
      out.push({
        contact: c,
        role: 'caregiver',
        caseRole: 'caregiver',
        citation: rules.caregiverSettings.citation,
      });
  const youthAge = rules.youthNoticeAge;
  if (youthAge)
    for (const ch of facts.children)
      if (ch.birthDate && ageOn(ch.birthDate, facts.hearingDate) >= youthAge.value)
        out.push({ contact: ch, role: 'youth', caseRole: 'child', citation: youthAge.citation });
  return out;
}

/**
 * The notices a hearing needs: one person, one capacity (the first of NOTICE_ROLES they hold), by e-mail
 * when an address is on file and by mail otherwise. For a foster-care placement or TPR hearing of an ICWA
 * case, the parents, Indian custodians and tribe are noticed by registered mail with return receipt, and
 * by e-mail as well when an address is on file: other methods only in addition (25 CFR 23.111(c)).
 * @returns the notices in NOTICE_ROLES order, then by name; and what stands in the way of complete notice
 */
export function requiredNotices(
  facts: NoticeFacts,
  rules: NoticeRules,
): { notices: RequiredNotice[]; warnings: NoticeWarning[] } {
  const byPerson = new Map<string, Candidate>();
  for (const c of candidates(facts, rules)) {
    const held = byPerson.get(c.contact.personId);
    if (!held || NOTICE_ROLES.indexOf(c.role) < NOTICE_ROLES.indexOf(held.role))
      byPerson.set(c.contact.personId, c);
  }
  const gated = isIcwaGatedHearing(facts.hearingType, facts.icwa, rules);
  const notices: RequiredNotice[] = [];
  const warnings: NoticeWarning[] = [];
  const sorted = [...byPerson.values()].sort(
    (a, b) =>
      NOTICE_ROLES.indexOf(a.role) - NOTICE_ROLES.indexOf(b.role) ||
      a.contact.name.localeCompare(b.contact.name) ||
      a.contact.personId.localeCompare(b.contact.personId),
  );
  for (const c of sorted) {
    const { contact } = c;
    const base = {
      personId: contact.personId,
      accountId: contact.accountId,
      name: contact.name,
      role: c.role,
      language: noticeLanguageOf(contact.primaryLanguage),
      hasMailingAddress: contact.hasMailingAddress,
    };
    const icwa = gated && (c.role === 'tribe' || rules.icwaNoticeRoles.value.includes(c.caseRole));
    if (icwa) {
      const citation = `${c.citation}; ${rules.icwaNoticeRoles.citation}`;
      notices.push({ ...base, channel: 'registered_mail', email: null, icwa, citation });
      if (contact.email)
        notices.push({ ...base, channel: 'email', email: contact.email, icwa: false, citation });
    } else if (contact.email)
      notices.push({ ...base, channel: 'email', email: contact.email, icwa, citation: c.citation });
    else notices.push({ ...base, channel: 'mail', email: null, icwa, citation: c.citation });
    if ((icwa || !contact.email) && !contact.hasMailingAddress)
      warnings.push({ code: 'noMailingAddress', personId: contact.personId, citation: c.citation });
  }
  if (isIcwaCase(facts.icwa) && !notices.some((n) => n.role === 'tribe'))
    warnings.push({
      code: 'icwaNoTribe',
      personId: null,
      // The tribe unknown or not located: notice to the BIA Regional Director (25 CFR 23.111(e)).
      citation: '25 U.S.C. §1912(a); 25 CFR 23.111(e)',
    });
  return { notices, warnings };
}
