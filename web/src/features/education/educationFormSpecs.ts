import {
  ACTIVITY_CATEGORIES,
  BEST_INTEREST_DECISIONS,
  BID_DISPUTE_OUTCOMES,
  BID_FACTORS,
  DECISION_MAKER_AUTHORITIES,
  DECISION_MAKER_RELATIONSHIPS,
  ENROLLMENT_REASONS,
  SPECIAL_EDUCATION_PLAN_TYPES,
  TRANSPORT_PAYERS,
  TRANSPORT_PROVIDERS,
} from '@hearth/core';
import type { EducationRecord } from '../../api/types.ts';
import { asFlag, asList, asText, type FormValues } from '../../components/form/formValues.ts';
import type { checker } from '../../components/form/rules.ts';
import type { Option } from '../../components/form/SelectInput.tsx';
import type { educationEn } from '../../i18n/education.en.ts';
import type { EducationFormKind } from './educationPaths.ts';

export type Words = typeof educationEn;
type Check = ReturnType<typeof checker>;

/** One field of a form: its key is its path in the request body (`transport.provider`). */
export type FieldSpec =
  | { kind: 'legend'; key: string; label: string }
  | { kind: 'text' | 'textarea' | 'number'; key: string; label: string; hint?: string; optional?: boolean }
  | { kind: 'date'; key: string; label: string; hint?: string; optional?: boolean; past?: boolean }
  | {
      kind: 'select';
      key: string;
      label: string;
      hint?: string;
      optional?: boolean;
      options: Option[];
      boolean?: boolean;
    }
  | { kind: 'checkbox'; key: string; label: string; hint?: string }
  | { kind: 'checkboxes'; key: string; label: string; hint?: string; optional?: boolean; options: Option[] };

type Context = {
  record: EducationRecord | undefined;
  label: (date: string) => string;
  setting: (code: string) => string;
};

type Spec = {
  /** The part of the education record it posts to (normalcy forms post to their own). */
  part: string;
  title: (w: Words, name: string) => string;
  intro?: (w: Words) => string;
  submit: (w: Words) => string;
  initial: (today: string) => FormValues;
  fields: (w: Words, ctx: Context) => FieldSpec[];
  /** Checks across fields, and the body's final shape. */
  check?: (values: FormValues, check: Check) => void;
  shape?: (body: Record<string, unknown>, values: FormValues) => Record<string, unknown>;
};

const options = (codes: readonly string[], words: Record<string, string>): Option[] =>
  codes.map((c) => ({ value: c, label: words[c] ?? c }));

/** The roles a determination form asks names for; a name filled in means that person took part. */
export const PARTICIPANT_ROLES = ['child', 'parent', 'caregiver', 'school_district', 'caseworker'] as const;

/**
 * The request body from the form's values: empty optional fields left out, numbers and yes-or-no choices
 * as such, dotted keys as nested objects. Problems found on the way are recorded on `check`.
 */
export function buildBody(
  fields: FieldSpec[],
  values: FormValues,
  check: Check,
  today: string,
  numberProblem = 'Enter a number.',
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  const put = (key: string, value: unknown) => {
    const path = key.split('.');
    let at = body;
    for (const p of path.slice(0, -1)) at = (at[p] ??= {}) as Record<string, unknown>;
    at[path[path.length - 1]!] = value;
  };
  for (const f of fields) {
    if (f.kind === 'legend') continue;
    if (f.kind === 'checkbox') {
      put(f.key, asFlag(values[f.key]));
      continue;
    }
    if (f.kind === 'checkboxes') {
      const list = f.optional ? asList(values[f.key]) : check.some(f.key);
      put(f.key, list);
      continue;
    }
    const raw = asText(values[f.key]).trim();
    if (!raw) {
      if (!f.optional) check.fail(f.key, f.kind === 'select' ? 'choose' : 'required');
      continue;
    }
    if (f.kind === 'date') {
      const d = check.date(f.key, f.past ? { today } : {});
      if (d) put(f.key, d);
    } else if (f.kind === 'number') {
      const n = Number(raw);
      if (Number.isFinite(n)) put(f.key, n);
      else check.fail(f.key, { text: numberProblem });
    } else if (f.kind === 'select' && f.boolean) put(f.key, raw === 'true');
    else put(f.key, raw);
  }
  return body;
}

