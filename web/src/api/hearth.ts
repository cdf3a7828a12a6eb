// The API calls the web interface makes, one function each.
import { api } from './client.ts';
import type { Account, CaseDetail, CaseSummary, ChildRecord, ChildSummary, List, Me } from './types.ts';
import type {
  CourtOption,
  Created,
  OpenCaseBody,
  NewChildBody,
  ProviderOption,
  RecordOrderBody,
  RecordPlacementBody,
  RecordRemovalBody,
  ScheduleHearingBody,
  UpdateCaseBody,
  UpdateChildBody,
  UpdateRemovalBody,
} from './types.ts';

export const signIn = (email: string, password: string) =>
  api.post<Me>('/api/v1/session', { email, password });
export const signOut = () => api.delete<void>('/api/v1/session');
export const getMe = (signal?: AbortSignal) => api.get<Me>('/api/v1/me', { signal });

export const listCases = (signal?: AbortSignal) =>
  api.get<List<CaseSummary>>('/api/v1/cases', { query: { limit: 50 }, signal });
export const getCase = (id: string, signal?: AbortSignal, breakGlassReason?: string | null) =>
  api.get<CaseDetail>(`/api/v1/cases/${encodeURIComponent(id)}`, {
    signal,
    headers: breakGlassHeaders(breakGlassReason),
  });

export const listChildren = (signal?: AbortSignal) =>
  api.get<List<ChildSummary>>('/api/v1/children', { query: { limit: 50 }, signal });

export const getChild = (id: string, signal?: AbortSignal, breakGlassReason?: string | null) =>
  api.get<ChildRecord>(`/api/v1/children/${encodeURIComponent(id)}`, {
    signal,
    headers: breakGlassHeaders(breakGlassReason),
  });

export const listAccounts = (signal?: AbortSignal) =>
  api.get<List<Account>>('/api/v1/accounts', { query: { limit: 200 }, signal });

// The forms. An update sends the version it started from as If-Match; a stale one answers 412.
const ifMatch = (version: number) => ({ headers: { 'if-match': `"${version}"` } });
const enc = encodeURIComponent;

export const listCourts = (signal?: AbortSignal) =>
  api.get<{ items: CourtOption[] }>('/api/v1/lookups/courts', { signal });
export const listProviders = (signal?: AbortSignal) =>
  api.get<{ items: ProviderOption[] }>('/api/v1/lookups/providers', { signal });

export const openCase = (body: OpenCaseBody) => api.post<Created>('/api/v1/cases', body);
export const addChildToCase = (caseId: string, body: NewChildBody) =>
  api.post<Created>(`/api/v1/cases/${enc(caseId)}/children`, body);
export const updateCase = (caseId: string, version: number, body: UpdateCaseBody) =>
  api.patch<CaseDetail>(`/api/v1/cases/${enc(caseId)}`, body, ifMatch(version));
export const scheduleHearing = (caseId: string, body: ScheduleHearingBody) =>
  api.post<Created>(`/api/v1/cases/${enc(caseId)}/hearings`, body);
export const recordOrder = (caseId: string, body: RecordOrderBody) =>
  api.post<Created>(`/api/v1/cases/${enc(caseId)}/orders`, body);

export const updateChild = (childId: string, version: number, body: UpdateChildBody) =>
  api.patch<ChildRecord>(`/api/v1/children/${enc(childId)}`, body, ifMatch(version));
export const recordRemoval = (childId: string, body: RecordRemovalBody) =>
  api.post<Created>(`/api/v1/children/${enc(childId)}/removals`, body);
export const updateRemoval = (removalId: string, version: number, body: UpdateRemovalBody) =>
  api.patch<Created>(`/api/v1/removals/${enc(removalId)}`, body, ifMatch(version));
export const recordPlacement = (removalId: string, body: RecordPlacementBody) =>
  api.post<Created>(`/api/v1/removals/${enc(removalId)}/placements`, body);

// Administration and the Data page.
import type { DataSummary, NewAccountBody, SensitiveGrantBody } from './types.ts';

/** One page of accounts, for finding one account (there is no single-account route). */
export const listAccountsPage = (offset: number, signal?: AbortSignal) =>
  api.get<List<Account>>('/api/v1/accounts', { query: { limit: 200, offset }, signal });
