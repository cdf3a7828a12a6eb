import type { AppServices } from './app.ts';
import { accountRoutes } from './accounts/account.routes.ts';
import { auditRoutes } from './audit/audit.routes.ts';
import { sessionRoutes } from './auth/session.routes.ts';
import { scheduleRoutes } from './calendar/schedule.routes.ts';
import { caseRoutes } from './cases/case.routes.ts';
import { childRoutes } from './children/child.routes.ts';
import { childPeopleRoutes } from './children/child-people.routes.ts';
import { contactRoutes } from './contacts/contacts.routes.ts';
import { cqiRoutes } from './cqi/cqi.routes.ts';
import { attendanceRoutes } from './court-measures/attendance.routes.ts';
import { courtMeasureRoutes } from './court-measures/measures.routes.ts';
import { dataRoutes } from './data/data.routes.ts';
import { afcarsRoutes } from './afcars/afcars.routes.ts';
import { docketRoutes } from './dockets/docket.routes.ts';
import { dueItemRoutes } from './duties/due-items.routes.ts';
import { calendarFeedRoutes } from './feeds/calendar-feed.routes.ts';
import { hearingRoutes } from './hearings/hearing.routes.ts';
import { continuanceRoutes } from './hearings/continuance.routes.ts';
import { lookupRoutes } from './lookups/lookup.routes.ts';
import { pacingRoutes } from './pacing/pacing.routes.ts';
import { noticeRoutes } from './notices/notice.routes.ts';
import { publicRoute, type RouteDef } from './platform/route.ts';
import { voiceRoutes } from './voice/voice.routes.ts';
import { searchRoutes } from './search/search.routes.ts';
import { reportRoutes } from './reports/report.routes.ts';
import { wellbeingRoutes } from './wellbeing/wellbeing.routes.ts';
import { educationRoutes } from './education/education.routes.ts';
import { transitionRoutes } from './transition/transition.routes.ts';

/** Every product route, slice by slice. A route missing here is not served. */
export function allRoutes(services: AppServices): RouteDef[] {
  return [
    ...sessionRoutes(services),
    ...caseRoutes(),
    ...childRoutes(),
    ...childPeopleRoutes(),
    ...dueItemRoutes(),
    ...contactRoutes(),
    ...pacingRoutes(),
    ...hearingRoutes(),
    ...scheduleRoutes(),
    ...continuanceRoutes(),
    ...lookupRoutes(),
    ...accountRoutes(services),
    ...auditRoutes(),
    ...dataRoutes(),
    ...afcarsRoutes(),
    ...cqiRoutes(),
    ...courtMeasureRoutes(),
    ...attendanceRoutes(),
    ...voiceRoutes(),
    ...searchRoutes(),
    ...noticeRoutes(services),
    ...docketRoutes(),
    ...calendarFeedRoutes(),
    ...reportRoutes(),
    ...wellbeingRoutes(),
    ...educationRoutes(),
    ...transitionRoutes(),
  ];
}

export function systemRoutes(openApi: () => Record<string, unknown>): RouteDef[] {
  return [
    publicRoute({
      method: 'GET',
      url: '/api/health',
      tag: 'system',
      summary: 'Liveness',
      public: true,
      handler: async () => ({ status: 'ok' }),
    }),
    publicRoute({
      method: 'GET',
      url: '/api/openapi.json',
      tag: 'system',
      summary: 'This API as an OpenAPI 3.1 document',
      public: true,
      handler: async () => openApi(),
    }),
  ];
}
