import {
  guarded,
  SENSITIVE_FIELD_CLASSES,
  type Guarded,
  type ReportChildSections,
  type ReportConcern,
  type ReportRecipient,
  type SensitiveFieldClass,
} from '@hearth/core';
import { contactSummary } from '../contacts/contacts.bench.ts';
import { educationSummary, type EducationBenchChild } from '../education/education.bench.ts';
import type { RequestContext } from '../platform/context.ts';
import type { Queryable } from '../platform/db.ts';
import { transitionSummary, type BenchTransitionChild } from '../transition/transition.bench.ts';
import { hearingVoices, type HearingVoices } from '../voice/voice.bench.ts';
import { buildChecklist } from '../wellbeing/checklist.view.ts';
import { loadChecklists, type ChecklistRow } from '../wellbeing/wellbeing.repo.ts';
import type { ReportHearingRow } from './report.repo.ts';

/**
 * The sections other slices contribute to a report (well-being, contacts, voice, education, transition),
 * each child's mapped into the report model's shape under its field class. Each slice's bench loader
 * decides what the person generating the report may read (a child it leaves out gets no such section);
 * the report then decides, class by class, what each recipient may see.
 */

/** Whom a youth shared their statement with (core/src/voice/voice.ts audiences), as report recipients. */
const AUDIENCE_RECIPIENTS: Record<string, readonly ReportRecipient[]> = {
  casa: ['casa_volunteer'],
  // The youth chose the family they live with now; a caregiver's copy goes to every home the case's
  // children live in (siblings may live apart), so it never carries the statement.
  caregiver: [],
  agency_attorney: ['agency_attorney'],
  parents: ['parent', 'parent_attorney'],
  // The caseworker is not a recipient of a copy: the agency's report is theirs.
  caseworker: [],
};

function sortConcerns(
  rows: readonly ChecklistRow[],
  child: { id: string; birthDate: string | null; givenName: string; familyName: string },
  h: ReportHearingRow,
  classes: readonly SensitiveFieldClass[],
  today: string,
): Pick<ReportChildSections, 'wellbeing' | 'wellbeingNotAtHome' | 'wellbeingSensitive'> {
  const built = buildChecklist({
    hearing: {
      id: h.id,
      start: h.scheduled_start,
      status: h.status,
      type: h.hearing_type,
      caseId: h.case_id,
      petitionNumber: h.petition_number,
    },
    child,
    rows: rows.filter((r) => r.child_id === child.id),
    // The professionals' view, with the sensitive classes the person generating the report may read.
    viewer: { household: false, classes },
    mayWrite: false,
    today,
    timeZone: h.time_zone,
  });
  const saved = built && built.dto.status !== 'not_started' ? built : null;
  const general: ReportConcern[] = [];
  const notAtHome: ReportConcern[] = [];
  const bySensitive = new Map<SensitiveFieldClass, ReportConcern[]>();
  for (const item of saved?.dto.items.filter((i) => i.concern) ?? []) {
    const spec = saved!.instrument.items.find((i) => i.id === item.itemId);
    const concern = { domain: item.domain, itemId: item.itemId, note: item.answer?.note ?? null };
    if (spec?.sensitiveClass)
      bySensitive.set(spec.sensitiveClass, [...(bySensitive.get(spec.sensitiveClass) ?? []), concern]);
    else if (spec && !spec.shownAtHome) notAtHome.push(concern);
    else general.push(concern);
  }
  const wellbeingSensitive = {} as Record<SensitiveFieldClass, Guarded<ReportConcern[]>>;
  for (const c of SENSITIVE_FIELD_CLASSES)
    wellbeingSensitive[c] = classes.includes(c)
      ? guarded(c, bySensitive.get(c) ?? [])
      : { guard: c, shown: false };
  return {
    wellbeing: guarded(
      'wellbeing',
      saved
        ? {
            status: saved.dto.status,
            submittedOn: saved.dto.submittedAt?.slice(0, 10) ?? null,
            concerns: general,
          }
        : null,
    ),
    wellbeingNotAtHome: guarded('wellbeing_not_at_home', notAtHome),
    wellbeingSensitive,
  };
}

