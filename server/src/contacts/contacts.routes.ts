import { route, type RouteDef } from '../platform/route.ts';
import { versionFromIfMatch } from '../platform/schemas.ts';
import {
  ActionParams,
  ChildParams,
  ComplianceAnswer,
  ComplianceQuery,
  ContactDetail,
  ContactDto,
  ContactList,
  ContactListQuery,
  ContactParams,
  RecordContactBody,
  RecordReviewBody,
  ReviewDto,
  ReviewList,
  UpdateActionBody,
} from './contacts.dto.ts';
import {
  contactComplianceFor,
  getContact,
  listChildContacts,
  listMyReviews,
  recordContact,
  recordReview,
  updateReviewAction,
} from './contacts.service.ts';

/** Caseworker contacts, monthly visit compliance and supervisors' reviews of contact quality (issue 6). */
export function contactRoutes(): RouteDef[] {
  return [
    route({
      method: 'POST',
      url: '/api/v1/children/:childId/contacts',
      tag: 'contacts',
      summary:
        'Record a caseworker contact with a child: when, face to face or not, where, time alone, who was there, purpose, safety, case plan, the child’s words, next steps',
      permission: 'contact.record',
      params: ChildParams,
      body: RecordContactBody,
      response: ContactDto,
      successStatus: 201,
      handler: ({ ctx, params, body }) => recordContact(ctx, params.childId, body),
    }),
    route({
      method: 'GET',
      url: '/api/v1/children/:childId/contacts',
      tag: 'contacts',
      summary: 'A child’s caseworker contacts, newest first',
      permission: 'contact.read',
      params: ChildParams,
      query: ContactListQuery,
      response: ContactList,
      handler: ({ ctx, params, query }) => listChildContacts(ctx, params.childId, query),
    }),
    route({
      method: 'GET',
      url: '/api/v1/contacts/:contactId',
      tag: 'contacts',
      summary: 'One caseworker contact with its quality reviews',
      permission: 'contact.read',
      params: ContactParams,
      response: ContactDetail,
      handler: ({ ctx, params }) => getContact(ctx, params.contactId),
    }),
    route({
      method: 'POST',
      url: '/api/v1/contacts/:contactId/reviews',
      tag: 'contacts',
      summary:
        'Review the quality of a contact of a worker of your unit against the quality elements, with an action plan',
      permission: 'contact.review',
      params: ContactParams,
      body: RecordReviewBody,
      response: ReviewDto,
      successStatus: 201,
      handler: ({ ctx, params, body }) => recordReview(ctx, params.contactId, body),
    }),
    route({
      method: 'GET',
      url: '/api/v1/me/contact-reviews',
      tag: 'contacts',
      summary: 'Reviews of your contacts, those you wrote, and (a supervisor) those of your unit',
      permission: 'contact.read',
      response: ReviewList,
      handler: ({ ctx }) => listMyReviews(ctx),
    }),
    route({
      method: 'PATCH',
      url: '/api/v1/contact-reviews/:reviewId/actions/:actionId',
      tag: 'contacts',
      summary:
        "Follow up an action of a review’s plan: done, dropped or open again (If-Match with the action's version; a stale one gets 412)",
      // The worker records the follow-up of their own plan: recording casework, as a contact is.
      permission: 'contact.record',
      params: ActionParams,
      body: UpdateActionBody,
      response: ReviewDto,
      handler: ({ ctx, params, body, headers }) =>
        updateReviewAction(
          ctx,
          params.reviewId,
          params.actionId,
          versionFromIfMatch(headers['if-match']),
          body,
        ),
    }),
    route({
      method: 'GET',
      url: '/api/v1/me/contact-compliance',
      tag: 'contacts',
      summary:
        'Monthly caseworker-visit compliance for a month and the fiscal year to date: your children, or your unit per worker',
      permission: 'contact.read',
      query: ComplianceQuery,
      response: ComplianceAnswer,
      handler: ({ ctx, query }) => contactComplianceFor(ctx, query.month),
    }),
  ];
}
