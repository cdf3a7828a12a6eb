import {
  actionFollowUp,
  contactCompliance,
  contactFiscalYearStart,
  isFaceToFace,
  qualityScore,
  ratingProblems,
  scopesFor,
  todayOf,
  type ActionStatus,
  type QualityRatings,
  type YearMonth,
} from '@hearth/core';
import { recordAudit } from '../audit/audit-log.ts';
import { findChild } from '../children/child.repo.ts';
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
import { etagOf, paginate } from '../platform/schemas.ts';
import type {
  ComplianceAnswer,
  ContactDetail,
  ContactDto,
  ContactList,
  RecordContactBody,
  RecordReviewBody,
  ReviewDto,
  ReviewList,
  UpdateActionBody,
} from './contacts.dto.ts';
import { cachedCompliance, invalidateCompliance } from './compliance-cache.ts';
import { toContactChild } from './contacts.facts.ts';
import * as repo from './contacts.repo.ts';

const childOf = (r: { child_id: string; given_name: string; family_name: string }) => ({
  id: r.child_id,
  givenName: r.given_name,
  familyName: r.family_name,
});

function toContactDto(r: repo.ContactRow): ContactDto {
  return {
    id: r.id,
    childId: r.child_id,
    date: r.visit_date,
    time: r.contact_time,
    mode: r.contact_mode as ContactDto['mode'],
    faceToFace: r.face_to_face,
    location: r.location,
    place: r.place,
    timeAlone: r.time_alone,
    minutesAlone: r.minutes_alone,
    participants: r.participants ?? [],
    purpose: r.purpose,
    safetyObservations: r.safety_observations,
    casePlanProgress: r.case_plan_progress,
    childWords: r.child_words,
    nextSteps: r.next_steps,
    selfAssessment: r.self_assessment ?? {},
    notesRecorded: r.contact_mode !== null,
    worker: r.worker_id ? { id: r.worker_id, name: r.worker_name ?? '' } : null,
    reviews: r.reviews,
  };
}

/** The checks zod cannot make alone: a date not in the future, minutes alone with time alone, the elements. */
function contactProblems(ctx: RequestContext, input: RecordContactBody, today: string): FieldError[] {
  const problems: FieldError[] = [];
  if (input.date > today) problems.push(fieldError('date', 'must not be in the future'));
  if (input.timeAlone && input.minutesAlone === undefined)
    problems.push(fieldError('minutesAlone', 'is required when the worker had time alone with the child'));
  if (!input.timeAlone && input.minutesAlone !== undefined && input.minutesAlone > 0)
    problems.push(fieldError('minutesAlone', 'must be left out when there was no time alone'));
  const elements = ctx.rulePack.contacts.qualityElements.value;
  for (const e of Object.keys(input.selfAssessment))
    if (!elements.includes(e)) problems.push(fieldError(`selfAssessment.${e}`, 'is not a quality element'));
  return problems;
}

/**
 * Records a caseworker contact: the visit facts in caseworker_visit (read by the CQI export, AFCARS and the
 * due items, unchanged) and the notes keyed to it, in one transaction with its audit row. The worker is the
 * account recording it; the child must be one the actor may record contacts for.
 */
export async function recordContact(
  ctx: RequestContext,
  childId: string,
  input: RecordContactBody,
): Promise<ContactDto> {
  const today = todayOf(ctx.clock, ctx.timeZone);
  const dto = await ctx.db.transaction(async (tx) => {
    const child = await findChild(tx, ctx.actor, 'contact.record', childId);
    if (!child) throw notFound('child');
    const problems = contactProblems(ctx, input, today);
    if (child.birth_date && input.date < child.birth_date)
      problems.push(fieldError('date', 'must not be before the child was born'));
    if (problems.length) throw invalid(problems);
    const faceToFace = isFaceToFace(input.mode);
    const id = await repo.insertContact(tx, {
      jurisdictionId: ctx.actor.jurisdictionId,
      childId,
      workerId: ctx.actor.accountId,
      date: input.date,
      time: input.time,
      mode: input.mode,
      faceToFace,
      location: input.location,
      place: input.place,
      timeAlone: input.timeAlone,
      minutesAlone: input.timeAlone ? (input.minutesAlone ?? null) : null,
      participants: input.participants,
      purpose: input.purpose,
      safetyObservations: input.safetyObservations,
      casePlanProgress: input.casePlanProgress,
      childWords: input.childWords,
      nextSteps: input.nextSteps,
      selfAssessment: input.selfAssessment,
    });
    // The payload keeps the facts, not the notes: the child's words stay in the record, not the log.
    await recordAudit(tx, ctx.audit, {
      action: 'contact.recorded',
      entityType: 'child',
      entityId: childId,
      data: {
        contactId: { old: null, new: id },
        date: { old: null, new: input.date },
        mode: { old: null, new: input.mode },
        location: { old: null, new: input.location },
      },
    });
    const row = await repo.findContact(tx, ctx.actor, 'contact.record', id);
    return toContactDto(row!);
  });
  // Committed: the kept compliance answers no longer hold.
  invalidateCompliance();
  return dto;
}