export const createAccount = (body: NewAccountBody) => api.post<{ id: string }>('/api/v1/accounts', body);
export const setAccountRoles = (accountId: string, roles: string[]) =>
  api.put<void>(`/api/v1/accounts/${encodeURIComponent(accountId)}/roles`, { roles });
export const grantSensitive = (body: SensitiveGrantBody) =>
  api.post<{ id: string }>('/api/v1/sensitive-grants', body);

export const getDataSummary = (signal?: AbortSignal) =>
  api.get<DataSummary>('/api/v1/data/summary', { signal });
/** A plain link, not a fetch: the browser downloads the CSV itself (content-disposition: attachment). */
export const interchangeFileUrl = (file: string) => `/api/v1/data/interchange/${encodeURIComponent(file)}`;

// Search (appended with its own import, as the shared files are edited by several features at once).
import type { SearchHit } from './types.ts';
export const search = (q: string, signal?: AbortSignal) =>
  api.get<List<SearchHit>>('/api/v1/search', { query: { q, limit: 50 }, signal });

// The work pages: due items, the people on a child's case, and breaking the glass.
import type { DueItems, PersonOnCase } from './types.ts';

/**
 * The header of a break-the-glass read, or none. The reason is URI-encoded, as the server expects, so that
 * any language's letters travel in a header.
 */
export function breakGlassHeaders(reason: string | null | undefined): Record<string, string> | undefined {
  return reason ? { 'x-break-glass-reason': encodeURIComponent(reason) } : undefined;
}

export const getDueItems = (signal?: AbortSignal) => api.get<DueItems>('/api/v1/me/due-items', { signal });
export const getChildPeople = (childId: string, signal?: AbortSignal) =>
  api.get<{ people: PersonOnCase[] }>(`/api/v1/children/${encodeURIComponent(childId)}/people`, { signal });

// Calendar feeds (appended with its own import, as the shared files are edited by several features at once).
import type { CalendarFeed } from './types.ts';
/** The account's private calendar address (the server makes it the first time it is asked). */
export const getCalendarFeed = (signal?: AbortSignal) =>
  api.get<CalendarFeed>('/api/v1/me/calendar-feed', { signal });
/** A new address; the old one stops working at once. */
export const renewCalendarFeed = () => api.post<CalendarFeed>('/api/v1/me/calendar-feed/revoke');

// Dockets (appended with its own import, as the shared files are edited by several features at once).
import type { Docket, DocketChoices, DocketSubjectKind } from './types.ts';
export type DocketRequest = { kind: DocketSubjectKind; id: string; from: string; days: number };
/** With no `from`, the server shows the court's today. */
const docketQuery = (r: DocketRequest): Record<string, string> => ({
  [r.kind === 'judge' ? 'judgeId' : 'courtroomId']: r.id,
  ...(r.from ? { from: r.from } : {}),
  days: String(r.days),
});
export const getDocketChoices = (signal?: AbortSignal) =>
  api.get<DocketChoices>('/api/v1/lookups/dockets', { signal });
export const getDocket = (r: DocketRequest, signal?: AbortSignal) =>
  api.get<Docket>('/api/v1/dockets', { query: docketQuery(r), signal });
/** A plain link: the browser opens the PDF itself, to print it. */
export const docketPdfUrl = (r: DocketRequest, lang: string) =>
  `/api/v1/dockets.pdf?${new URLSearchParams({ ...docketQuery(r), lang })}`;

// Pacing permanency (appended with its own import, as the shared files are edited by several features at once).
import type {
  AtRisk,
  BenchmarkReviews,
  ChildClocks,
  RecordBenchmarkReviewBody,
  TprExceptionBody,
} from './types.ts';
export const getChildClocks = (childId: string, signal?: AbortSignal, breakGlassReason?: string | null) =>
  api.get<ChildClocks>(`/api/v1/children/${encodeURIComponent(childId)}/clocks`, {
    signal,
    headers: breakGlassHeaders(breakGlassReason),
  });
export const getAtRisk = (signal?: AbortSignal) => api.get<AtRisk>('/api/v1/me/at-risk', { signal });
export const recordTprException = (childId: string, body: TprExceptionBody) =>
  api.post<Created>(`/api/v1/children/${encodeURIComponent(childId)}/tpr-exceptions`, body);
export const getBenchmarkReviews = (caseId: string, signal?: AbortSignal) =>
  api.get<BenchmarkReviews>(`/api/v1/cases/${encodeURIComponent(caseId)}/benchmark-reviews`, { signal });
