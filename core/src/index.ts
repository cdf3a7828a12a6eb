// The public surface of @hearth/core: pure rules and types, shared by the server and the web app.
export * from './time/dates.ts';
export * from './cases/codes.ts';
export * from './cases/episode.rules.ts';
export * from './duties/due-items.ts';
export * from './rules/rule-pack.ts';
export * from './access/permissions.ts';
export * from './access/roles.ts';
export * from './access/can.ts';
export * from './access/sensitive.ts';
export * from './audit/actions.ts';
export * from './notices/notice.rules.ts';
export * from './notices/icwa.rules.ts';
export * from './calendar/slots.ts';
export * from './calendar/conflicts.ts';
export * from './calendar/holidays.ts';
export * from './calendar/court-days.ts';
export * from './calendar/calendar-rules.ts';
export * from './calendar/rule-packs-nm.ts';
export * from './calendar/rule-packs-lakeshore.ts';
export * from './calendar/busy-calendar.ts';
export * from './calendar/schedule.ts';
export * from './dockets/docket.rules.ts';
export * from './pacing/care-time.rules.ts';
export * from './pacing/hearing-deadlines.rules.ts';
export * from './pacing/clocks.ts';
export * from './pacing/benchmark-reviews.ts';
export * from './rules/pacing-rules.ts';
export * from './rules/benchmark-reviews.ts';
export * from './cqi/suppression.ts';
// The CQI engine's model (named: MALTREATMENT_DISPOSITIONS is also a code list of cases/codes.ts).
export { INDICATOR_KEYS, EXCLUSION_REASONS } from './cqi/model.ts';
export type {
  ChildContribution,
  CqiChild,
  CqiEpisode,
  CqiPlacement,
  CqiReport,
  CqiVisit,
  DayNumber,
  ExclusionReason,
  IndicatorKey,
  MaltreatmentDisposition,
} from './cqi/model.ts';
export * from './cqi/indicators.ts';
export * from './cqi/days.ts';
export * from './cqi/dashboard.ts';
export * from './court-measures/measures.ts';
export * from './court-measures/stats.ts';
export * from './rules/court-measure-targets.ts';
export * from './afcars/index.ts';
export * from './contacts/summary.ts';
export * from './contacts/compliance.ts';
export * from './contacts/quality.ts';
export * from './rules/contact-rules.ts';
export * from './education/model.ts';
export * from './rules/education-rules.ts';
export * from './rules/transition-rules.ts';
export * from './transition/adulthood.ts';
export * from './transition/home-plan.ts';
export * from './transition/duties.ts';
export * from './rules/voice-rules.ts';
export * from './voice/voice.ts';
export * from './education/education.rules.ts';
export * from './wellbeing/instrument.ts';
export * from './wellbeing/checklist.ts';
// Court reports (issue 6): the report model, its assembly and each recipient's redaction.
export * from './reports/redaction.ts';
export * from './reports/model.ts';
export * from './reports/assemble.ts';
export * from './reports/redact.ts';
export * from './words/code-labels.ts';
export * from './words/code-labels.en.ts';
export * from './words/code-labels.es.ts';
export * from './words/wellbeing-domains.en.ts';
export * from './words/wellbeing-domains.es.ts';
export * from './words/report-recipients.en.ts';
export * from './words/report-recipients.es.ts';
export * from './words/clock-words.en.ts';
export * from './words/clock-words.es.ts';
export * from './words/exit-documents.en.ts';
export * from './words/exit-documents.es.ts';
