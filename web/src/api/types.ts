// The shapes the API answers (see /api/openapi.json and server/src/*/*.dto.ts).
import type { Role } from '@hearth/core';

export type Page = { limit: number; offset: number; nextOffset: number | null };
export type List<T> = { items: T[]; page: Page };

export type Me = {
  accountId: string;
  displayName: string;
  email: string;
  roles: { role: Role; label: string }[];
  preferredLanguage: string;
  csrfToken: string;
};

export type NextHearing = { type: string; start: string } | null;

export type CaseSummary = {
  id: string;
  petitionNumber: string;
  filingDate: string;
  status: string;
  courtName: string;
  judgeName: string | null;
  childCount: number;
  nextHearing: NextHearing;
};

export type CaseDetail = {
  id: string;
  petitionNumber: string;
  filingDate: string;
  allegations: string[];
  status: string;
  closedDate: string | null;
  court: { id: string; name: string };
  judge: { id: string; name: string } | null;
  version: number;
  children: {
    id: string;
    givenName: string;
    familyName: string;
    birthDate: string | null;
    /** This case's removal episodes: only for readers of the child's history (absent otherwise). */
    removals?: CaseRemoval[];
    permanencyPlans?: ChildPlan[];
  }[];
  participants: Participant[];
  hearings: Hearing[];
  orders: Order[];
};

export type Participant = {
  id: string;
  caseRole: string;
  isParty: boolean;
  name: string;
  childId: string | null;
  startDate: string;
  endDate: string | null;
};

export type Hearing = {
  id: string;
  type: string;
  start: string;
  end: string;
  status: string;
  result: string | null;
  continuanceReason: string | null;
  judgeName: string | null;
  courtroom: string | null;
};

export type Finding = { childId: string; type: string; isMade: boolean; date: string; detail: string | null };
export type Order = {
  id: string;
  type: string;
  signedDate: string;
  hearingId: string | null;
  findings: Finding[];
};

export type ChildSummary = {
  id: string;
  givenName: string;
  familyName: string;
  birthDate: string | null;
  age: number | null;
  nextHearing: NextHearing;
};

export type Account = {
  id: string;
  email: string;
  displayName: string;
  active: boolean;
  roles: Role[];
  createdAt: string;
};

export type ChildPlacement = {
  id: string;
  setting: string;
  providerName: string | null;
  startDate: string;
  endDate: string | null;
};

export type ChildRemoval = {
  id: string;
  caseId: string | null;
  removalDate: string;
  removalManner: string;
  removalReasons: string[];
  adjudicationDate: string | null;
  dateEnteredFosterCare: string;
  dischargeDate: string | null;
  dischargeReason: string | null;
  version: number;
  placements: ChildPlacement[];
};

export type ChildPlan = {
  id: string;
  planKind: string;
  goal: string;
  establishedDate: string;
  endedDate: string | null;
};

export type ChildFinding = { type: string; isMade: boolean; date: string; orderId: string };

export type ChildHearing = { id: string; type: string; start: string; courtroom: string | null };

/** GET /api/v1/children/:id. A `basic` view leaves out the history sections (absent, not empty). */
export type ChildRecord = {
  id: string;
  givenName: string;
  familyName: string;
  birthDate: string | null;
  age: number | null;
  sex: string | null;
  primaryLanguage: string;
  county: string | null;
  version: number;
  view: 'full' | 'basic';
  currentPlacement: ChildPlacement | null;
  upcomingHearings: ChildHearing[];
  cases?: { id: string; petitionNumber: string; status: string }[];
  removals?: ChildRemoval[];
  permanencyPlans?: ChildPlan[];
  findings?: ChildFinding[];
  sensitive: Record<string, { summary: string; recordedAt: string }[]>;
  sensitiveWithheld: string[];
};

// The forms: what they send, and the reference lists they choose from (server/src/*/*.dto.ts).
export type Created = { id: string };

export type CourtOption = {
  id: string;
  name: string;
  courtrooms: { id: string; name: string }[];
  judges: { id: string; name: string }[];
};
export type ProviderOption = { id: string; name: string; kind: string; licensed: boolean };

export type NewChildBody = {
  givenName: string;
  familyName: string;
  birthDate: string;
  sex?: string;
  primaryLanguage?: string;
  county?: string;
};

export type OpenCaseBody = {
  petitionNumber: string;
  courtId: string;
  filingDate: string;
  allegations: string[];
  assignedJudgeId?: string;
  children: NewChildBody[];
};

export type UpdateCaseBody = Partial<{
  allegations: string[];
  assignedJudgeId: string | null;
  status: string;
  closedDate: string | null;
}>;

export type UpdateChildBody = Partial<{
  givenName: string;
  familyName: string;
  birthDate: string;
  sex: string;
  primaryLanguage: string;
  county: string | null;
}>;

export type RecordRemovalBody = {
  caseId: string;
  removalDate: string;
  removalManner: string;
  removalReasons: string[];
  removalEnvironment?: string;
};

export type UpdateRemovalBody = Partial<{
  adjudicationDate: string | null;
  dischargeDate: string | null;
  dischargeReason: string | null;
}>;

export type RecordPlacementBody = {
  setting: string;
  providerId?: string;
  startDate: string;
  endDate?: string;
  outOfState?: boolean;
  /** A trial home visit without a completed transition home plan: the court order allowing it. */
  courtOrderId?: string;
};

export type ScheduleHearingBody = AcceptConflicts & {
  hearingType: string;
  scheduledStart: string;
  scheduledEnd: string;
  courtroomId?: string;
};