/** A child's contacts, newest first, for those who may read them; the read is audited. */
export async function listChildContacts(
  ctx: RequestContext,
  childId: string,
  page: { limit: number; offset: number },
): Promise<ContactList> {
  return ctx.db.transaction(async (tx) => {
    const child = await findChild(tx, ctx.actor, 'contact.read', childId);
    if (!child) throw notFound('child');
    const rows = await repo.listContacts(tx, childId, page.limit + 1, page.offset);
    const { items, page: info } = paginate(rows, page.limit, page.offset);
    const mayRecord = (await findChild(tx, ctx.actor, 'contact.record', childId)) !== null;
    await recordAudit(tx, ctx.audit, {
      action: 'contact.listed',
      entityType: 'child',
      entityId: childId,
      data: { contacts: items.length, offset: page.offset },
    });
    return {
      child: { id: child.id, givenName: child.given_name, familyName: child.family_name },
      items: items.map(toContactDto),
      page: info,
      mayRecord,
      qualityElements: [...ctx.rulePack.contacts.qualityElements.value],
    };
  });
}

function toReviewDto(ctx: RequestContext, r: repo.ReviewRow, today: string): ReviewDto {
  const ratings = r.ratings as QualityRatings;
  return {
    id: r.id,
    contactId: r.visit_id,
    contactDate: r.visit_date,
    child: childOf(r),
    worker: { id: r.worker_id, name: r.worker_name },
    reviewer: { id: r.reviewer_id, name: r.reviewer_name },
    reviewedOn: r.reviewed_on,
    ratings,
    selfAssessment: r.self_assessment ?? {},
    score: qualityScore(ratings),
    strengths: r.strengths,
    comments: r.comments,
    actions: r.actions.map((a) => ({
      ...a,
      status: a.status as ActionStatus,
      followUp: actionFollowUp(a.status as ActionStatus, a.dueDate, today),
    })),
    mayFollowUp: mayFollowUp(ctx, r.worker_id, r.reviewer_id, r.worker_unit_id),
  };
}

/** The worker follows up their own plan; the reviewer and the unit's supervisor may too. */
function mayFollowUp(
  ctx: RequestContext,
  workerId: string,
  reviewerId: string,
  workerUnitId: string | null,
): boolean {
  const me = ctx.actor.accountId;
  return me === workerId || me === reviewerId || repo.mayReviewWorker(ctx.actor, workerUnitId);
}

/** One contact with its reviews; the read is audited. */
export async function getContact(ctx: RequestContext, contactId: string): Promise<ContactDetail> {
  const today = todayOf(ctx.clock, ctx.timeZone);
  return ctx.db.transaction(async (tx) => {
    const row = await repo.findContact(tx, ctx.actor, 'contact.read', contactId);
    if (!row) throw notFound('contact');
    const reviews = await repo.reviewsOfContact(tx, contactId);
    await recordAudit(tx, ctx.audit, {
      action: 'contact.viewed',
      entityType: 'child',
      entityId: row.child_id,
      data: { contactId, reviews: reviews.length },
    });
    const rules = ctx.rulePack.contacts.qualityElements;
    return {
      contact: toContactDto(row),
      child: childOf(row),
      reviews: reviews.map((r) => toReviewDto(ctx, r, today)),
      qualityElements: [...rules.value],
      qualityCitation: rules.citation,
      mayReview:
        row.contact_mode !== null &&
        row.worker_id !== null &&
        row.worker_id !== ctx.actor.accountId &&
        repo.mayReviewWorker(ctx.actor, row.worker_unit_id),
    };
  });
}

