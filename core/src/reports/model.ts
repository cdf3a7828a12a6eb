import type { SensitiveFieldClass } from '../access/sensitive.ts';
import type { ClockKind, ClockStatus, PacingFacts } from '../pacing/clocks.ts';
import type { IsoDate } from '../time/dates.ts';
import type { ReportFieldClass, ReportRecipient } from './redaction.ts';

/**
 * The court report model: what the agency's or the CASA volunteer's report for one hearing says, assembled
 * from the records (assemble.ts) and then redacted for one recipient (redact.ts). Every value that any
 * recipient might not see sits inside a `Guarded` naming its class, so redaction is one walk over the
 * model and a renderer cannot print a withheld value: it only ever receives `{ shown: false }`.
 */

export const REPORT_KINDS = ['agency', 'casa'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** A stored narrative's state: the author's draft, submitted to the court, approved by a supervisor. */
export const REPORT_STATUSES = ['draft', 'submitted', 'approved'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/**
 * A value of one field class: shown, or withheld from this copy. `sharedWith`: for a class its author
 * decides (the youth's statement), the recipients the author shared it with.
 */
export type Guarded<T> =
  | {
      readonly guard: ReportFieldClass;
      readonly shown: true;
      readonly value: T;
      readonly sharedWith?: readonly ReportRecipient[];
    }
  | { readonly guard: ReportFieldClass; readonly shown: false };

export function guarded<T>(
  guard: ReportFieldClass,
  value: T,
  sharedWith?: readonly ReportRecipient[],
): Guarded<T> {
  return sharedWith ? { guard, shown: true, value, sharedWith } : { guard, shown: true, value };
}

export type ReportClock = {
  kind: ClockKind;
  status: ClockStatus;
  dueDate: IsoDate | null;
  date: IsoDate | null;
  days: number | null;
  ofDays: number | null;
  metOn: IsoDate | null;
  citation: string | null;
  unconfirmed: boolean;
};

export type ReportPlacement = {
  setting: string;
  from: IsoDate;
  to: IsoDate | null;
  /** Who and where: the provider's name, its caregivers and their address. */
  caregiver: Guarded<{ provider: string | null; caregivers: string[]; address: string | null }>;
};

export type ReportRemoval = {
  removalDate: IsoDate;
  manner: string;
  reasons: string[];
  dischargeDate: IsoDate | null;
  dischargeReason: string | null;
};

/** Sections other slices (well-being, contacts, voice, education, transition) contribute, when present. */
/** A concern of the well-being checklist: its domain and item (words from the instrument), and the note. */
export type ReportConcern = { domain: string; itemId: string; note: string | null };
export type ReportWellbeing = {
  /** 'draft' or 'submitted': the checklist saved for this hearing. */
  status: string;
  submittedOn: IsoDate | null;
  concerns: ReportConcern[];
};
export type ReportContacts = {
  lastFaceToFace: IsoDate | null;
  seenThisMonth: boolean | null;
  monthsSeen: number;
  monthsDue: number;
};
export type ReportEducation = {
  school: string | null;
  schoolMoves: number;
  decisionMaker: string | null;
  daysAbsent: number | null;
  credits: { earned: number; expected: number } | null;
  flags: string[];
};
export type ReportStatement = {
  text: string;
  writtenOn: IsoDate | null;
  /** Who wrote it: for a caregiver's report, the caregiver's identity. */
  by: Guarded<string | null>;
};
export type ReportTransition = {
  status: string | null;
  dueDate: IsoDate | null;
  missingDocuments: string[];
  homePlan: string | null;
};

export type ReportChildSections = {
  wellbeing?: Guarded<ReportWellbeing | null>;
  /** Concerns the instrument keeps from the home. */
  wellbeingNotAtHome?: Guarded<ReportConcern[]>;
  /** Concerns of items of a sensitive class, one entry per class, always present. */
  wellbeingSensitive?: Record<SensitiveFieldClass, Guarded<ReportConcern[]>>;
  contacts?: Guarded<ReportContacts | null>;
  education?: Guarded<ReportEducation | null>;
  /** An IEP or 504 plan: health information. */
  specialEducation?: Guarded<{ planType: string; planDate: IsoDate; nextReviewOn: IsoDate | null } | null>;
  youthStatement?: Guarded<ReportStatement | null>;
  caregiverStatement?: Guarded<ReportStatement | null>;
  /** The health part of the caregiver's report. */
  caregiverHealth?: Guarded<string | null>;
  transition?: Guarded<ReportTransition | null>;
};

export type ReportChild = {
  id: string;
  givenName: string;
  familyName: string;
  age: number | null;
  inCare: boolean;
  currentPlacement: Guarded<ReportPlacement | null>;
  placementHistory: Guarded<ReportPlacement[]>;
  removals: Guarded<ReportRemoval[]>;
  findings: Guarded<{ type: string; isMade: boolean; date: IsoDate }[]>;
  permanency: Guarded<{
    plans: { kind: string; goal: string; since: IsoDate }[];
    enteredCare: IsoDate | null;
    daysInCare: number | null;
    clocks: ReportClock[];
  }>;
  visits: Guarded<{ date: IsoDate; location: string; faceToFace: boolean }[]>;
  /** One entry per sensitive class, always present (empty when there is nothing), so that a withheld
   *  class reads the same whether or not the records hold anything of it. */
  sensitive: Record<SensitiveFieldClass, Guarded<string[]>>;
  sections: ReportChildSections;
};

export type ReportParent = {
  name: string;
  role: string;
  contact: Guarded<{ address: string | null; phone: string | null; email: string | null }>;
};

export type ReportNarrative = {
  status: ReportStatus;
  updatedOn: IsoDate | null;
  observations: Guarded<string>;
  childWishes: Guarded<string>;
  recommendations: Guarded<string>;
};

/** A deadline the court should know of: a pacing clock overdue or due soon. */
export type ReportAttention = {
  childId: string;
  childName: string;
  kind: ClockKind;
  status: ClockStatus;
  dueDate: IsoDate | null;
  citation: string | null;
};

export type ReportModel = {
  kind: ReportKind;
  today: IsoDate;
  /** Visits and contacts are those of this period: since the last hearing held, up to this hearing. */
  period: { from: IsoDate; to: IsoDate };
  case: {
    petitionNumber: string;
    court: string;
    judge: string | null;
    filingDate: IsoDate;
    allegations: Guarded<string[]>;
  };
  hearing: {
    id: string;
    type: string;
    start: string;
    end: string;
    courtroom: string | null;
    status: string;
  };
  /** The caseworker (agency) or the CASA volunteer (CASA) who writes the report. */
  author: { name: string; role: string } | null;
  /** Agency: the supervisor who approves it. */
  supervisor: { name: string } | null;
  parents: Guarded<ReportParent[]>;
  children: ReportChild[];
  narrative: ReportNarrative | null;
  attention: Guarded<ReportAttention[]>;
};

// ----------------------------------------------------------------------------------- the facts in

export type ReportChildFacts = {
  id: string;
  givenName: string;
  familyName: string;
  birthDate: IsoDate | null;
  pacing: PacingFacts;
  removals: (ReportRemoval & { id: string })[];
  placements: {
    removalId: string;
    setting: string;
    start: IsoDate;
    end: IsoDate | null;
    provider: string | null;
    caregivers: string[];
    address: string | null;
  }[];
  plans: { kind: string; goal: string; established: IsoDate; ended: IsoDate | null }[];
  visits: { date: IsoDate; location: string; faceToFace: boolean }[];
  /** Only the sensitive facts the person generating the report may read (grant-gated by the server). */
  sensitive: { fieldClass: SensitiveFieldClass; summary: string }[];
  /** Already in the model's shape: other slices' loaders are mapped by the server. */
  sections: ReportChildSections;
};

export type ReportFacts = {
  kind: ReportKind;
  case: {
    petitionNumber: string;
    court: string;
    judge: string | null;
    filingDate: IsoDate;
    allegations: string[];
  };
  hearing: ReportModel['hearing'] & { date: IsoDate };
  /** The court-local date of the last hearing of the case held before this one. */
  priorHearingDate: IsoDate | null;
  author: { name: string; role: string } | null;
  supervisor: { name: string } | null;
  parents: {
    name: string;
    role: string;
    address: string | null;
    phone: string | null;
    email: string | null;
  }[];
  children: ReportChildFacts[];
  narrative: {
    status: ReportStatus;
    updatedOn: IsoDate | null;
    observations: string;
    childWishes: string;
    recommendations: string;
  } | null;
};