export type RecordOrderBody = {
  orderType: string;
  signedDate: string;
  hearingId?: string;
  findings: { childId: string; findingType: string; isMade: boolean }[];
};

// Administration (users, roles, sensitive-field grants) and the Data page.
export type NewAccountBody = {
  email: string;
  displayName: string;
  password: string;
  roles: Role[];
  preferredLanguage: 'en' | 'es';
};

/** `fieldClass` may be left out, for the server to name it as missing next to the field. */
export type SensitiveGrantBody = { accountId: string; fieldClass?: string; reason: string };

/** GET /api/v1/data/summary: counts of the district's data as of the court-local `asOf` day. */
export type DataSummary = {
  asOf: string;
  openCases: number;
  childrenInCare: number;
  removalsThisYear: number;
  hearingsThisMonth: number;
};

/** GET /api/v1/search: why an item was found, and how closely (1 is exact). */
export type SearchMatch = 'name' | 'birthDate' | 'petitionNumber';

export type SearchChildHit = {
  kind: 'child';
  id: string;
  givenName: string;
  familyName: string;
  birthDate: string | null;
  /** Only the petitions of cases the viewer may open; none for a caregiver or a youth. */
  petitionNumbers: string[];
  matched: SearchMatch;
  score: number;
};

export type SearchCaseHit = {
  kind: 'case';
  id: string;
  petitionNumber: string;
  status: string;
  courtName: string;
  children: { givenName: string; familyName: string }[];
  matched: SearchMatch;
  score: number;
};

/** Someone on a case (a parent, a relative, a caregiver, a professional), once per case they are on. */
export type SearchPersonHit = {
  kind: 'person';
  id: string;
  givenName: string;
  familyName: string;
  birthDate: string | null;
  /** `caseRole` codes (their words: core/src/words/code-labels.*.ts). */
  caseRoles: string[];
  case: { id: string; petitionNumber: string };
  matched: SearchMatch;
  score: number;
};

export type SearchHit = SearchChildHit | SearchCaseHit | SearchPersonHit;

// The work pages: the case timeline, due items, the people on a child's case.
export type CaseRemoval = {
  id: string;
  removalDate: string;
  adjudicationDate: string | null;
  dateEnteredFosterCare: string;
  dischargeDate: string | null;
  dischargeReason: string | null;
  placements: { id: string; setting: string; startDate: string; endDate: string | null }[];
};

export type DueItem = {
  kind:
    | 'caseworkerVisit'
    | 'permanencyHearing'
    | 'trialHomeVisit'
    | 'fifteenOfTwentyTwo'
    | 'courtReport'
    | 'transitionPlan'
    | 'creditReport';
  status: 'overdue' | 'dueSoon' | 'upcoming';
  dueDate: string;
  citation: string;
  unconfirmed: boolean;
  hearingType: string | null;
  child: { id: string; givenName: string; familyName: string };
  case: { id: string; petitionNumber: string };
};
export type DueItems = { today: string; items: DueItem[] };

export type PersonOnCase = {
  role: 'judge' | 'caseworker' | 'guardian_ad_litem' | 'youth_attorney' | 'casa_volunteer';
  name: string;
  email: string | null;
  phone: string | null;
};

// Calendar feeds: the account's private iCalendar subscription address.
export type CalendarFeed = { url: string; createdAt: string };

// Dockets: a judge's or a courtroom's hearings by day (server/src/dockets/docket.dto.ts).
export type DocketSubjectKind = 'judge' | 'courtroom';
export type DocketHearing = {
  id: string;
  start: string;
  end: string;
  minutes: number;
  /** The usual length of its type (calendar rules); `shorter` when this one is set for less. */
  usual: { minutes: number; shorter: boolean; citation: string; unconfirmed: boolean } | null;
  /** `hearingStatus` codes. */
  status: string;
  /** Another judge's hearing in a room you may see: its time, judge and room only. */
  withheld: boolean;
  hearingType: string | null;
  judge: { id: string; name: string } | null;
  courtroom: { id: string; name: string } | null;
  case: { id: string; petitionNumber: string } | null;
  /** Children by initials (`role: 'child'`), then parties and caregivers by name (`caseRole` codes). */
  expected: { role: string; name: string; isChild: boolean }[];
  interpreters: { language: string; for: string[]; assigned: boolean }[];
  overlaps: {
    hearingId: string;
    start: string;
    end: string;
    sharing: ('judge' | 'courtroom')[];
    petitionNumber: string | null;
    judge: string | null;
    courtroom: string | null;
  }[];
};
export type DocketDay = {
  date: string;
  start: string;
  end: string;
  hearings: DocketHearing[];
  gaps: { start: string; end: string; minutes: number }[];
};
export type Docket = {
  subject: { kind: DocketSubjectKind; id: string; name: string; court: string };
  timeZone: string;
  from: string;
  to: string;
  days: DocketDay[];
  counts: { hearings: number; overlapping: number; interpreters: number };
};
export type DocketChoice = { id: string; name: string; court: string };
export type DocketChoices = {
  judges: DocketChoice[];
  courtrooms: DocketChoice[];
  preferred: { kind: DocketSubjectKind; id: string } | null;
};

