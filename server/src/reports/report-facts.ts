import {
  recipientGrants,
  ROLES,
  SENSITIVE_FIELD_CLASSES,
  type ReportChildFacts,
  type ReportFacts,
  type ReportKind,
  type ReportRecipient,
  type Role,
  type RoleHolder,
  type SensitiveFieldClass,
} from '@hearth/core';
import { readableSensitiveFacts } from '../children/child.service.ts';
import type { RequestContext } from '../platform/context.ts';
import type { Queryable } from '../platform/db.ts';
import type { WordsLanguage } from '../platform/hearing-words.ts';
import { addressLine } from './report.outline-kit.ts';
import * as repo from './report.repo.ts';
import { loadReportSections } from './report.sections.ts';

/**
 * Loads what a report is assembled from, inside the caller's read transaction, once access to the hearing
 * has been decided (report.repo.ts findReportHearing): the case's people and children with their records,
 * the sensitive facts the person generating it may read, and the other slices' sections.
 */

const isRole = (r: string): r is Role => (ROLES as readonly string[]).includes(r);

/** The case roles each recipient stands for. */
const CASE_ROLES_OF: Partial<Record<ReportRecipient, readonly string[]>> = {
  agency_attorney: ['agency_attorney'],
  parent_attorney: ['parent_attorney'],
  guardian_ad_litem: ['youth_attorney', 'guardian_ad_litem'],
  casa_volunteer: ['casa_volunteer'],
  parent: ['parent', 'indian_custodian'],
  tribe: ['tribal_representative'],
};

export type LoadedFacts = {
  facts: ReportFacts;
  /** The sensitive classes the person generating the copy may read, for every child of the report. */
  generatorGrants: SensitiveFieldClass[];
  people: repo.ReportPersonRow[];
  children: repo.ReportChildRow[];
};

/** A CASA volunteer named for particular children reports on those children only. */
function childrenOfReport(kind: ReportKind, people: repo.ReportPersonRow[], children: repo.ReportChildRow[]) {
  if (kind !== 'casa') return children;
  const casa = people.filter((p) => p.case_role === 'casa_volunteer');
  if (casa.length === 0 || casa.some((p) => p.child_id === null)) return children;
  const ids = new Set(casa.map((p) => p.child_id));
  return children.filter((c) => ids.has(c.child_id));
}

export async function loadReportFacts(
  tx: Queryable,
  ctx: RequestContext,
  kind: ReportKind,
  h: repo.ReportHearingRow,
  today: string,
): Promise<LoadedFacts> {
  const people = await repo.loadCasePeople(tx, h.case_id);
  const visitsSince = h.prior_held_date ?? '1900-01-01';
  const children = childrenOfReport(
    kind,
    people,
    await repo.loadReportChildren(tx, h.case_id, today, visitsSince),
  );
  let generatorGrants: SensitiveFieldClass[] = [...SENSITIVE_FIELD_CLASSES];
  const sensitiveOf = new Map<string, Awaited<ReturnType<typeof readableSensitiveFacts>>>();
  for (const c of children) {
    const sensitive = await readableSensitiveFacts(tx, ctx, c.child_id);
    sensitiveOf.set(c.child_id, sensitive);
    // One copy for all the children: it carries a class only if the generator may read it for every child.
    generatorGrants = generatorGrants.filter((x) => sensitive.classes.includes(x));
  }
  const sections = await loadReportSections(
    tx,
    ctx,
    h,
    children.map((c) => ({
      id: c.child_id,
      birthDate: c.birth_date,
      givenName: c.given_name,
      familyName: c.family_name,
    })),
    (id) => sensitiveOf.get(id)?.classes ?? [],
    today,
  );
  const childFacts: ReportChildFacts[] = children.map((c) => ({
    id: c.child_id,
    givenName: c.given_name,
    familyName: c.family_name,
    birthDate: c.birth_date,
    pacing: {
      episodes: c.episodes,
      hearings: c.hearings,
      orders: c.orders,
      findings: c.findings,
      tprPetitionsFiled: c.tpr_petitions,
      tprExceptions: c.tpr_exceptions,
    },
    removals: c.removals,
    placements: c.placements.map((p) => ({ ...p, address: addressLine(p.address) })),
    plans: c.plans,
    visits: c.visits,
    sensitive: sensitiveOf.get(c.child_id)?.facts ?? [],
    sections: sections.get(c.child_id) ?? {},
  }));
  const narrative = await repo.findNarrative(tx, h.id, kind);
  const authorRole = kind === 'agency' ? 'caseworker' : 'casa_volunteer';
  const author = people.find((p) => p.case_role === authorRole);
  const facts: ReportFacts = {
    kind,
    case: {
      petitionNumber: h.petition_number,
      court: h.court_name,
      judge: h.judge_name,
      filingDate: h.filing_date,
      allegations: h.allegations,
    },
    hearing: {
      id: h.id,
      type: h.hearing_type,
      start: new Date(h.scheduled_start).toISOString(),
      end: new Date(h.scheduled_end).toISOString(),
      courtroom: h.courtroom_name,
      status: h.status,
      date: h.local_date,
    },
    priorHearingDate: h.prior_held_date,
    author: narrative
      ? { name: narrative.author_name, role: authorRole }
      : author
        ? { name: author.name, role: authorRole }
        : null,
    supervisor:
      kind === 'agency'
        ? ((n) => (n ? { name: n } : null))(await repo.findSupervisorName(tx, h.case_id))
        : null,
    parents: people
      .filter((p) => p.case_role === 'parent' || p.case_role === 'indian_custodian')
      .map((p) => ({
        name: p.name,
        role: p.case_role,
        address: addressLine(p.mailing_address),
        phone: p.phone,
        email: p.email,
      })),
    children: childFacts,
    narrative: narrative
      ? {
          status: narrative.status,
          updatedOn: new Date(narrative.updated_at).toISOString().slice(0, 10),
          observations: narrative.observations,
          childWishes: narrative.child_wishes,
          recommendations: narrative.recommendations,
        }
      : null,
  };
  return { facts, generatorGrants, people, children };
}

