import type {
  AdulthoodPlan,
  AdulthoodPlanBody,
  CreditCheck,
  DomainState,
  ExitDocument,
  ExitDocumentKind,
  ExitDocumentState,
  HomePlan,
  HomePlanBody,
  TeamMemberBody,
  TeamRelationship,
  TransitionPlanStatus,
  VisitStep,
} from '../../api/types.ts';
import type { FormValues } from '../../components/form/formValues.ts';
import { asFlag, asText } from '../../components/form/formValues.ts';

/** The exit documents in the order of SSA §475(5)(I). */
export const EXIT_DOCUMENTS: readonly ExitDocumentKind[] = [
  'birth_certificate',
  'social_security_card',
  'health_insurance_information',
  'medical_records',
  'state_id',
];
export const DOCUMENT_STATES: readonly ExitDocumentState[] = ['needed', 'requested', 'have', 'not_needed'];
export const DOMAIN_STATES: readonly DomainState[] = ['not_started', 'in_progress', 'in_place'];
export const TEAM_RELATIONSHIPS: readonly TeamRelationship[] = [
  'relative',
  'mentor',
  'teacher_or_coach',
  'friend_or_family_friend',
  'normalcy_advisor',
  'other_adult',
];
export const VISIT_STEPS: readonly VisitStep[] = [
  'supervised',
  'unsupervised',
  'overnight',
  'trial_home_visit',
];
export const DOMAINS = ['housing', 'education', 'employment'] as const;
/** Two members chosen by the youth at most (SSA §475(1)(B)): the form offers two rows. */
export const TEAM_ROWS = 2;

/**
 * The team rows the form shows: two, and one more for each member the agency did not accept (SSA
 * §475(1)(B): a rejected member stays on the record and the youth may choose someone else). Ticking
 * "not accepted" in the form opens the next row at once.
 */
export function teamRows(v: FormValues): number {
  let rejected = 0;
  let named = 0;
  for (const [key, value] of Object.entries(v)) {
    const m = /^team\.(\d+)\.(rejected|name)$/.exec(key);
    if (m?.[2] === 'rejected' && asFlag(value)) rejected++;
    // every member already written down keeps its row
    if (m?.[2] === 'name' && asText(value) !== '') named = Math.max(named, Number(m[1]) + 1);
  }
  return Math.min(Math.max(TEAM_ROWS + rejected, named), 10);
}

/** Colour of each plan status; the status is always written out too. */
export const STATUS_TAG: Record<TransitionPlanStatus, string> = {
  overdue: 'bg-error-dark text-white',
  due_soon: 'bg-warning text-ink',
  on_time: 'bg-base-lighter text-ink',
  done: 'bg-success-dark text-white',
};

/** How many rows of permanent connections the form shows: each named adult and one empty row. */
export const connectionRows = (plan: AdulthoodPlan['plan']): number =>
  Math.min((plan?.connections.length ?? 0) + 1, 8);

/** The form's values (by request-body path) from the plan as loaded, or blank for a first plan. */
export function planFormValues(plan: AdulthoodPlan['plan']): FormValues {
  const v: FormValues = {
    extendedCare: plan?.extendedCare ?? false,
    ninetyDayCompletedOn: plan?.ninetyDayCompletedOn ?? '',
    youthGoals: plan?.youthGoals.text ?? '',
    'newCredit.checkedOn': '',
    'newCredit.result': '',
  };
  for (const d of DOMAINS) {
    v[`${d}.state`] = plan?.domains[d].state ?? 'not_started';
    v[`${d}.notes`] = plan?.domains[d].notes ?? '';
  }
  for (const h of ['coverage', 'proxy'] as const) {
    v[`health.${h}.state`] = plan?.health?.[h].state ?? 'not_started';
    v[`health.${h}.notes`] = plan?.health?.[h].notes ?? '';
  }
  const team = plan?.team ?? [];
  for (let i = 0; i < Math.max(TEAM_ROWS, team.length); i++) {
    v[`team.${i}.name`] = team[i]?.name ?? '';
    v[`team.${i}.relationship`] = team[i]?.relationship ?? '';
    v[`team.${i}.rejected`] = !!team[i]?.rejected;
    v[`team.${i}.rejected.reason`] = team[i]?.rejected?.reason ?? '';
  }
  for (let i = 0; i < connectionRows(plan); i++) {
    v[`connections.${i}.name`] = plan?.connections[i]?.name ?? '';
    v[`connections.${i}.relationship`] = plan?.connections[i]?.relationship ?? '';
  }
  EXIT_DOCUMENTS.forEach((kind, i) => {
    const doc = plan?.exitDocuments.find((d) => d.kind === kind);
    v[`exitDocuments.${i}.state`] = doc?.state ?? 'needed';
    v[`exitDocuments.${i}.date`] = doc?.date ?? '';
  });
  return v;
}