/**
 * A supervisor's review of a contact's quality (domain-rules §3.2): ratings against every quality element
 * of the rule pack, the action plan with due dates. Only of a contact of a worker of the reviewer's own
 * unit, never one's own; anything else is "not found", like a contact out of scope.
 */
export async function recordReview(
  ctx: RequestContext,
  contactId: string,
  input: RecordReviewBody,
): Promise<ReviewDto> {
  const today = todayOf(ctx.clock, ctx.timeZone);
  return ctx.db.transaction(async (tx) => {
    const row = await repo.findContact(tx, ctx.actor, 'contact.read', contactId);
    if (!row || !row.worker_id || !repo.mayReviewWorker(ctx.actor, row.worker_unit_id))
      throw notFound('contact');
    if (row.worker_id === ctx.actor.accountId)
      throw conflict('This is your own contact: it is reviewed by your supervisor.');
    if (row.contact_mode === null)
      throw conflict('This visit was recorded without the contact’s notes: there is nothing to review.');
    const problems: FieldError[] = ratingProblems(input.ratings, ctx.rulePack.contacts).map((p) =>
      fieldError(
        `ratings.${p.element}`,
        p.problem === 'missing' ? 'is required: rate every quality element' : 'is not a quality element',
      ),
    );
    input.actions.forEach((a, i) => {
      if (a.dueDate < today) problems.push(fieldError(`actions.${i}.dueDate`, 'must not be in the past'));
    });
    if (problems.length) throw invalid(problems);
    const id = await repo.insertReview(tx, {
      jurisdictionId: ctx.actor.jurisdictionId,
      visitId: contactId,
      workerId: row.worker_id,
      reviewerId: ctx.actor.accountId,
      reviewedOn: today,
      ratings: input.ratings,
      strengths: input.strengths,
      comments: input.comments,
      actions: input.actions,
    });
    await recordAudit(tx, ctx.audit, {
      action: 'contact_review.recorded',
      entityType: 'child',
      entityId: row.child_id,
      data: {
        reviewId: { old: null, new: id },
        contactId: { old: null, new: contactId },
        actions: { old: null, new: input.actions.length },
      },
    });
    const [review] = (await repo.reviewsOfContact(tx, contactId)).filter((r) => r.id === id);
    return toReviewDto(ctx, review!, today);
  });
}

/** The reviews of the caller's own contacts, those they wrote and (a supervisor) their unit's. Audited. */
export async function listMyReviews(ctx: RequestContext): Promise<ReviewList> {
  const today = todayOf(ctx.clock, ctx.timeZone);
  return ctx.db.transaction(async (tx) => {
    const rows = await repo.listMyReviews(tx, ctx.actor, 200);
    await recordAudit(tx, ctx.audit, {
      action: 'contact_review.listed',
      entityType: 'child',
      entityId: null,
      data: { childIds: [...new Set(rows.map((r) => r.child_id))], reviews: rows.length },
    });
    return { items: rows.map((r) => toReviewDto(ctx, r, today)) };
  });
}

/**
 * The follow-up of one action of a review's plan: done, dropped, or open again, under If-Match with the
 * action's version (the worker and their supervisor may both follow it up: neither overwrites the other
 * unseen). A stale version answers 412 with the review as saved now, and writes nothing.
 */
export async function updateReviewAction(
  ctx: RequestContext,
  reviewId: string,
  actionId: string,
  ifMatch: number | null,
  input: UpdateActionBody,
): Promise<ReviewDto> {
  if (ifMatch === null) throw preconditionRequired();
  const today = todayOf(ctx.clock, ctx.timeZone);
  return ctx.db.transaction(async (tx) => {
    const action = await repo.findAction(tx, ctx.actor, reviewId, actionId);
    if (!action || !mayFollowUp(ctx, action.worker_id, action.reviewer_id, action.worker_unit_id))
      throw notFound('action');
    const stale = async () => {
      const [now] = await repo.listReviewById(tx, reviewId);
      return preconditionFailed(toReviewDto(ctx, now!, today), etagOf(action.version));
    };
    if (action.version !== ifMatch) throw await stale();
    // Marking an action done must not erase the note written with it: only a note sent replaces it.
    const note = input.note === undefined ? action.status_note : input.note || null;
    if (!(await repo.updateAction(tx, actionId, ifMatch, input.status, note, today))) throw await stale();
    const reviews = await repo.listReviewById(tx, reviewId);
    await recordAudit(tx, ctx.audit, {
      action: 'contact_review.action_updated',
      entityType: 'child',
      entityId: reviews[0]?.child_id ?? null,
      data: {
        reviewId,
        actionId,
        status: { old: action.status, new: input.status },
        note: { old: action.status_note, new: note },
      },
    });
    return toReviewDto(ctx, reviews[0]!, today);
  });
}

