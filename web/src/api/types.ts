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
};

export type ScheduleHearingBody = {
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
  /** `caseRole` codes (web/src/i18n/codes.*.ts). */
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
  kind: 'caseworkerVisit' | 'permanencyHearing' | 'trialHomeVisit' | 'fifteenOfTwentyTwo' | 'courtReport';
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