const domainOf = (v: FormValues, key: string) => ({
  state: (asText(v[`${key}.state`]) || 'not_started') as DomainState,
  notes: asText(v[`${key}.notes`]).trim(),
});

/**
 * The request body from the form. Rows left empty are dropped; the credit checks already recorded are
 * kept and the new one added; the health class is sent only by a writer who could see it.
 */
export function planBody(v: FormValues, plan: AdulthoodPlan['plan'], withHealth: boolean): AdulthoodPlanBody {
  const team: TeamMemberBody[] = Array.from({ length: teamRows(v) }, (_, i) => ({
    name: asText(v[`team.${i}.name`]).trim(),
    relationship: (asText(v[`team.${i}.relationship`]) || 'other_adult') as TeamRelationship,
    personId: plan?.team[i]?.personId ?? null,
    rejected: asFlag(v[`team.${i}.rejected`])
      ? { reason: asText(v[`team.${i}.rejected.reason`]).trim() }
      : null,
  })).filter((m) => m.name !== '');
  const connections = Array.from({ length: connectionRows(plan) }, (_, i) => ({
    name: asText(v[`connections.${i}.name`]).trim(),
    relationship: asText(v[`connections.${i}.relationship`]).trim(),
    note: plan?.connections[i]?.note ?? '',
  })).filter((c) => c.name !== '');
  const exitDocuments: ExitDocument[] = EXIT_DOCUMENTS.map((kind, i) => ({
    kind,
    state: (asText(v[`exitDocuments.${i}.state`]) || 'needed') as ExitDocumentState,
    date: asText(v[`exitDocuments.${i}.date`]) || null,
  }));
  const creditChecks: CreditCheck[] = [...(plan?.creditChecks ?? [])];
  const newCheck = asText(v['newCredit.checkedOn']);
  if (newCheck)
    creditChecks.push({
      checkedOn: newCheck,
      result: (asText(v['newCredit.result']) || 'no_file') as CreditCheck['result'],
    });
  const body: AdulthoodPlanBody = {
    extendedCare: asFlag(v.extendedCare),
    ninetyDayCompletedOn: asText(v.ninetyDayCompletedOn) || null,
    housing: domainOf(v, 'housing'),
    education: domainOf(v, 'education'),
    employment: domainOf(v, 'employment'),
    connections,
    team,
    exitDocuments,
    creditChecks,
    youthGoals: asText(v.youthGoals).trim(),
  };
  if (withHealth)
    body.health = { coverage: domainOf(v, 'health.coverage'), proxy: domainOf(v, 'health.proxy') };
  return body;
}

const lines = (text: string): { name: string }[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((name) => ({ name }));

/** The home plan form's values: list fields as one line each, each visit step's dates by its step. */
export function homeFormValues(plan: HomePlan | null): FormValues {
  const v: FormValues = {
    complete: plan?.status === 'completed',
    services: (plan?.services ?? []).map((s) => s.name).join('\n'),
    safetyPlan: plan?.safetyPlan ?? '',
    aftercare: (plan?.aftercare ?? []).map((s) => s.name).join('\n'),
  };
  for (const step of VISIT_STEPS) {
    const stage = plan?.visits.find((s) => s.step === step);
    v[`visits.${step}.startDate`] = stage?.startDate ?? '';
    v[`visits.${step}.endDate`] = stage?.endDate ?? '';
  }
  return v;
}

/** The home plan body: the steps with a start date, in the ladder's order. */
export function homeBody(v: FormValues): HomePlanBody {
  return {
    status: asFlag(v.complete) ? 'completed' : 'draft',
    services: lines(asText(v.services)),
    safetyPlan: asText(v.safetyPlan).trim(),
    aftercare: lines(asText(v.aftercare)),
    visits: VISIT_STEPS.filter((s) => asText(v[`visits.${s}.startDate`]) !== '').map((step) => ({
      step,
      startDate: asText(v[`visits.${step}.startDate`]),
      endDate: asText(v[`visits.${step}.endDate`]) || null,
    })),
  };
}

/** A server problem at `visits.N` belongs to the Nth step sent: its start date field in this form. */
export function homeFieldOf(path: string, body: HomePlanBody): string | null {
  const m = /^visits\.(\d+)/.exec(path);
  if (!m) return null;
  const stage = body.visits[Number(m[1])];
  return stage ? `visits.${stage.step}.startDate` : 'visits.supervised.startDate';
}
