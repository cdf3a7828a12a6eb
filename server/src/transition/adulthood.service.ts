import {
  creditReportDueDate,
  diffFields,
  EXIT_DOCUMENT_KINDS,
  exitDate,
  exitDocumentProblems,
  exitDocumentsRequired,
  missingExitDocuments,
  missingNinetyDayElements,
  planApplies,
  stampTeamRejections,
  teamMemberProblems,
  teamRejectionChanges,
  todayOf,
  transitionPlanDueDate,
  transitionPlanStatus,
  type ExitDocument,
  type RulePack,
} from '@hearth/core';
import { recordAudit } from '../audit/audit-log.ts';
import type { RequestContext } from '../platform/context.ts';
import type { Queryable } from '../platform/db.ts';
import {
  conflict,
  fieldError,
  invalid,
  notFound,
  preconditionFailed,
  preconditionRequired,
  type FieldError,
} from '../platform/problem.ts';
import { etagOf } from '../platform/schemas.ts';
import type { AdulthoodPlanDto, AdulthoodPlanInput } from './transition.dto.ts';
import { recordingRole, teamFor, teamForAudit, teamOf } from './team.ts';
import * as repo from './transition.repo.ts';

/**
 * The plan to adulthood of a youth of 14 or older (SSA §475(1)(B), §475(5)(H), §475(5)(I); domain-rules
 * §7.3, §7.4). Professionals on the case read it; the youth reads their own and writes their goals; the
 * agency records it. The health class (coverage, the health-care proxy) is shown to the youth and to
 * holders of an explicit health grant only. Every read and write is audited in its own transaction.
 */

const BLANK_DOMAIN: repo.DomainValue = { state: 'not_started', notes: '' };
const BLANK_HEALTH: repo.HealthValue = { coverage: BLANK_DOMAIN, proxy: BLANK_DOMAIN };

/** Every exit document in the statute's order; a kind not yet written down is still needed. */
function allExitDocuments(docs: readonly ExitDocument[]): ExitDocument[] {
  return EXIT_DOCUMENT_KINDS.map(
    (kind) => docs.find((d) => d.kind === kind) ?? { kind, state: 'needed', date: null },
  );
}

function scheduleOf(
  facts: repo.ChildFacts,
  extendedCare: boolean,
  completedOn: string | null,
  today: string,
  pack: RulePack,
) {
  if (!facts.birth_date) return null;
  const exitOn = exitDate(facts.birth_date, pack, extendedCare);
  const dueDate = transitionPlanDueDate(facts.birth_date, pack, extendedCare);
  const t = pack.transition;
  return {
    exitDate: exitOn,
    dueDate,
    status: transitionPlanStatus(dueDate, completedOn, today, pack),
    exitDocumentsRequired: exitDocumentsRequired(facts.removal_date, exitOn, pack),
    citation: `${t.planDueDaysBeforeExit.citation}; ${t.exitDocumentsMinMonthsInCare.citation}`,
    unconfirmed: !!(extendedCare && t.extendedCareAge?.unconfirmed),
  };
}

/** What the 90-day plan covers, from the stored plan (the health class read for this test only). */
function coverageOf(c: repo.PlanContent) {
  const started = (d: repo.DomainValue) => d.state !== 'not_started';
  return {
    housing: started(c.housing),
    healthInsurance: started(c.health.coverage),
    education: started(c.education),
    mentorsAndSupport: c.connections.length > 0,
    employment: started(c.employment),
    healthCareProxy: started(c.health.proxy),
  };
}

async function mayReadHealth(tx: Queryable, ctx: RequestContext, facts: repo.ChildFacts): Promise<boolean> {
  if (facts.is_self) return true; // the youth's own health information
  return facts.may_read_sensitive && repo.holdsHealthGrant(tx, ctx.actor, facts.id, ctx.clock.now());
}

/** The plan as this viewer may see it, with its schedule; audited (`transition_plan.viewed`). */
export async function getAdulthoodPlan(
  ctx: RequestContext,
  childId: string,
): Promise<{ dto: AdulthoodPlanDto; etag: string }> {
  const today = todayOf(ctx.clock, ctx.timeZone);
  return ctx.db.transaction(async (tx) => {
    const facts = await repo.findChildFacts(tx, ctx.actor, 'transition.read', childId, today);
    if (!facts) throw notFound('child');
    const withHealth = await mayReadHealth(tx, ctx, facts);
    const row = await repo.loadPlan(tx, childId, { withHealth });
    const dto = await toDto(tx, ctx, facts, row, today, withHealth);
    await recordAudit(tx, ctx.audit, {
      action: 'transition_plan.viewed',
      entityType: 'child',
      entityId: childId,
      data: { planVersion: row?.version ?? null, health: withHealth },
    });
    if (withHealth && row && !facts.is_self)
      await recordAudit(tx, ctx.audit, {
        action: 'sensitive.viewed',
        entityType: 'child',
        entityId: childId,
        data: { classes: ['health'], via: 'transition_plan' },
      });
    return { dto, etag: etagOf(row?.version ?? 0) };
  });
}