// Pacing permanency: a child's clocks, the at-risk list and benchmark reviews (server/src/pacing/*.dto.ts).
import type {
  BenchmarkAnswer,
  BenchmarkOutcome,
  BenchmarkStatus,
  ClockKind,
  ClockNote,
  ClockStatus,
} from '@hearth/core';
export type TprExceptionRecord = {
  removalId: string;
  reason: string;
  documentedDate: string;
  note: string | null;
};
export type PacingClock = {
  kind: ClockKind;
  status: ClockStatus;
  dueDate: string | null;
  since: string | null;
  date: string | null;
  days: number | null;
  ofDays: number | null;
  metOn: string | null;
  scheduledOn: string | null;
  missed: boolean;
  ineligibleFrom: string | null;
  exception: TprExceptionRecord | null;
  notes: ClockNote[];
  citation: string | null;
  unconfirmed: boolean;
  atRisk: boolean;
};
export type ChildClocks = {
  today: string;
  childId: string;
  removalId: string | null;
  caseId: string | null;
  soonDays: number;
  clocks: PacingClock[];
};
export type AtRiskChild = {
  child: { id: string; givenName: string; familyName: string };
  case: { id: string; petitionNumber: string } | null;
  clocks: Pick<PacingClock, 'kind' | 'status' | 'dueDate' | 'citation' | 'unconfirmed'>[];
};
export type AtRisk = { today: string; soonDays: number; children: AtRiskChild[] };
export type TprExceptionBody = { reason: string; documentedDate: string; removalId?: string; note?: string };
export type BenchmarkAnswers = Record<string, { answer?: BenchmarkAnswer; note?: string }>;
export type BenchmarkReview = {
  id: string | null;
  child: { id: string; givenName: string; familyName: string };
  checkpoint: string;
  status: BenchmarkStatus;
  dueDate: string;
  anchorDate: string;
  hearingId: string | null;
  recorded: {
    reviewDate: string;
    answers: BenchmarkAnswers;
    outcome: BenchmarkOutcome;
    outcomeNote: string | null;
    recordedBy: string;
    recordedAt: string;
  } | null;
};
export type BenchmarkReviews = {
  today: string;
  caseId: string;
  petitionNumber: string;
  checklist: { code: string; prompt: string; answer: 'assessment' | 'text' }[];
  answers: BenchmarkAnswer[];
  outcomes: BenchmarkOutcome[];
  citation: string;
  unconfirmed: boolean;
  reviews: BenchmarkReview[];
};
export type RecordBenchmarkReviewBody = {
  childId: string;
  checkpoint: string;
  anchorDate: string;
  reviewDate: string;
  answers: BenchmarkAnswers;
  outcome: string;
  outcomeNote?: string;
};

// Notices of hearings (appended, as the shared files are edited by several features at once).
export type NoticeRole =
  | 'parent'
  | 'indian_custodian'
  | 'tribe'
  | 'youth'
  | 'parent_attorney'
  | 'youth_attorney'
  | 'guardian_ad_litem'
  | 'agency_attorney'
  | 'caseworker'
  | 'casa_volunteer'
  | 'caregiver';
export type NoticeChannel = 'email' | 'mail' | 'registered_mail';
export type NoticeLanguage = 'en' | 'es';
export type DeliveryStatus = 'sending' | 'sent' | 'failed' | 'not_sent' | 'ready_to_mail' | 'no_address';
export type ServiceMethod =
  'email' | 'first_class_mail' | 'registered_mail' | 'certified_mail' | 'personal' | 'in_court';
export type HearingNotice = {
  id: string;
  recipient: { personId: string; name: string; organization: string | null };
  role: NoticeRole;
  channel: NoticeChannel;
  language: NoticeLanguage;
  icwa: boolean;
  sentAt: string;
  sentBy: string | null;
  delivery: { status: DeliveryStatus; detail: string | null; smtpMessageId: string | null };
  pdf: { sha256: string } | null;
  proof: {
    method: ServiceMethod;
    servedDate: string;
    servedBy: string | null;
    returnReceiptDate: string | null;
  } | null;
  additionalDaysRequested: number;
  version: number;
};
export type NoticeLog = {
  hearing: {
    id: string;
    caseId: string;
    petitionNumber: string;
    type: string;
    start: string;
    end: string;
    status: string;
    courtName: string;
    courtroom: string | null;
    judgeName: string | null;
    upcoming: boolean;
  };
  mailServer: boolean;
  icwa: {
    status: 'applies' | 'reasonToKnow' | 'notIndianChild' | 'unknown';
    gated: boolean;
    earliestHearingDate: string | null;
    tooEarly: boolean;
    estimated: boolean;
    citation: string;
    periods: {
      personId: string;
      name: string;
      role: string;
      receivedOn: string;
      estimated: boolean;
      additionalDays: number;
      earliestHearingDate: string;
    }[];
  };
  recipients: {
    personId: string;
    name: string;
    organization: string | null;
    role: NoticeRole;
    channel: NoticeChannel;
    language: NoticeLanguage;
    icwa: boolean;
    hasMailingAddress: boolean;
    citation: string;
    lastSentAt: string | null;
  }[];
  warnings: { code: 'icwaNoTribe' | 'noMailingAddress'; personId: string | null; citation: string }[];
  notices: HearingNotice[];
};

/** A case's schedule (advance calendaring): each hearing with its deadline, time and the rule that set it. */
export type CaseSchedule = {
  caseId: string;
  rulePack: { id: string; name: string; fictitious: boolean };
  docket: string;
  judge: { id: string; name: string } | null;
  lastRun: {
    reason: string;
    computedAt: string;
    placed: number;
    moved: number;
    vacated: number;
    late: number;
  } | null;
  hearings: ScheduledHearing[];
};

