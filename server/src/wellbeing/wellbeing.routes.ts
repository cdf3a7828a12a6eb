import { z } from 'zod';
import { route, tagged, type RouteDef } from '../platform/route.ts';
import { uuid, versionFromIfMatch } from '../platform/schemas.ts';
import { BenchViewDto } from './bench-view.dto.ts';
import { getBenchView } from './bench-view.service.ts';
import { ChecklistDto, SaveChecklistBody, WellbeingHistoryDto } from './wellbeing.dto.ts';
import { getChecklist, getHistory, saveChecklist } from './wellbeing.service.ts';

const ChecklistParams = z.strictObject({ hearingId: uuid, childId: uuid });

/** Well-being checklists before each hearing, their trend, and the judge's bench view of a hearing. */
export function wellbeingRoutes(): RouteDef[] {
  return [
    route({
      method: 'GET',
      url: '/api/v1/hearings/:hearingId/children/:childId/well-being',
      tag: 'well-being',
      summary:
        "A child's well-being checklist for a hearing (before the first save, last time's answers as the starting point), with its ETag",
      // Whoever may open the child; what of it they see is decided by relationship in the service (a
      // caregiver and the youth: only what was sent to the court, and only what is shown at home).
      permission: 'child.read',
      params: ChecklistParams,
      response: ChecklistDto,
      async handler({ ctx, params, reply }) {
        return tagged(reply, await getChecklist(ctx, params.hearingId, params.childId));
      },
    }),
    route({
      method: 'PUT',
      url: '/api/v1/hearings/:hearingId/children/:childId/well-being',
      tag: 'well-being',
      summary:
        'Save a child\'s well-being checklist for a hearing, as a draft or sent to the court (If-Match: "0" for the first save)',
      permission: 'wellbeing.record',
      params: ChecklistParams,
      body: SaveChecklistBody,
      response: ChecklistDto,
      async handler({ ctx, params, body, headers, reply }) {
        return tagged(
          reply,
          await saveChecklist(
            ctx,
            params.hearingId,
            params.childId,
            versionFromIfMatch(headers['if-match']),
            body,
          ),
        );
      },
    }),
    route({
      method: 'GET',
      url: '/api/v1/children/:childId/well-being/history',
      tag: 'well-being',
      summary: "Each well-being domain's concerns at each of a child's hearings, oldest first",
      permission: 'child.read',
      params: z.strictObject({ childId: uuid }),
      response: WellbeingHistoryDto,
      handler: ({ ctx, params }) => getHistory(ctx, params.childId),
    }),
    route({
      method: 'GET',
      url: '/api/v1/hearings/:hearingId/bench-view',
      tag: 'well-being',
      summary:
        "The judge's bench view of a hearing: each child's age, placement, days in care, well-being checklist (concerns first) and trend, voices, education, contacts and transition",
      // The bench's own view: the judge on their docket and the clerk of the court (docket.read).
      permission: 'docket.read',
      params: z.strictObject({ hearingId: uuid }),
      response: BenchViewDto,
      handler: ({ ctx, params }) => getBenchView(ctx, params.hearingId),
    }),
  ];
}