async function toDto(
  tx: Queryable,
  ctx: RequestContext,
  facts: repo.ChildFacts,
  row: (repo.PlanRow & { health: repo.HealthValue | null }) | null,
  today: string,
  healthVisible: boolean,
): Promise<AdulthoodPlanDto> {
  const pack = ctx.rulePack;
  const applies = facts.birth_date ? planApplies(facts.birth_date, today, pack) : false;
  const base = {
    childId: facts.id,
    applies,
    schedule: scheduleOf(
      facts,
      row?.extended_care ?? false,
      row?.ninety_day_completed_on ?? null,
      today,
      pack,
    ),
    healthVisible,
    mayRecord: facts.may_record && applies,
    mayWriteGoals: facts.may_write_goals && row !== null,
  };
  if (!row) return { ...base, plan: null };
  const health = row.health ?? (await repo.loadPlanHealth(tx, row.id)) ?? BLANK_HEALTH;
  const content = contentOf(row, health);
  return {
    ...base,
    plan: {
      id: row.id,
      version: row.version,
      extendedCare: row.extended_care,
      ninetyDayCompletedOn: row.ninety_day_completed_on,
      ninetyDayMissing: missingNinetyDayElements(coverageOf(content)),
      domains: { housing: row.housing, education: row.education, employment: row.employment },
      connections: row.connections,
      team: teamFor(teamOf(row), facts.is_self),
      exitDocuments: allExitDocuments(row.exit_documents),
      missingExitDocuments: missingExitDocuments(row.exit_documents),
      creditChecks: row.credit_checks,
      creditReportDue:
        facts.birth_date && facts.removal_date
          ? creditReportDueDate(facts.birth_date, facts.removal_date, row.credit_checks, pack)
          : null,
      youthGoals: {
        text: row.youth_goals,
        writtenBy: row.youth_goals_by,
        writtenAt: row.youth_goals_at ? new Date(row.youth_goals_at).toISOString() : null,
      },
      health: row.health,
      healthWithheld: row.health === null,
      updatedAt: new Date(row.updated_at).toISOString(),
      versions: (await repo.loadVersions(tx, row.id)).map((v) => ({
        version: v.version,
        recordedAt: new Date(v.recorded_at).toISOString(),
        recordedBy: v.recorded_by,
        byYouth: v.by_youth,
        changed: v.changed,
      })),
    },
  };
}

function contentOf(row: repo.PlanRow, health: repo.HealthValue): repo.PlanContent {
  return {
    extendedCare: row.extended_care,
    ninetyDayCompletedOn: row.ninety_day_completed_on,
    housing: row.housing,
    education: row.education,
    employment: row.employment,
    connections: row.connections,
    team: teamOf(row),
    exitDocuments: row.exit_documents,
    creditChecks: row.credit_checks,
    youthGoals: row.youth_goals,
    youthGoalsBy: row.youth_goals_by,
    health,
  };
}

/** The rules a write must pass, as field errors (core/src/transition/adulthood.ts). */
async function problemsOf(
  tx: Queryable,
  ctx: RequestContext,
  childId: string,
  c: repo.PlanContent,
  today: string,
): Promise<FieldError[]> {
  const fromMessage = (m: string): FieldError => {
    const at = m.indexOf(': ');
    return fieldError(m.slice(0, at), m.slice(at + 2));
  };
  const problems = [
    ...teamMemberProblems(c.team, await repo.excludedPeople(tx, childId), ctx.rulePack),
    ...exitDocumentProblems(c.exitDocuments, today),
  ].map(fromMessage);
  c.creditChecks.forEach((k, i) => {
    if (k.checkedOn > today) problems.push(fieldError(`creditChecks.${i}.checkedOn`, 'is in the future'));
  });
  if (c.ninetyDayCompletedOn) {
    if (c.ninetyDayCompletedOn > today) problems.push(fieldError('ninetyDayCompletedOn', 'is in the future'));
    const missing = missingNinetyDayElements(coverageOf(c));
    if (missing.length)
      problems.push(
        fieldError(
          'ninetyDayCompletedOn',
          `the 90-day plan does not cover yet: ${missing.join(', ')} (SSA §475(5)(H))`,
        ),
      );
  }
  return problems;
}