export type ScheduledHearing = {
  id: string;
  hearingType: string;
  step: string | null;
  status: string;
  start: string;
  end: string;
  proposed: boolean;
  deadline: string | null;
  late: boolean;
  ruleId: string | null;
  citation: string | null;
  unconfirmed: boolean;
  within: { amount: number; unit: 'days' | 'court_days' | 'months' } | null;
  anchor: { kind: string; date: string; estimated: boolean } | null;
  explanation: string | null;
  interpreterLanguages: string[];
  courtroom: string | null;
  judgeName: string | null;
};

// Moving and continuing hearings, and calendar conflicts (server/src/hearings/continuance.dto.ts).
export type HearingDetail = {
  id: string;
  caseId: string;
  petitionNumber: string;
  hearingType: string;
  start: string;
  end: string;
  status: string;
  courtId: string;
  judge: { id: string; name: string } | null;
  courtroom: { id: string; name: string } | null;
  deadlineDate: string | null;
  continuance: { requestedBy: string | null; reason: string | null } | null;
  version: number;
};

/** A span of time as ISO instants. */
export type TimeSlot = { start: string; end: string };

/** One double-booking in a 409 answer: what is taken, and by which hearing (no child is named). */
export type CalendarConflict = {
  resource: {
    kind: 'judge' | 'courtroom' | 'professional' | 'interpreter';
    name: string;
    role: string | null;
    language: string | null;
    interpreters: number | null;
  };
  hearing: {
    id: string;
    caseId: string;
    petitionNumber: string;
    hearingType: string;
    start: string;
    end: string;
  };
};

/** The members of a 409 conflict answer (problem+json). */
export type ConflictAnswer = {
  conflicts: CalendarConflict[];
  offers: TimeSlot[];
  deadline: { date: string | null; offersMeetIt: boolean };
};

/** Set a hearing over its conflicts, knowingly: the reason is audited. */
export type AcceptConflicts = { acceptConflicts?: boolean; acceptConflictsReason?: string };

export type MoveHearingBody = AcceptConflicts & {
  scheduledStart: string;
  scheduledEnd: string;
  courtroomId?: string | null;
};

export type ContinueHearingBody = AcceptConflicts & {
  requestedBy: string;
  reason: string;
  note?: string;
  newStart?: string;
  newEnd?: string;
};

export type DeadlineEffect = {
  date: string | null;
  daysPast: number | null;
  missed: boolean;
  citation: string;
  unconfirmed: boolean;
};

export type ContinuanceResult = {
  id: string;
  continuedHearingId: string;
  newHearing: { id: string; start: string; end: string; courtroom: { id: string; name: string } | null };
  requestedBy: string;
  reason: string;
  daysAdded: number;
  deadline: DeadlineEffect;
  conflictsAccepted: boolean;
};

// Court performance measures and hearing attendance (server/src/court-measures).
export type MeasureGrouping = 'court' | 'judge';
export type TimeMeasureKey =
  'adjudication' | 'disposition' | 'first_permanency_hearing' | 'tpr_order' | 'permanency';
/** A shown figure: null when suppressed (a small count, or what would give one back). */
export type ShownRatio = { numerator: number | null; denominator: number | null; rate: number | null };
export type ShownTime = {
  count: number | null;
  median: number | null;
  p90: number | null;
  withinTarget: number | null;
  withinRate: number | null;
};
export type MeasuresRow = {
  key: string | null;
  label: string;
  total: boolean;
  time: Record<TimeMeasureKey, ShownTime>;
  hearingsOnTime: ShownRatio;
  continuances: ShownRatio & { byReason: Record<string, number | null> };
  parentsPresent: ShownRatio;
  parentsRepresented: ShownRatio;
  youthAttending: ShownRatio;
  youthRemote: ShownRatio;
  youthExcused: ShownRatio;
  judgesPerCase: ShownRatio & { mean: number | null };
};
export type MeasureTarget = {
  amount: number;
  unit: 'days' | 'months';
  citation: string;
  unconfirmed: boolean;
};
export type CourtMeasures = {
  period: { start: string; end: string };
  by: MeasureGrouping;
  threshold: number;
  targets: Record<TimeMeasureKey, MeasureTarget>;
  youthAge: number;
  rows: MeasuresRow[];
};
export type AttendanceStatus = 'in_person' | 'remote' | 'excused' | 'absent';
export type AttendancePerson = {
  personId: string;
  name: string;
  role: string;
  age: number | null;
  attendance: AttendanceStatus | null;
  represented: boolean | null;
};
export type HearingAttendance = {
  hearingId: string;
  caseId: string;
  petitionNumber: string;
  hearingType: string;
  start: string;
  date: string;
  status: string;
  open: boolean;
  recorded: boolean;
  people: AttendancePerson[];
  version: number;
};
export type RecordAttendanceBody = {
  entries: { personId: string; attendance: AttendanceStatus; represented?: boolean }[];
};