export const FORM_SPECS: Record<EducationFormKind, Spec> = {
  school: {
    part: 'schools',
    title: (w, name) => w.form.schoolTitle(name),
    intro: (w) => w.form.schoolIntro,
    submit: (w) => w.form.schoolSubmit,
    initial: (today) => ({ enrolledOn: today, reason: 'placement_change', isSchoolOfOrigin: false }),
    fields: (w) => [
      { kind: 'text', key: 'schoolName', label: w.form.schoolName },
      { kind: 'text', key: 'schoolDistrict', label: w.form.schoolDistrict, optional: true },
      { kind: 'date', key: 'enrolledOn', label: w.form.enrolledOn, past: false },
      {
        kind: 'select',
        key: 'reason',
        label: w.form.enrollReason,
        options: options(ENROLLMENT_REASONS, w.reason),
      },
      { kind: 'checkbox', key: 'isSchoolOfOrigin', label: w.form.isSchoolOfOrigin },
      {
        kind: 'date',
        key: 'recordsRequestedOn',
        label: w.form.recordsRequestedOn,
        optional: true,
        past: true,
      },
      {
        kind: 'date',
        key: 'previousExitedOn',
        label: w.form.previousExitedOn,
        hint: w.form.previousExitedOnHint,
        optional: true,
        past: true,
      },
    ],
  },
  bestInterest: {
    part: 'best-interest',
    title: (w, name) => w.form.bidTitle(name),
    intro: (w) => w.form.bidIntro,
    submit: (w) => w.form.bidSubmit,
    initial: (today) => ({ decidedOn: today, disputed: false }),
    fields: (w, ctx) => [
      {
        kind: 'select',
        key: 'placementId',
        label: w.form.placement,
        optional: true,
        options: [...(ctx.record?.placements ?? [])].reverse().map((p) => ({
          value: p.id,
          label: w.form.placementOption(ctx.label(p.startedOn), ctx.setting(p.setting)),
        })),
      },
      { kind: 'date', key: 'decidedOn', label: w.decidedOn, past: true },
      { kind: 'legend', key: 'participants-legend', label: w.form.participantsLegend },
      ...PARTICIPANT_ROLES.map((role): FieldSpec => ({
        kind: 'text',
        key: `participant.${role}`,
        label: w.form.participantName(w.participant[role] ?? role),
        optional: true,
      })),
      { kind: 'checkboxes', key: 'factors', label: w.form.factors, options: options(BID_FACTORS, w.factor) },
      {
        kind: 'select',
        key: 'decision',
        label: w.form.decision,
        options: options(BEST_INTEREST_DECISIONS, w.decision),
      },
      { kind: 'checkbox', key: 'disputed', label: w.form.disputed },
      {
        kind: 'select',
        key: 'disputeOutcome',
        label: w.form.disputeOutcomeLabel,
        optional: true,
        options: options(BID_DISPUTE_OUTCOMES, w.disputeOutcome),
      },
      { kind: 'textarea', key: 'notes', label: w.form.bidNotes, optional: true },
      { kind: 'legend', key: 'transport-legend', label: w.form.transportLegend },
      {
        kind: 'select',
        key: 'transport.provider',
        label: w.form.transportProvider,
        optional: true,
        options: options(TRANSPORT_PROVIDERS, w.provider),
      },
      {
        kind: 'select',
        key: 'transport.payer',
        label: w.form.transportPayer,
        optional: true,
        options: options(TRANSPORT_PAYERS, w.payer),
      },
      { kind: 'date', key: 'transport.startsOn', label: w.form.transportStartsOn, optional: true },
      { kind: 'text', key: 'transport.notes', label: w.form.transportNotes, optional: true },
    ],
    check: (values, check) => {
      if (PARTICIPANT_ROLES.every((r) => !asText(values[`participant.${r}`]).trim()))
        check.fail('participant.child', 'required');
      // A transport plan is all three parts or none; staying in the school of origin needs one.
      const parts = ['transport.provider', 'transport.payer', 'transport.startsOn'];
      const given = parts.filter((k) => asText(values[k]).trim());
      const needed = asText(values.decision) === 'stay_in_school_of_origin';
      if (given.length > 0 || needed)
        for (const k of parts)
          if (!asText(values[k]).trim()) check.fail(k, k.endsWith('On') ? 'required' : 'choose');
    },
    shape: (body, values) => {
      const { participant: _participant, ...rest } = body as Record<string, unknown> & {
        participant?: unknown;
      };
      const participants = PARTICIPANT_ROLES.map((role) => ({
        role,
        name: asText(values[`participant.${role}`]).trim(),
      })).filter((p) => p.name);
      return { ...rest, participants };
    },
  },
  decisionMaker: {
    part: 'decision-makers',
    title: (w, name) => w.form.makerTitle(name),
    intro: (w) => w.form.makerIntro,
    submit: (w) => w.form.makerSubmit,
    initial: (today) => ({ since: today }),
    fields: (w) => [
      { kind: 'text', key: 'name', label: w.form.makerName },
      {
        kind: 'select',
        key: 'relationship',
        label: w.form.relationshipLabel,
        options: options(DECISION_MAKER_RELATIONSHIPS, w.relationship),
      },
      {
        kind: 'select',
        key: 'authority',
        label: w.authorityLabel,
        options: options(DECISION_MAKER_AUTHORITIES, w.authority),
      },
      { kind: 'text', key: 'authorityReference', label: w.form.authorityReference, optional: true },
      { kind: 'date', key: 'since', label: w.form.since, past: true },
    ],
  },
  plan: {
    part: 'special-education',
    title: (w, name) => w.form.planTitle(name),
    intro: (w) => w.form.planIntro,
    submit: (w) => w.form.planSubmit,
    initial: () => ({}),
    fields: (w) => [
      {
        kind: 'select',
        key: 'planType',
        label: w.form.planTypeLabel,
        options: options(SPECIAL_EDUCATION_PLAN_TYPES, w.planType),
      },
      { kind: 'date', key: 'planDate', label: w.form.planDate, past: true },
      {
        kind: 'date',
        key: 'nextReviewOn',
        label: w.form.nextReviewOn,
        hint: w.form.nextReviewHint,
        optional: true,
      },
      { kind: 'text', key: 'disabilityCategory', label: w.form.disabilityCategory, optional: true },
      { kind: 'textarea', key: 'notes', label: w.form.planNotes, optional: true },
    ],
  },
  attendance: {
    part: 'attendance',
    title: (w, name) => w.form.attendanceTitle(name),
    submit: (w) => w.form.attendanceSubmit,
    initial: () => ({}),
    fields: (w) => [
      { kind: 'text', key: 'term', label: w.form.termName, hint: w.form.termNameHint },
      { kind: 'date', key: 'termStart', label: w.form.termStart, past: true },
      { kind: 'date', key: 'termEnd', label: w.form.termEnd },
      { kind: 'number', key: 'daysAbsent', label: w.form.daysAbsent },
      { kind: 'number', key: 'daysEnrolled', label: w.form.daysEnrolled, optional: true },
    ],
  },
  credits: {
    part: 'credits',
    title: (w, name) => w.form.creditsTitle(name),
    submit: (w) => w.form.creditsSubmit,
    initial: (today) => ({ asOf: today }),
    fields: (w) => [
      { kind: 'date', key: 'asOf', label: w.form.asOf, past: true },
      { kind: 'number', key: 'grade', label: w.form.grade },
      { kind: 'number', key: 'earned', label: w.form.earned },
      { kind: 'number', key: 'expected', label: w.form.expected, hint: w.form.expectedHint, optional: true },
    ],
  },
  advocate: {
    part: 'advocates',
    title: (w, name) => w.form.advocateTitle(name),
    submit: (w) => w.form.advocateSubmit,
    initial: (today) => ({ since: today }),
    fields: (w) => [
      { kind: 'text', key: 'name', label: w.form.advocateName },
      { kind: 'text', key: 'organization', label: w.form.organization, optional: true },
      { kind: 'text', key: 'phone', label: w.form.phone, optional: true },
      { kind: 'text', key: 'email', label: w.form.email, optional: true },
      { kind: 'date', key: 'since', label: w.form.since, past: true },
    ],
  },
  decision: {
    part: 'decisions',
    title: (w, name) => w.form.decisionTitle(name),
    intro: (w) => w.form.decisionIntro,
    submit: (w) => w.form.decisionSubmit,
    initial: (today) => ({ decidedOn: today }),
    fields: (w) => [
      {
        kind: 'select',
        key: 'category',
        label: w.form.categoryLabel,
        options: options(ACTIVITY_CATEGORIES, w.category),
      },
      { kind: 'text', key: 'activity', label: w.form.activityLabel, hint: w.form.activityHint },
      { kind: 'date', key: 'decidedOn', label: w.form.decidedOnLabel, past: true },
      {
        kind: 'select',
        key: 'approved',
        label: w.form.approvedLabel,
        boolean: true,
        options: [
          { value: 'true', label: w.form.approvedYes },
          { value: 'false', label: w.form.approvedNo },
        ],
      },
      {
        kind: 'text',
        key: 'decidedBy',
        label: w.form.decidedByLabel,
        hint: w.form.decidedByHint,
        optional: true,
      },
      { kind: 'textarea', key: 'notes', label: w.form.decisionNotes, optional: true },
    ],
  },
  conversation: {
    part: 'conversations',
    title: (w, name) => w.form.conversationTitle(name),
    submit: (w) => w.form.conversationSubmit,
    initial: (today) => ({ heldOn: today }),
    fields: (w) => [
      { kind: 'date', key: 'heldOn', label: w.form.heldOn, past: true },
      { kind: 'textarea', key: 'wants', label: w.form.wantsLabel },
      { kind: 'textarea', key: 'barriers', label: w.form.barriersLabel, optional: true },
      { kind: 'textarea', key: 'followUp', label: w.form.followUpLabel, optional: true },
      { kind: 'date', key: 'followUpBy', label: w.form.followUpByLabel, optional: true },
    ],
  },
};