/** The month asked for, or this month; never a month still to come. */
function monthAsked(month: string | undefined, today: string): YearMonth {
  const current = today.slice(0, 7);
  if (month === undefined) return current;
  if (month > current) throw invalid([fieldError('month', 'must not be after this month', 'query')]);
  return month;
}

const lastDayOf = (month: YearMonth): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(last).padStart(2, '0')}`;
};

type Computed = { answer: ComplianceAnswer; childIds: string[] };

/** Reads the children of the actor's scope and computes their compliance (core), in the caller's transaction. */
async function computeCompliance(
  tx: Queryable,
  ctx: RequestContext,
  month: YearMonth,
  today: string,
  view: 'own' | 'unit',
): Promise<Computed> {
  const rules = ctx.rulePack.contacts;
  const from = `${contactFiscalYearStart(month, rules)}-01`;
  const rows = await repo.loadComplianceChildren(tx, ctx.actor, { from, to: lastDayOf(month) });
  const result = contactCompliance(rows.map(toContactChild), month, rules);
  const names = new Map(rows.map((r) => [r.worker_id, r.worker_name]));
  const worker = (id: string | null) => (id === null ? null : { id, name: names.get(id) ?? '' });
  const span = (s: typeof result.fiscalYearToDate) => ({
    from: s.from,
    to: s.to,
    unit: s.unit,
    workers: s.workers.map((w) => ({ worker: worker(w.workerId), children: w.children, figure: w.figure })),
  });
  const byId = new Map(rows.map((r) => [r.child_id, r]));
  const children =
    view === 'own'
      ? result.month.children.map((c) => ({ child: childOf(byId.get(c.childId)!), status: c.status }))
      : [];
  return {
    childIds: rows.map((r) => r.child_id),
    answer: {
      month,
      today,
      view,
      computedAt: ctx.clock.now().toISOString(),
      targets: result.targets,
      thisMonth: span(result.month),
      fiscalYearToDate: span(result.fiscalYearToDate),
      children,
    },
  };
}

/**
 * Monthly visit compliance for the caller's children (a caseworker: their own; a supervisor: their unit,
 * per worker), for the month and the fiscal year to date, read against the rule pack's targets. A
 * supervisor gets sums per worker, not the children; the caller's own children are listed by status.
 * The answer is kept for a minute per account (compliance-cache.ts), dropped when a contact is recorded;
 * every read is audited, with the children it covered when it lists them, with counts when it sums.
 */
export async function contactComplianceFor(
  ctx: RequestContext,
  monthParam: string | undefined,
): Promise<ComplianceAnswer> {
  const today = todayOf(ctx.clock, ctx.timeZone);
  const month = monthAsked(monthParam, today);
  const view = scopesFor(ctx.actor.roles, 'contact.read').includes('unit') ? 'unit' : 'own';
  // The scope depends on the account, its roles and its unit: all three are in the key.
  const a = ctx.actor;
  const key = [a.jurisdictionId, a.accountId, a.roles.join(','), a.unitId ?? '', month, today].join('|');
  return ctx.db.transaction(async (tx) => {
    const { answer, childIds } = await cachedCompliance(key, ctx.clock.now().getTime(), () =>
      computeCompliance(tx, ctx, month, today, view),
    );
    await recordAudit(tx, ctx.audit, {
      action: 'contact.compliance_viewed',
      entityType: 'child',
      entityId: null,
      data: {
        month,
        view,
        children: childIds.length,
        computedAt: answer.computedAt,
        ...(view === 'own' ? { childIds } : {}),
      },
    });
    return answer;
  });
}