// The outcome-indicator dashboard (server/src/cqi/cqi.dto.ts).
import type { IndicatorKey } from '@hearth/core';
export type CqiBetter = 'higher' | 'lower';
export type CqiPeriod = { start: string; end: string; fiscalYear: number | null };
export type CqiReferenceValue = {
  indicator: IndicatorKey;
  measure: 'round3_standard' | 'round4_performance' | 'federal_target' | 'federal_target_residence';
  value: number | null;
  better: CqiBetter;
  status: 'sourced' | 'unverified';
  source: string;
  version: number;
  own: boolean;
};
export type CqiResidence = { numerator: number | null; denominator: number | null; value: number | null };
export type CqiFigure = {
  key: IndicatorKey;
  numerator: number;
  denominator: number;
  value: number | null;
  complete: boolean;
  residence?: CqiResidence;
};
export type CqiExtent = { latestDate: string | null; childrenLeftOut: number; defaultPeriodStart: string };
export type CqiIndicators = CqiExtent & {
  period: CqiPeriod;
  indicators: (CqiFigure & {
    better: CqiBetter;
    excluded: number;
    reference: CqiReferenceValue | null;
    onBetterSide: boolean | null;
  })[];
};
export type CqiTrend = CqiExtent & {
  periods: { period: CqiPeriod; indicators: CqiFigure[] }[];
  references: CqiReferenceValue[];
};
export type EquityDimension = 'race_ethnicity' | 'age_group' | 'sex' | 'county';
export type CqiShownFigure = {
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  residence?: CqiResidence;
  suppressed: boolean;
};
export type CqiEquity = CqiExtent & {
  period: CqiPeriod;
  by: EquityDimension;
  indicators: {
    key: IndicatorKey;
    better: CqiBetter;
    whole: CqiShownFigure;
    groups: { group: string; figure: CqiShownFigure; disparity: number | null; worse: boolean | null }[];
  }[];
};
export type CqiDrillPart = 'numerator' | 'denominator' | 'excluded';
export type CqiChildren = {
  period: CqiPeriod;
  indicator: IndicatorKey;
  part: CqiDrillPart;
  group: { by: EquityDimension; value: string } | null;
  total: { children: number | null; figure: number | null };
  withheld: number | null;
  items: {
    id: string;
    givenName: string;
    familyName: string;
    afcarsId: string;
    age: number;
    figure: number;
    residence?: number;
    excluded?: string;
  }[];
  page: { limit: number; offset: number; nextOffset: number | null };
};

// Transition plans (issue 6): the plan to adulthood (SSA §475(5)(H), (I)) and the transition home plan.
export type TransitionPlanStatus = 'on_time' | 'due_soon' | 'overdue' | 'done';
export type HomePlanStatus = 'none' | 'draft' | 'completed';
export type ExitDocumentKind =
  | 'birth_certificate'
  | 'social_security_card'
  | 'health_insurance_information'
  | 'medical_records'
  | 'state_id';
/** The judge's bench view section (server/src/transition/transition.bench.ts). */
export type BenchTransition = {
  children: {
    childId: string;
    givenName: string;
    familyName: string;
    adulthood: null | {
      hasPlan: boolean;
      status: TransitionPlanStatus;
      dueDate: string;
      missingExitDocuments: ExitDocumentKind[];
      exitDocumentsRequired: boolean;
    };
    homePlan: null | { status: HomePlanStatus; updatedAt: string | null };
  }[];
};
export type DomainState = 'not_started' | 'in_progress' | 'in_place';
export type TransitionDomain = { state: DomainState; notes: string };
export type ExitDocumentState = 'needed' | 'requested' | 'have' | 'not_needed';
export type ExitDocument = { kind: ExitDocumentKind; state: ExitDocumentState; date: string | null };
export type TeamRelationship =
  'relative' | 'mentor' | 'teacher_or_coach' | 'friend_or_family_friend' | 'normalcy_advisor' | 'other_adult';
/**
 * A youth-chosen member as read. `rejected`: the agency did not accept them for good cause (SSA
 * §475(1)(B)); `reason` is null for the youth reading their own plan (the server withholds it).
 */
export type TeamMember = {
  name: string;
  relationship: TeamRelationship;
  personId: string | null;
  rejected: { reason: string | null; on: string; byRole: string } | null;
};
/** A member as written: the agency's good cause only; the server stamps the day and role. */
export type TeamMemberBody = Omit<TeamMember, 'rejected'> & { rejected: { reason: string } | null };
export type Connection = { name: string; relationship: string; note: string };
export type CreditCheck = { checkedOn: string; result: 'no_file' | 'clean' | 'issues_found' };
export type TransitionHealth = { coverage: TransitionDomain; proxy: TransitionDomain };
export type NinetyDayElement =
  'housing' | 'healthInsurance' | 'education' | 'mentorsAndSupport' | 'employment' | 'healthCareProxy';