export const recordBenchmarkReview = (caseId: string, body: RecordBenchmarkReviewBody) =>
  api.post<Created>(`/api/v1/cases/${encodeURIComponent(caseId)}/benchmark-reviews`, body);

// Notices of hearings (appended with its own import, as the shared files are edited by several features at once).
import type { NoticeLog } from './types.ts';
export const getHearingNotices = (hearingId: string, signal?: AbortSignal) =>
  api.get<NoticeLog>(`/api/v1/hearings/${encodeURIComponent(hearingId)}/notices`, { signal });
export const sendHearingNotices = (hearingId: string) =>
  api.post<NoticeLog>(`/api/v1/hearings/${encodeURIComponent(hearingId)}/notices`);
/** A plain link: the browser opens the letter itself, to print it. */
export const noticePdfUrl = (noticeId: string) => `/api/v1/notices/${encodeURIComponent(noticeId)}.pdf`;

// Advance calendaring (appended with its own import, as the shared files are edited by several features at once).
import type { CaseSchedule } from './types.ts';
export const getCaseSchedule = (caseId: string, signal?: AbortSignal, breakGlassReason?: string | null) =>
  api.get<CaseSchedule>(`/api/v1/cases/${encodeURIComponent(caseId)}/schedule`, {
    signal,
    headers: breakGlassHeaders(breakGlassReason),
  });

// Moving and continuing hearings (appended with its own import, as the shared files are edited by several features at once).
import type { ContinuanceResult, ContinueHearingBody, HearingDetail, MoveHearingBody } from './types.ts';
export const getHearing = (hearingId: string, signal?: AbortSignal) =>
  api.get<HearingDetail>(`/api/v1/hearings/${encodeURIComponent(hearingId)}`, { signal });
export const moveHearing = (hearingId: string, version: number, body: MoveHearingBody) =>
  api.patch<HearingDetail>(`/api/v1/hearings/${encodeURIComponent(hearingId)}`, body, {
    headers: { 'if-match': `"${version}"` },
  });
export const continueHearing = (hearingId: string, body: ContinueHearingBody) =>
  api.post<ContinuanceResult>(`/api/v1/hearings/${encodeURIComponent(hearingId)}/continuance`, body);
import type { HearingNotice, ServiceMethod } from './types.ts';
export type RecordServiceBody = {
  method: ServiceMethod;
  servedDate: string;
  servedBy?: string;
  returnReceiptDate?: string | null;
  additionalDaysRequested?: number;
};
/** Proof of service of one notice; sends the version it started from as If-Match. */
export const recordNoticeService = (noticeId: string, version: number, body: RecordServiceBody) =>
  api.patch<HearingNotice>(`/api/v1/notices/${encodeURIComponent(noticeId)}`, body, {
    headers: { 'if-match': `"${version}"` },
  });

// Court performance measures and hearing attendance (appended with its own import, as the shared files are edited by several features at once).
import type { CourtMeasures, HearingAttendance, MeasureGrouping, RecordAttendanceBody } from './types.ts';
const measuresQuery = (periodStart: string | null, by: MeasureGrouping) =>
  `by=${by}${periodStart ? `&periodStart=${encodeURIComponent(periodStart)}` : ''}`;
export const getCourtMeasures = (periodStart: string | null, by: MeasureGrouping, signal?: AbortSignal) =>
  api.get<CourtMeasures>(`/api/v1/court-measures?${measuresQuery(periodStart, by)}`, { signal });
/** A plain link: the browser downloads the file itself. */
export const courtMeasuresFileUrl = (
  periodStart: string | null,
  by: MeasureGrouping,
  format: 'csv' | 'xlsx',
) => `/api/v1/court-measures/export?${measuresQuery(periodStart, by)}&format=${format}`;
export const getHearingAttendance = (hearingId: string, signal?: AbortSignal) =>
  api.get<HearingAttendance>(`/api/v1/hearings/${encodeURIComponent(hearingId)}/attendance`, { signal });
export const recordHearingAttendance = (hearingId: string, version: number, body: RecordAttendanceBody) =>
  api.put<HearingAttendance>(`/api/v1/hearings/${encodeURIComponent(hearingId)}/attendance`, body, {
    headers: { 'if-match': `"${version}"` },
  });