/** The stored content after a staff write: health and goals kept unless sent (and allowed). */
async function nextContent(
  tx: Queryable,
  ctx: RequestContext,
  facts: repo.ChildFacts,
  before: repo.PlanContent | null,
  input: AdulthoodPlanInput,
  today: string,
): Promise<repo.PlanContent> {
  if (input.health !== undefined) {
    const granted =
      facts.may_write_sensitive && (await repo.holdsHealthGrant(tx, ctx.actor, facts.id, ctx.clock.now()));
    if (!granted) throw invalid([fieldError('health', 'you hold no grant for health information')]);
  }
  const goalsSent = input.youthGoals !== undefined && input.youthGoals !== (before?.youthGoals ?? '');
  return {
    extendedCare: input.extendedCare,
    ninetyDayCompletedOn: input.ninetyDayCompletedOn,
    housing: input.housing,
    education: input.education,
    employment: input.employment,
    connections: input.connections,
    team: stampTeamRejections(input.team, before?.team ?? [], today, recordingRole(ctx)),
    exitDocuments: input.exitDocuments,
    creditChecks: [...input.creditChecks].sort((a, b) => a.checkedOn.localeCompare(b.checkedOn)),
    youthGoals: goalsSent ? input.youthGoals! : (before?.youthGoals ?? ''),
    youthGoalsBy: goalsSent ? 'staff' : (before?.youthGoalsBy ?? null),
    health: input.health ?? before?.health ?? BLANK_HEALTH,
  };
}

/** The version row's content: the plan without the health class (kept in its own column). */
const versionContent = (c: repo.PlanContent): Record<string, unknown> =>
  Object.fromEntries(Object.entries(c).filter(([key]) => key !== 'health'));

/** Keys sorted at every level: jsonb gives objects back in its own key order, so compare like this. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(o)
      .sort()
      .map((k) => [k, sortedKeys(o[k])]),
  );
}

/** The `{ field: { old, new } }` difference of two versions, whatever order their keys came in. */
const diffContent = (before: Record<string, unknown> | null, after: Record<string, unknown>) =>
  diffFields(
    sortedKeys(before) as Record<string, unknown> | null,
    sortedKeys(after) as Record<string, unknown>,
  );

/**
 * Names of the fields a write changed; health changes are named, never their values. A rejection of a
 * team member made, cleared or rewritten is named too (`team.1.rejected`).
 */
const changedFields = (before: repo.PlanContent | null, after: repo.PlanContent): string[] =>
  Object.keys(diffContent(before, after)).concat(teamRejectionChanges(before?.team ?? [], after.team));

/** The content as the audit may copy it: a rejection as `rejected: true`, never its good cause. */
const auditContent = (c: repo.PlanContent): Record<string, unknown> => ({
  ...versionContent(c),
  team: teamForAudit(c.team),
});

/** Records the first plan to adulthood of a youth of 14 or older (`plan.record`). */
export async function createAdulthoodPlan(
  ctx: RequestContext,
  childId: string,
  input: AdulthoodPlanInput,
): Promise<{ dto: { id: string }; etag: string }> {
  const today = todayOf(ctx.clock, ctx.timeZone);
  return ctx.db.transaction(async (tx) => {
    const facts = await repo.findChildFacts(tx, ctx.actor, 'plan.record', childId, today, true);
    if (!facts) throw notFound('child');
    if (!facts.birth_date || !planApplies(facts.birth_date, today, ctx.rulePack))
      throw invalid([
        fieldError(
          'childId',
          `a plan to adulthood is made from age ${ctx.rulePack.transition.planStartAge.value} (SSA §475(1)(B))`,
          'params',
        ),
      ]);
    if (await repo.loadPlan(tx, childId, { withHealth: false }))
      throw conflict('This youth has a plan to adulthood already: change it with PUT and If-Match.');
    const content = await nextContent(tx, ctx, facts, null, input, today);
    const problems = await problemsOf(tx, ctx, childId, content, today);
    if (problems.length) throw invalid(problems);
    const now = ctx.clock.now();
    const by = ctx.actor.accountId;
    const goalsChanged = content.youthGoals !== '';
    const id = await repo.insertPlan(
      tx,
      { jurisdictionId: facts.jurisdiction_id, childId, by, now, goalsChanged },
      content,
    );
    const changed = changedFields(null, content);
    await repo.insertVersion(tx, {
      planId: id,
      version: 1,
      jurisdictionId: facts.jurisdiction_id,
      content: versionContent(content),
      health: content.health,
      changed,
      byYouth: false,
      by,
      now,
    });
    await recordAudit(tx, ctx.audit, {
      action: 'transition_plan.recorded',
      entityType: 'transition_plan',
      entityId: id,
      data: { childId, version: 1, changed },
    });
    return { dto: { id }, etag: etagOf(1) };
  });
}