export type AdulthoodPlan = {
  childId: string;
  applies: boolean;
  schedule: null | {
    exitDate: string;
    dueDate: string;
    status: TransitionPlanStatus;
    exitDocumentsRequired: boolean;
    citation: string;
    unconfirmed: boolean;
  };
  plan: null | {
    id: string;
    version: number;
    extendedCare: boolean;
    ninetyDayCompletedOn: string | null;
    ninetyDayMissing: NinetyDayElement[];
    domains: Record<'housing' | 'education' | 'employment', TransitionDomain>;
    connections: Connection[];
    team: TeamMember[];
    exitDocuments: ExitDocument[];
    missingExitDocuments: ExitDocumentKind[];
    creditChecks: CreditCheck[];
    creditReportDue: string | null;
    youthGoals: { text: string; writtenBy: 'youth' | 'staff' | null; writtenAt: string | null };
    health: TransitionHealth | null;
    healthWithheld: boolean;
    updatedAt: string;
    versions: {
      version: number;
      recordedAt: string;
      recordedBy: string | null;
      byYouth: boolean;
      changed: string[];
    }[];
  };
  healthVisible: boolean;
  mayRecord: boolean;
  mayWriteGoals: boolean;
};
export type AdulthoodPlanBody = {
  extendedCare: boolean;
  ninetyDayCompletedOn: string | null;
  housing: TransitionDomain;
  education: TransitionDomain;
  employment: TransitionDomain;
  connections: Connection[];
  team: TeamMemberBody[];
  exitDocuments: ExitDocument[];
  creditChecks: CreditCheck[];
  youthGoals?: string;
  health?: TransitionHealth;
};
export type VisitStep = 'supervised' | 'unsupervised' | 'overnight' | 'trial_home_visit';
export type VisitStage = { step: VisitStep; startDate: string; endDate: string | null };
export type HomePlanBody = {
  status: 'draft' | 'completed';
  services: { name: string }[];
  safetyPlan: string;
  visits: VisitStage[];
  aftercare: { name: string }[];
};
export type HomePlan = HomePlanBody & {
  id: string;
  removalId: string;
  current: boolean;
  version: number;
  completedOn: string | null;
  updatedAt: string;
};
export type HomePlans = {
  childId: string;
  inCare: boolean;
  items: HomePlan[];
  mayRecord: boolean;
  citation: string;
};

// Young people's and caregivers' voice (issue 6; server/src/voice). The bench view's section is
// HearingVoices (server/src/voice/voice.bench.ts).
export type VoiceAttendance = 'in_person' | 'remote' | 'excused' | 'absent';
export type BenchYouthStatement = {
  id: string;
  childId: string;
  childName: string;
  age: number | null;
  body: string;
  language: string;
  sentAt: string;
  sharedWith: string[];
};
export type BenchCaregiverReport = {
  id: string;
  childId: string;
  childName: string;
  caregiverName: string;
  caregiverKind: string;
  health: string | null;
  healthWithheld: boolean;
  school: string;
  behaviour: string;
  familyTime: string;
  needs: string;
  forTheJudge: string;
  submittedAt: string;
};
export type BenchYouthAttendance = {
  childId: string;
  childName: string;
  age: number | null;
  source: 'plan' | 'recorded';
  attendance: VoiceAttendance | null;
  reason: string | null;
  recordedByRole: string | null;
  recordedAt: string | null;
};
export type HearingVoices = {
  youthStatements: BenchYouthStatement[];
  caregiverReports: BenchCaregiverReport[];
  youthAttendance: BenchYouthAttendance[];
};
export type StatementAudience = 'caseworker' | 'casa' | 'caregiver' | 'agency_attorney' | 'parents';
export type VoiceStatement = {
  id: string;
  status: 'draft' | 'sent';
  body: string;
  language: string;
  sharedWith: StatementAudience[];
  sentAt: string | null;
  updatedAt: string;
  version: number;
};
export type CaregiverKind = 'foster_parent' | 'kin' | 'pre_adoptive';
export type CaregiverReportFields = {
  health: string;
  school: string;
  behaviour: string;
  familyTime: string;
  needs: string;
  forTheJudge: string;
};
export type CaregiverReport = Omit<CaregiverReportFields, 'health'> & {
  id: string;
  status: 'draft' | 'submitted';
  caregiverKind: CaregiverKind;
  householdName: string;
  health: string | null;
  healthWithheld: boolean;
  submittedAt: string | null;
  updatedAt: string;
  version: number;
};
export type AttendancePlanChoice = 'in_person' | 'remote' | 'excused';
export type AttendancePlan = {
  attendance: AttendancePlanChoice;
  reason: string | null;
  recordedByRole: string;
  recordedAt: string;
  version: number;
};
export type VoicePermission = { granted: boolean; orderDate: string; version: number };
export type VoiceHearing = {
  hearingId: string;
  caseId: string;
  hearingType: string;
  start: string;
  courtroom: string | null;
  judgeName: string | null;
  open: boolean;
  closesAt: string;
  eligibility: { allowed: boolean; why: 'age' | 'court_permission' | 'under_age' | 'no_birth_date' };
  may: { writeStatement: boolean; writePlan: boolean; writeReport: boolean };
  statement: VoiceStatement | null;
  attendancePlan: AttendancePlan | null;
  caregiverReport: CaregiverReport | null;
};
export type ChildVoice = {
  child: { id: string; givenName: string; familyName: string; age: number | null };
  isSelf: boolean;
  isHousehold: boolean;
  voiceAge: number;
  permission: VoicePermission | null;
  hearings: VoiceHearing[];
};
export type HearingVoicesPage = {
  hearing: {
    id: string;
    caseId: string;
    petitionNumber: string;
    hearingType: string;
    start: string;
    status: string;
    courtroom: string | null;
    judgeName: string | null;
  };
  voices: HearingVoices;
};