// The outcome-indicator dashboard (appended with its own import, as the shared files are edited by several features at once).
import type {
  CqiChildren,
  CqiDrillPart,
  CqiEquity,
  CqiIndicators,
  CqiTrend,
  EquityDimension,
} from './types.ts';
/** A query string from the parts that are given. */
const cqiQuery = (q: Record<string, string | number | null | undefined>) => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q))
    if (v !== null && v !== undefined && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : '';
};
export type CqiChildrenQuery = {
  periodStart: string | null;
  part: CqiDrillPart;
  group?: EquityDimension | null;
  value?: string | null;
  offset?: number;
};
export const getCqiIndicators = (periodStart: string | null, signal?: AbortSignal) =>
  api.get<CqiIndicators>(`/api/v1/cqi/indicators${cqiQuery({ periodStart })}`, { signal });
export const getCqiTrend = (periodStart: string | null, signal?: AbortSignal) =>
  api.get<CqiTrend>(`/api/v1/cqi/indicators/trend${cqiQuery({ periodStart })}`, { signal });
export const getCqiEquity = (periodStart: string | null, by: EquityDimension, signal?: AbortSignal) =>
  api.get<CqiEquity>(`/api/v1/cqi/equity${cqiQuery({ periodStart, by })}`, { signal });
export const getCqiChildren = (key: string, q: CqiChildrenQuery, signal?: AbortSignal) =>
  api.get<CqiChildren>(
    `/api/v1/cqi/indicators/${encodeURIComponent(key)}/children${cqiQuery({ ...q, limit: 100 })}`,
    { signal },
  );
/** Plain links: the browser downloads each file itself. */
export const cqiFileUrls = {
  indicators: (periodStart: string | null, format: 'csv' | 'xlsx') =>
    `/api/v1/cqi/indicators/export${cqiQuery({ periodStart, format })}`,
  trend: (periodStart: string | null, format: 'csv' | 'xlsx') =>
    `/api/v1/cqi/indicators/trend/export${cqiQuery({ periodStart, format })}`,
  equity: (periodStart: string | null, by: EquityDimension, format: 'csv' | 'xlsx') =>
    `/api/v1/cqi/equity/export${cqiQuery({ periodStart, by, format })}`,
  children: (key: string, q: CqiChildrenQuery, format: 'csv' | 'xlsx') =>
    `/api/v1/cqi/indicators/${encodeURIComponent(key)}/children/export${cqiQuery({
      periodStart: q.periodStart,
      part: q.part,
      group: q.group,
      value: q.value,
      format,
    })}`,
};

// The AFCARS 2020 out-of-home-care file of the district: a plain link, the browser downloads the XML.
export const afcarsXmlUrl = (reportPeriod?: string) =>
  `/api/v1/data/afcars.xml${reportPeriod ? `?reportPeriod=${encodeURIComponent(reportPeriod)}` : ''}`;

// Young people's and caregivers' voice (server/src/voice; appended with its own import, as the shared
// files are edited by several features at once). A write sends the version it started from as If-Match,
// none for the first save.
import type {
  AttendancePlan,
  AttendancePlanChoice,
  CaregiverReport,
  CaregiverReportFields,
  ChildVoice,
  HearingVoicesPage,
  StatementAudience,
  VoicePermission,
  VoiceStatement,
} from './types.ts';
const voiceBase = (hearingId: string, childId: string) =>
  `/api/v1/hearings/${encodeURIComponent(hearingId)}/children/${encodeURIComponent(childId)}`;
const voiceIfMatch = (version: number | null) =>
  version === null ? {} : { headers: { 'if-match': `"${version}"` } };
export const getChildVoice = (childId: string, signal?: AbortSignal) =>
  api.get<ChildVoice>(`/api/v1/children/${encodeURIComponent(childId)}/voice`, { signal });
export const getHearingVoices = (hearingId: string, signal?: AbortSignal) =>
  api.get<HearingVoicesPage>(`/api/v1/hearings/${encodeURIComponent(hearingId)}/voices`, { signal });
export const saveYouthStatement = (
  hearingId: string,
  childId: string,
  version: number | null,
  body: { body: string; language: string; sharedWith: StatementAudience[] },
) => api.put<VoiceStatement>(`${voiceBase(hearingId, childId)}/statement`, body, voiceIfMatch(version));
export const sendYouthStatement = (hearingId: string, childId: string, version: number) =>
  api.post<VoiceStatement>(`${voiceBase(hearingId, childId)}/statement/send`, {}, voiceIfMatch(version));