/** Records a new version of the plan under If-Match (`plan.record`). */
export async function updateAdulthoodPlan(
  ctx: RequestContext,
  childId: string,
  ifMatch: number | null,
  input: AdulthoodPlanInput,
): Promise<{ dto: { id: string }; etag: string }> {
  if (ifMatch === null) throw preconditionRequired();
  const today = todayOf(ctx.clock, ctx.timeZone);
  return ctx.db.transaction(async (tx) => {
    const facts = await repo.findChildFacts(tx, ctx.actor, 'plan.record', childId, today, true);
    if (!facts) throw notFound('child');
    const row = await repo.loadPlan(tx, childId, { withHealth: true, forUpdate: true });
    // The child is in scope: a missing plan is a state of the record, not a missing resource.
    if (!row) throw conflict('This youth has no plan to adulthood yet: the agency records it first (POST).');
    const before = contentOf(row, row.health ?? BLANK_HEALTH);
    if (row.version !== ifMatch) throw preconditionFailed(versionContent(before), etagOf(row.version));
    const after = await nextContent(tx, ctx, facts, before, input, today);
    const problems = await problemsOf(tx, ctx, childId, after, today);
    if (problems.length) throw invalid(problems);
    return saveVersion(tx, ctx, { facts, row, before, after, byYouth: false });
  });
}

async function saveVersion(
  tx: Queryable,
  ctx: RequestContext,
  w: {
    facts: repo.ChildFacts;
    row: repo.PlanRow;
    before: repo.PlanContent;
    after: repo.PlanContent;
    byYouth: boolean;
  },
): Promise<{ dto: { id: string }; etag: string }> {
  const now = ctx.clock.now();
  const by = ctx.actor.accountId;
  const changed = changedFields(w.before, w.after);
  const goalsChanged = changed.includes('youthGoals');
  if (
    !(await repo.updatePlan(tx, { planId: w.row.id, version: w.row.version, by, now, goalsChanged }, w.after))
  )
    throw preconditionFailed(versionContent(w.before), etagOf(w.row.version));
  const version = w.row.version + 1;
  await repo.insertVersion(tx, {
    planId: w.row.id,
    version,
    jurisdictionId: w.facts.jurisdiction_id,
    content: versionContent(w.after),
    health: w.after.health,
    changed,
    byYouth: w.byYouth,
    by,
    now,
  });
  // Field names and non-health values; the health class and the youth's words are named, not copied.
  const diff = diffContent(auditContent(w.before), auditContent(w.after));
  delete diff.youthGoals;
  await recordAudit(tx, ctx.audit, {
    action: w.byYouth ? 'transition_plan.goals_written' : 'transition_plan.recorded',
    entityType: 'transition_plan',
    entityId: w.row.id,
    data: { childId: w.facts.id, version, changed, changes: diff },
  });
  return { dto: { id: w.row.id }, etag: etagOf(version) };
}

/** The youth writes their own goals, in their own words (`transition.writeGoals`, their own plan only). */
export async function writeOwnGoals(
  ctx: RequestContext,
  childId: string,
  ifMatch: number | null,
  goals: string,
): Promise<{ dto: { id: string }; etag: string }> {
  if (ifMatch === null) throw preconditionRequired();
  const today = todayOf(ctx.clock, ctx.timeZone);
  return ctx.db.transaction(async (tx) => {
    const facts = await repo.findChildFacts(tx, ctx.actor, 'transition.writeGoals', childId, today, true);
    if (!facts) throw notFound('child');
    const row = await repo.loadPlan(tx, childId, { withHealth: true, forUpdate: true });
    // The child is in scope: a missing plan is a state of the record, not a missing resource.
    if (!row) throw conflict('This youth has no plan to adulthood yet: the agency records it first (POST).');
    const before = contentOf(row, row.health ?? BLANK_HEALTH);
    if (row.version !== ifMatch)
      throw preconditionFailed({ youthGoals: before.youthGoals }, etagOf(row.version));
    const after: repo.PlanContent = { ...before, youthGoals: goals, youthGoalsBy: 'youth' };
    return saveVersion(tx, ctx, { facts, row, before, after, byYouth: true });
  });
}