// Caseworker contacts (server/src/contacts/contacts.dto.ts; issue 6).
export type ContactMode = 'in_person' | 'video' | 'phone';
export type QualityRating = 'met' | 'partly' | 'not_met' | 'not_applicable';
export type ContactChildRef = { id: string; givenName: string; familyName: string };
export type Contact = {
  id: string;
  childId: string;
  date: string;
  time: string | null;
  mode: ContactMode | null;
  faceToFace: boolean;
  location: 'residence' | 'other';
  place: string | null;
  timeAlone: boolean | null;
  minutesAlone: number | null;
  participants: string[];
  purpose: string | null;
  safetyObservations: string | null;
  casePlanProgress: string | null;
  childWords: string | null;
  nextSteps: string | null;
  selfAssessment: Record<string, string>;
  notesRecorded: boolean;
  worker: { id: string; name: string } | null;
  reviews: number;
};
export type ContactList = {
  child: ContactChildRef;
  items: Contact[];
  page: Page;
  mayRecord: boolean;
  qualityElements: string[];
};
export type RecordContactBody = {
  date: string;
  time: string;
  mode: ContactMode;
  location: 'residence' | 'other';
  place?: string;
  timeAlone: boolean;
  minutesAlone?: number;
  participants: string[];
  purpose: string;
  safetyObservations?: string;
  casePlanProgress?: string;
  childWords?: string;
  nextSteps?: string;
  selfAssessment: Record<string, QualityRating>;
};
export type ReviewActionStatus = 'open' | 'done' | 'dropped';
export type ContactReview = {
  id: string;
  contactId: string;
  contactDate: string;
  child: ContactChildRef;
  worker: { id: string; name: string };
  reviewer: { id: string; name: string };
  reviewedOn: string;
  ratings: Record<string, QualityRating>;
  selfAssessment: Record<string, string>;
  score: { met: number; applicable: number };
  strengths: string | null;
  comments: string | null;
  actions: {
    id: string;
    description: string;
    dueDate: string;
    status: ReviewActionStatus;
    followUp: ReviewActionStatus | 'overdue';
    note: string | null;
    changedOn: string | null;
    /** Sent back as If-Match to follow the action up. */
    version: number;
  }[];
  mayFollowUp: boolean;
};
export type ContactDetail = {
  contact: Contact;
  child: ContactChildRef;
  reviews: ContactReview[];
  qualityElements: string[];
  qualityCitation: string;
  mayReview: boolean;
};
export type RecordReviewBody = {
  ratings: Record<string, QualityRating>;
  strengths?: string;
  comments?: string;
  actions: { description: string; dueDate: string }[];
};
export type ContactFigure = {
  due: number;
  seen: number;
  seenAtResidence: number;
  percentSeen: number | null;
  percentAtResidence: number | null;
  meetsMonthlyTarget: boolean | null;
  meetsResidenceTarget: boolean | null;
};
export type ComplianceSpan = {
  from: string;
  to: string;
  unit: ContactFigure;
  workers: { worker: { id: string; name: string } | null; children: number; figure: ContactFigure }[];
};
export type ContactMonthStatus = 'notDue' | 'due' | 'seen' | 'seenAtResidence';
export type ContactCompliance = {
  month: string;
  today: string;
  view: 'own' | 'unit';
  computedAt: string;
  targets: { monthlyVisit: number; residenceShare: number; citation: string };
  thisMonth: ComplianceSpan;
  fiscalYearToDate: ComplianceSpan;
  children: { child: ContactChildRef; status: ContactMonthStatus }[];
};

// Education record and normalcy (server/src/education/education.dto.ts).
export type EducationFlag = {
  kind:
    | 'bid_missing'
    | 'bid_late'
    | 'enrollment_gap'
    | 'credits_behind'
    | 'iep_review_overdue'
    | 'chronic_absence';
  subjectId: string | null;
  since: string;
  /** The day the flag is about: the placement change, the first day of a gap, the credits' date, the review date, the term's first day. */
  on: string;
  amount: number;
  /** Chronic absence: the days enrolled in the term that `amount` days absent are counted out of. */
  outOf?: number;
  citation: string;
  unconfirmed: boolean;
};
export type SchoolEnrollment = {
  id: string;
  schoolName: string;
  schoolDistrict: string | null;
  enrolledOn: string;
  reason: string;
  isSchoolOfOrigin: boolean;
  recordsRequestedOn: string | null;
  recordsReceivedOn: string | null;
  exitedOn: string | null;
  exitReason: string | null;
  version: number;
};
export type TransportPlan = { provider: string; payer: string; startsOn: string; notes: string | null };
export type BestInterestDetermination = {
  id: string;
  placementId: string | null;
  decidedOn: string;
  participants: { role: string; name: string }[];
  factors: string[];
  decision: 'stay_in_school_of_origin' | 'move';
  disputed: boolean;
  disputeOutcome: string | null;
  notes: string | null;
  transport: TransportPlan | null;
  version: number;
};
export type EducationDecisionMaker = {
  id: string;
  name: string;
  relationship: string;
  authority: string;
  authorityReference: string | null;
  since: string;
  until: string | null;
};
export type SpecialEducationPlan = {
  id: string;
  planType: 'iep' | 'section_504';
  planDate: string;
  nextReviewOn: string;
  disabilityCategory: string | null;
  notes: string | null;
};
export type EducationRecord = {
  childId: string;
  today: string;
  inCareSince: string | null;
  enrollments: SchoolEnrollment[];
  currentEnrollmentId: string | null;
  moves: { moves: number; schoolYearMoves: number };
  placements: { id: string; startedOn: string; setting: string }[];
  bestInterest: BestInterestDetermination[];
  decisionMakers: EducationDecisionMaker[];
  specialEducation: { withheld: false; plans: SpecialEducationPlan[] } | { withheld: true };
  attendance: {
    id: string;
    term: string;
    termStart: string;
    termEnd: string;
    daysAbsent: number;
    daysEnrolled: number | null;
  }[];
  credits: { id: string; asOf: string; grade: number; earned: number; expected: number | null }[];
  creditsStatus: {
    asOf: string;
    grade: number;
    earned: number;
    expected: number;
    behindBy: number;
    isBehind: boolean;
  } | null;
  advocates: {
    id: string;
    name: string;
    organization: string | null;
    phone: string | null;
    email: string | null;
    since: string;
    until: string | null;
  }[];
  flags: EducationFlag[];
};
export type NormalcyDecision = {
  id: string;
  category: string;
  activity: string;
  decidedOn: string;
  decidedBy: string;
  decidedByRole: string;
  approved: boolean;
  notes: string | null;
};
export type NormalcyConversation = {
  id: string;
  heldOn: string;
  heldBy: string;
  heldByRole: string;
  wants: string;
  barriers: string | null;
  followUp: string | null;
  followUpBy: string | null;
};
export type NormalcyRecord = {
  childId: string;
  decisions: NormalcyDecision[];
  conversations: NormalcyConversation[];
};
/** One child's education on the judge's bench view (server/src/education/education.bench.ts). */
export type BenchEducationChild = {
  childId: string;
  currentSchool: { name: string; enrolledOn: string; isSchoolOfOrigin: boolean } | null;
  schoolMoves: number;
  schoolYearMoves: number;
  lastBestInterest: {
    decidedOn: string;
    decision: 'stay_in_school_of_origin' | 'move';
    disputed: boolean;
    transport: { provider: string; payer: string; startsOn: string } | null;
  } | null;
  decisionMaker: { name: string; relationship: string; since: string; authority: string } | null;
  specialEducation:
    | {
        withheld: false;
        plan: { planType: 'iep' | 'section_504'; planDate: string; nextReviewOn: string } | null;
      }
    | { withheld: true };
  attendance: { term: string; daysAbsent: number } | null;
  credits: { asOf: string; earned: number; expected: number; behindBy: number } | null;
  flags: EducationFlag[];
  normalcy: { activity: string; category: string; decidedOn: string; approved: boolean }[];
};