export const recordAttendancePlan = (
  hearingId: string,
  childId: string,
  version: number | null,
  body: { attendance: AttendancePlanChoice; reason?: string },
) => api.put<AttendancePlan>(`${voiceBase(hearingId, childId)}/attendance-plan`, body, voiceIfMatch(version));
export const saveCaregiverReport = (
  hearingId: string,
  childId: string,
  version: number | null,
  body: CaregiverReportFields,
) =>
  api.put<CaregiverReport>(`${voiceBase(hearingId, childId)}/caregiver-report`, body, voiceIfMatch(version));
export const submitCaregiverReport = (hearingId: string, childId: string, version: number) =>
  api.post<CaregiverReport>(
    `${voiceBase(hearingId, childId)}/caregiver-report/submit`,
    {},
    voiceIfMatch(version),
  );
export const recordVoicePermission = (
  childId: string,
  version: number | null,
  body: { granted: boolean; orderDate: string },
) =>
  api.put<VoicePermission>(
    `/api/v1/children/${encodeURIComponent(childId)}/voice-permission`,
    body,
    voiceIfMatch(version),
  );

// Caseworker contacts (appended with its own import, as the shared files are edited by several features at once).
import type {
  Contact,
  ContactCompliance,
  ContactDetail,
  ContactList,
  ContactReview,
  RecordContactBody,
  RecordReviewBody,
  ReviewActionStatus,
} from './types.ts';
export const listChildContacts = (childId: string, signal?: AbortSignal) =>
  api.get<ContactList>(`/api/v1/children/${encodeURIComponent(childId)}/contacts`, {
    query: { limit: 100 },
    signal,
  });
export const recordContact = (childId: string, body: RecordContactBody) =>
  api.post<Contact>(`/api/v1/children/${encodeURIComponent(childId)}/contacts`, body);
export const getContact = (contactId: string, signal?: AbortSignal) =>
  api.get<ContactDetail>(`/api/v1/contacts/${encodeURIComponent(contactId)}`, { signal });
export const recordContactReview = (contactId: string, body: RecordReviewBody) =>
  api.post<ContactReview>(`/api/v1/contacts/${encodeURIComponent(contactId)}/reviews`, body);
export const listMyContactReviews = (signal?: AbortSignal) =>
  api.get<{ items: ContactReview[] }>('/api/v1/me/contact-reviews', { signal });
export const updateReviewAction = (
  reviewId: string,
  actionId: string,
  version: number,
  body: { status: ReviewActionStatus; note?: string },
) =>
  api.patch<ContactReview>(
    `/api/v1/contact-reviews/${encodeURIComponent(reviewId)}/actions/${encodeURIComponent(actionId)}`,
    body,
    ifMatch(version),
  );
export const getContactCompliance = (month: string | null, signal?: AbortSignal) =>
  api.get<ContactCompliance>('/api/v1/me/contact-compliance', {
    query: month ? { month } : {},
    signal,
  });

// Education record and normalcy (server/src/education).
import type { EducationRecord, NormalcyRecord } from './types.ts';

const educationOf = (childId: string) => `/api/v1/children/${encodeURIComponent(childId)}/education`;
export const getEducation = (childId: string, signal?: AbortSignal) =>
  api.get<EducationRecord>(educationOf(childId), { signal });
/** One part of the education record: schools, best-interest, decision-makers, special-education … */
export const recordEducation = (childId: string, part: string, body: object) =>
  api.post<Created>(`${educationOf(childId)}/${part}`, body);
export const updateEnrollment = (childId: string, enrollmentId: string, version: number, body: object) =>
  api.patch<{ id: string; version: number }>(
    `${educationOf(childId)}/schools/${encodeURIComponent(enrollmentId)}`,
    body,
    { headers: { 'if-match': `"${version}"` } },
  );
export const getNormalcy = (childId: string, signal?: AbortSignal) =>
  api.get<NormalcyRecord>(`/api/v1/children/${encodeURIComponent(childId)}/normalcy`, { signal });
export const recordNormalcy = (childId: string, part: 'decisions' | 'conversations', body: object) =>
  api.post<Created>(`/api/v1/children/${encodeURIComponent(childId)}/normalcy/${part}`, body);

