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
  children: { id: string; givenName: string; familyName: string; birthDate: string | null }[];
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