// Well-being checklists and the judge's bench view (issue 6; server/src/wellbeing/*.dto.ts). The words of
// each item and its bench question are the instrument's (@hearth/core WELLBEING_INSTRUMENTS), by item id.
import type {
  ChecklistAnswerValue,
  ChildContactSummary,
  SensitiveFieldClass,
  WellbeingDomain,
} from '@hearth/core';
export type WellbeingAnswer = {
  value: ChecklistAnswerValue;
  note: string | null;
  fromLastTime: boolean;
  answeredOn: string;
  answeredBy: string;
};
export type WellbeingChecklistItem = {
  itemId: string;
  domain: WellbeingDomain;
  answer: WellbeingAnswer | null;
  concern: boolean;
};
export type WellbeingChecklist = {
  hearingId: string;
  childId: string;
  givenName: string;
  familyName: string;
  caseId: string;
  petitionNumber: string;
  hearingType: string;
  hearingStart: string;
  hearingDate: string;
  instrumentVersion: number;
  instrumentUnconfirmed: boolean;
  ageBand: string | null;
  status: 'not_started' | 'draft' | 'submitted';
  lastTime: { hearingId: string; hearingDate: string } | null;
  items: WellbeingChecklistItem[];
  concerns: { total: number; byDomain: Record<WellbeingDomain, number> };
  answered: number;
  withheld: { fieldClass: SensitiveFieldClass; items: number }[];
  notShownAtHome: number;
  mayEdit: boolean;
  updatedAt: string | null;
  submittedAt: string | null;
  version: number;
};
export type SaveWellbeingBody = {
  status: 'draft' | 'submitted';
  answers: { itemId: string; value: ChecklistAnswerValue; note?: string | null; confirm?: boolean }[];
};
export type WellbeingHistoryPoint = {
  hearingId: string;
  hearingDate: string;
  hearingType: string;
  status: 'draft' | 'submitted';
  instrumentVersion: number;
  asked: number;
  answered: number;
  concerns: { total: number; byDomain: Record<WellbeingDomain, number> };
};
export type WellbeingHistory = {
  childId: string;
  points: WellbeingHistoryPoint[];
  withheldClasses: SensitiveFieldClass[];
};
export type BenchChild = {
  id: string;
  givenName: string;
  familyName: string;
  age: number | null;
  placement: { setting: string; providerName: string | null; since: string } | null;
  removalDate: string | null;
  daysInCare: number | null;
  checklist: WellbeingChecklist | null;
  history: WellbeingHistoryPoint[];
};
export type BenchView = {
  hearing: {
    id: string;
    type: string;
    start: string;
    date: string;
    status: string;
    caseId: string;
    petitionNumber: string;
    judgeName: string | null;
    courtroom: string | null;
  };
  today: string;
  children: BenchChild[];
  voices: HearingVoices;
  education: BenchEducationChild[];
  contacts: ChildContactSummary[];
  transition: BenchTransition;
};

// Court reports (server/src/reports/report.dto.ts).
export type ReportKind = 'agency' | 'casa';
export type ReportFormat = 'docx' | 'pdf';
export type CasaNarrative = {
  hearingId: string;
  caseId: string;
  petitionNumber: string;
  hearingType: string;
  start: string;
  kind: ReportKind;
  /** null until the first save. */
  status: 'draft' | 'submitted' | 'approved' | null;
  observations: string;
  childWishes: string;
  recommendations: string;
  author: string | null;
  updatedAt: string | null;
  submittedAt: string | null;
  /** 0 before the first save. */
  version: number;
};
export type CasaNarrativeBody = {
  observations: string;
  childWishes: string;
  recommendations: string;
  status: 'draft' | 'submitted';
};