// Well-being checklists and the judge's bench view (appended with its own import, as the shared files are edited by several features at once).
import type { BenchView, SaveWellbeingBody, WellbeingChecklist, WellbeingHistory } from './types.ts';
const wellbeingPath = (hearingId: string, childId: string) =>
  `/api/v1/hearings/${encodeURIComponent(hearingId)}/children/${encodeURIComponent(childId)}/well-being`;
export const getWellbeingChecklist = (hearingId: string, childId: string, signal?: AbortSignal) =>
  api.get<WellbeingChecklist>(wellbeingPath(hearingId, childId), { signal });
/** `version` 0 before the first save. */
export const saveWellbeingChecklist = (
  hearingId: string,
  childId: string,
  version: number,
  body: SaveWellbeingBody,
) =>
  api.put<WellbeingChecklist>(wellbeingPath(hearingId, childId), body, {
    headers: { 'if-match': `"${version}"` },
  });
export const getWellbeingHistory = (childId: string, signal?: AbortSignal) =>
  api.get<WellbeingHistory>(`/api/v1/children/${encodeURIComponent(childId)}/well-being/history`, { signal });
export const getBenchView = (hearingId: string, signal?: AbortSignal) =>
  api.get<BenchView>(`/api/v1/hearings/${encodeURIComponent(hearingId)}/bench-view`, { signal });

// Transition plans (issue 6): the plan to adulthood and the transition home plan. A write sends the
// version it was loaded at in If-Match (the ETag is the version number).
import type { AdulthoodPlan, AdulthoodPlanBody, HomePlanBody, HomePlans } from './types.ts';
const transitionUrl = (childId: string, rest: string) =>
  `/api/v1/children/${encodeURIComponent(childId)}/${rest}`;
export const getAdulthoodPlan = (childId: string, signal?: AbortSignal) =>
  api.get<AdulthoodPlan>(transitionUrl(childId, 'transition-plans'), { signal });
export const createAdulthoodPlan = (childId: string, body: AdulthoodPlanBody) =>
  api.post<Created>(transitionUrl(childId, 'transition-plans'), body);
export const updateAdulthoodPlan = (childId: string, version: number, body: AdulthoodPlanBody) =>
  api.put<Created>(transitionUrl(childId, 'transition-plans'), body, ifMatch(version));
export const writeMyGoals = (childId: string, version: number, goals: string) =>
  api.put<Created>(transitionUrl(childId, 'transition-plans/goals'), { goals }, ifMatch(version));
export const getHomePlans = (childId: string, signal?: AbortSignal) =>
  api.get<HomePlans>(transitionUrl(childId, 'transition-home-plans'), { signal });
export const createHomePlan = (childId: string, body: HomePlanBody) =>
  api.post<Created>(transitionUrl(childId, 'transition-home-plans'), body);
export const updateHomePlan = (childId: string, planId: string, version: number, body: HomePlanBody) =>
  api.put<Created>(
    transitionUrl(childId, `transition-home-plans/${encodeURIComponent(planId)}`),
    body,
    ifMatch(version),
  );

// Court reports (appended with its own import, as the shared files are edited by several features at once).
import type { CasaNarrative, CasaNarrativeBody, ReportFormat, ReportKind } from './types.ts';
/** A plain link: the browser downloads the copy itself (content-disposition: attachment). */
export const reportCopyUrl = (
  hearingId: string,
  kind: ReportKind,
  recipient: string,
  format: ReportFormat,
  lang?: 'en' | 'es',
) =>
  `/api/v1/hearings/${encodeURIComponent(hearingId)}/reports/${kind}?${new URLSearchParams({
    recipient,
    format,
    ...(lang ? { lang } : {}),
  })}`;
export const getCasaNarrative = (hearingId: string, signal?: AbortSignal) =>
  api.get<CasaNarrative>(`/api/v1/hearings/${encodeURIComponent(hearingId)}/reports/casa/narrative`, {
    signal,
  });
/** Saves the CASA's narrative from the version it started from ("0" creates it). */
export const saveCasaNarrative = (hearingId: string, version: number, body: CasaNarrativeBody) =>
  api.put<CasaNarrative>(`/api/v1/hearings/${encodeURIComponent(hearingId)}/reports/casa`, body, {
    headers: { 'if-match': `"${version}"` },
  });