function educationOf(e: EducationBenchChild): Pick<ReportChildSections, 'education' | 'specialEducation'> {
  return {
    education: guarded('education', {
      school: e.currentSchool?.name ?? null,
      schoolMoves: e.schoolMoves,
      decisionMaker: e.decisionMaker?.name ?? null,
      daysAbsent: e.attendance?.daysAbsent ?? null,
      credits: e.credits ? { earned: e.credits.earned, expected: e.credits.expected } : null,
      flags: e.flags.map((f) => f.kind),
    }),
    specialEducation: e.specialEducation.withheld
      ? { guard: 'health', shown: false }
      : guarded('health', e.specialEducation.plan),
  };
}

function voicesOf(
  v: HearingVoices,
  childId: string,
): Pick<ReportChildSections, 'youthStatement' | 'caregiverStatement' | 'caregiverHealth'> {
  const statement = v.youthStatements.filter((s) => s.childId === childId).at(-1);
  const report = v.caregiverReports.filter((r) => r.childId === childId).at(-1);
  const shared = statement?.sharedWith.flatMap((a) => AUDIENCE_RECIPIENTS[a] ?? []) ?? [];
  return {
    youthStatement: guarded(
      'youth_statement',
      statement
        ? {
            text: statement.body,
            writtenOn: statement.sentAt.slice(0, 10),
            by: guarded('case_basics', statement.childName),
          }
        : null,
      shared,
    ),
    caregiverStatement: guarded(
      'caregiver_statement',
      report
        ? {
            text: [report.school, report.behaviour, report.familyTime, report.needs, report.forTheJudge]
              .map((x) => x.trim())
              .filter(Boolean)
              .join('\n\n'),
            writtenOn: report.submittedAt.slice(0, 10),
            by: guarded('caregiver_identity', report.caregiverName),
          }
        : null,
    ),
    caregiverHealth: report?.healthWithheld
      ? { guard: 'health', shown: false }
      : guarded('health', report?.health ?? null),
  };
}

function transitionOf(t: BenchTransitionChild): Pick<ReportChildSections, 'transition'> {
  const none = t.adulthood === null && t.homePlan === null;
  return {
    transition: guarded(
      'transition_plan',
      none
        ? null
        : {
            status: t.adulthood?.status ?? null,
            dueDate: t.adulthood?.dueDate ?? null,
            missingDocuments: t.adulthood?.missingExitDocuments ?? [],
            homePlan: t.homePlan?.status ?? null,
          },
    ),
  };
}

export async function loadReportSections(
  tx: Queryable,
  ctx: RequestContext,
  h: ReportHearingRow,
  children: { id: string; birthDate: string | null; givenName: string; familyName: string }[],
  classesOf: (childId: string) => SensitiveFieldClass[],
  today: string,
): Promise<Map<string, ReportChildSections>> {
  const ids = children.map((c) => c.id);
  const checklists = await loadChecklists(tx, ids);
  const contacts = new Map((await contactSummary(tx, ctx.actor, ids, today)).map((c) => [c.childId, c]));
  const education = new Map(
    (await educationSummary(tx, ctx.actor, ids, { today, rulePack: ctx.rulePack })).map((e) => [
      e.childId,
      e,
    ]),
  );
  const transition = new Map(
    (await transitionSummary(tx, ctx.actor, ids, today)).children.map((t) => [t.childId, t]),
  );
  const voices = await hearingVoices(tx, ctx.actor, h.id, { now: ctx.clock.now() });
  return new Map(
    children.map((c) => {
      const contact = contacts.get(c.id);
      const e = education.get(c.id);
      const t = transition.get(c.id);
      const sections: ReportChildSections = {
        ...sortConcerns(checklists, c, h, classesOf(c.id), today),
        ...(contact
          ? {
              contacts: guarded('visits', {
                lastFaceToFace: contact.lastFaceToFace,
                seenThisMonth: contact.seenThisMonth,
                monthsSeen: contact.lastSixMonths.seen,
                monthsDue: contact.lastSixMonths.due,
              }),
            }
          : {}),
        ...(e ? educationOf(e) : {}),
        ...voicesOf(voices, c.id),
        ...(t ? transitionOf(t) : {}),
      };
      return [c.id, sections];
    }),
  );
}
