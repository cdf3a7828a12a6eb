import { SENSITIVE_FIELD_CLASSES, type SensitiveFieldClass } from '../access/sensitive.ts';
import { DEFAULT_PACING_WINDOW, isAtRisk, permanencyClocks, type PermanencyClock } from '../pacing/clocks.ts';
import type { RulePack } from '../rules/rule-pack.ts';
import { addMonths, ageOn, type IsoDate } from '../time/dates.ts';
import {
  guarded,
  type Guarded,
  type ReportAttention,
  type ReportChild,
  type ReportChildFacts,
  type ReportClock,
  type ReportFacts,
  type ReportModel,
  type ReportPlacement,
} from './model.ts';

/**
 * Assembles a court report from the records of one hearing (issue 6, "Court reports"): pure, the facts the
 * server loaded in one read transaction, today and the rule pack in. Every value goes under its field
 * class, and every guarded field is present for every child whether or not the records hold anything, so
 * a copy withholding a class reads the same for a child with and without such records.
 */

/**
 * The period a report covers (visits, contacts): from the last hearing held before this one, or else from
 * the child's current removal, or else six months back; up to the hearing (or today, if that is earlier,
 * for a report written ahead of it).
 */
export function reportPeriod(
  priorHearingDate: IsoDate | null,
  removalDate: IsoDate | null,
  hearingDate: IsoDate,
  today: IsoDate,
): { from: IsoDate; to: IsoDate } {
  const to = hearingDate < today ? hearingDate : today;
  const from = priorHearingDate ?? removalDate ?? addMonths(to, -6);
  return { from: from > to ? to : from, to };
}

const toClock = (c: PermanencyClock): ReportClock => ({
  kind: c.kind,
  status: c.status,
  dueDate: c.dueDate,
  date: c.date,
  days: c.days,
  ofDays: c.ofDays,
  metOn: c.metOn,
  citation: c.citation,
  unconfirmed: c.unconfirmed,
});

function placementOf(p: ReportChildFacts['placements'][number]): ReportPlacement {
  return {
    setting: p.setting,
    from: p.start,
    to: p.end,
    caregiver: guarded('caregiver_identity', {
      provider: p.provider,
      caregivers: p.caregivers,
      address: p.address,
    }),
  };
}

function sensitiveOf(child: ReportChildFacts): Record<SensitiveFieldClass, Guarded<string[]>> {
  const out = {} as Record<SensitiveFieldClass, Guarded<string[]>>;
  for (const c of SENSITIVE_FIELD_CLASSES)
    out[c] = guarded(
      c,
      child.sensitive.filter((s) => s.fieldClass === c).map((s) => s.summary),
    );
  return out;
}

function assembleChild(
  child: ReportChildFacts,
  today: IsoDate,
  period: { from: IsoDate; to: IsoDate },
  pack: RulePack,
): { model: ReportChild; clocks: PermanencyClock[] } {
  const { removalId, clocks } = permanencyClocks(child.pacing, today, pack, DEFAULT_PACING_WINDOW);
  const byKind = new Map(clocks.map((c) => [c.kind, c]));
  const current =
    child.placements
      .filter((p) => p.removalId === removalId && p.end === null)
      .sort((a, b) => b.start.localeCompare(a.start))[0] ?? null;
  const inCare = removalId !== null;
  const model: ReportChild = {
    id: child.id,
    givenName: child.givenName,
    familyName: child.familyName,
    age: child.birthDate ? ageOn(child.birthDate, today) : null,
    inCare,
    currentPlacement: guarded('current_placement', current ? placementOf(current) : null),
    placementHistory: guarded(
      'case_history',
      [...child.placements].sort((a, b) => a.start.localeCompare(b.start)).map(placementOf),
    ),
    removals: guarded(
      'case_history',
      child.removals.map((r) => ({
        removalDate: r.removalDate,
        manner: r.manner,
        reasons: r.reasons,
        dischargeDate: r.dischargeDate,
        dischargeReason: r.dischargeReason,
      })),
    ),
    findings: guarded(
      'case_history',
      child.pacing.findings.map((f) => ({ type: f.type, isMade: f.isMade, date: f.date })),
    ),
    permanency: guarded('permanency', {
      plans: child.plans
        .filter((p) => p.ended === null || p.ended > today)
        .map((p) => ({ kind: p.kind, goal: p.goal, since: p.established })),
      enteredCare: byKind.get('enteredFosterCare')?.date ?? null,
      daysInCare: byKind.get('daysInCare')?.days ?? null,
      clocks: inCare ? clocks.filter((c) => c.status !== 'notApplicable').map(toClock) : [],
    }),
    visits: guarded(
      'visits',
      child.visits
        .filter((v) => v.date >= period.from && v.date <= period.to)
        .sort((a, b) => a.date.localeCompare(b.date)),
    ),
    sensitive: sensitiveOf(child),
    sections: child.sections,
  };
  return { model, clocks: inCare ? clocks : [] };
}

/**
 * The report model for one hearing.
 * @param facts - the records, loaded by the server in one read transaction
 * @param today - the court's today
 * @param pack - the jurisdiction's rule pack (the pacing clocks read their numbers from it)
 */
export function assembleReport(facts: ReportFacts, today: IsoDate, pack: RulePack): ReportModel {
  const openRemoval = facts.children
    .flatMap((c) => c.removals)
    .filter((r) => r.dischargeDate === null || r.dischargeDate > today)
    .map((r) => r.removalDate)
    .sort()[0];
  const period = reportPeriod(facts.priorHearingDate, openRemoval ?? null, facts.hearing.date, today);
  const attention: ReportAttention[] = [];
  const children = facts.children.map((child) => {
    const { model, clocks } = assembleChild(child, today, period, pack);
    for (const c of clocks.filter(isAtRisk))
      attention.push({
        childId: child.id,
        childName: `${child.givenName} ${child.familyName}`,
        kind: c.kind,
        status: c.status,
        dueDate: c.dueDate,
        citation: c.citation,
      });
    return model;
  });
  attention.sort(
    (a, b) =>
      Number(b.status === 'overdue') - Number(a.status === 'overdue') ||
      (a.dueDate ?? '').localeCompare(b.dueDate ?? ''),
  );
  const n = facts.narrative;
  return {
    kind: facts.kind,
    today,
    period,
    case: {
      petitionNumber: facts.case.petitionNumber,
      court: facts.case.court,
      judge: facts.case.judge,
      filingDate: facts.case.filingDate,
      allegations: guarded('case_history', facts.case.allegations),
    },
    hearing: {
      id: facts.hearing.id,
      type: facts.hearing.type,
      start: facts.hearing.start,
      end: facts.hearing.end,
      courtroom: facts.hearing.courtroom,
      status: facts.hearing.status,
    },
    author: facts.author,
    supervisor: facts.supervisor,
    parents: guarded(
      'parties',
      facts.parents.map((p) => ({
        name: p.name,
        role: p.role,
        contact: guarded('parent_contact', { address: p.address, phone: p.phone, email: p.email }),
      })),
    ),
    children,
    narrative: n
      ? {
          status: n.status,
          updatedOn: n.updatedOn,
          observations: guarded('narrative', n.observations),
          childWishes: guarded('narrative', n.childWishes),
          recommendations: guarded('narrative', n.recommendations),
        }
      : null,
    attention: guarded('permanency', attention),
  };
}