type Holder = { accountId: string | null; language: string };

/** The people a recipient role stands for on this case, with their sign-ins where they have one. */
async function holdersOf(
  tx: Queryable,
  recipient: ReportRecipient,
  h: repo.ReportHearingRow,
  loaded: LoadedFacts,
): Promise<Holder[]> {
  switch (recipient) {
    case 'judge':
      return h.judge_id
        ? (await repo.loadJudgeAccounts(tx, h.judge_id)).map((a) => ({
            accountId: a.account_id,
            language: a.preferred_language,
          }))
        : [];
    case 'caregiver':
      return (
        await repo.loadCurrentCaregivers(
          tx,
          loaded.children.map((c) => c.child_id),
        )
      ).map((c) => ({
        accountId: c.account_id,
        language: c.preferred_language ?? c.primary_language,
      }));
    case 'youth':
      return loaded.children
        .filter((c) => c.account_id !== null)
        .map((c) => ({ accountId: c.account_id, language: c.preferred_language ?? c.primary_language }));
    case 'agency_attorney':
    case 'parent_attorney':
    case 'guardian_ad_litem':
    case 'casa_volunteer':
    case 'parent':
    case 'tribe': {
      const roles = CASE_ROLES_OF[recipient] ?? [];
      return loaded.people
        .filter((p) => roles.includes(p.case_role))
        .map((p) => ({ accountId: p.account_id, language: p.preferred_language ?? p.primary_language }));
    }
  }
}

/**
 * The sensitive classes a recipient role holds the grant for on this case (core: recipientGrants), and
 * the language of its copy: Spanish when everyone it stands for reads Spanish, English otherwise.
 */
export async function recipientOf(
  tx: Queryable,
  recipient: ReportRecipient,
  h: repo.ReportHearingRow,
  loaded: LoadedFacts,
  now: Date,
): Promise<{ grants: SensitiveFieldClass[]; language: WordsLanguage }> {
  const holders = await holdersOf(tx, recipient, h, loaded);
  const accountIds = holders.map((x) => x.accountId).filter((x): x is string => x !== null);
  const rows = new Map(
    (await repo.loadHolderGrants(tx, accountIds, h.case_id, now)).map((r) => [r.account_id, r]),
  );
  // Someone without a sign-in (or whose sign-in has ended) holds no grant: the copy reaches them too.
  const roleHolders: RoleHolder[] = holders.map((x) => {
    const row = x.accountId ? rows.get(x.accountId) : undefined;
    return row ? { roles: row.roles.filter(isRole), grants: row.grants } : { roles: [], grants: [] };
  });
  const language: WordsLanguage =
    holders.length > 0 && holders.every((x) => x.language === 'es') ? 'es' : 'en';
  return { grants: recipientGrants(roleHolders), language };
}
