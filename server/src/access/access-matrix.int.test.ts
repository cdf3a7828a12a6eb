import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { ROLES, type Role } from '@hearth/core';
import type { Db } from '../platform/db.ts';
import { createOrg, type Org } from '../../test/factories.ts';
import { createNoticeFixtures, type NoticeFixtures } from '../../test/notice-fixtures.ts';
import { createEducationFixtures, type EducationFixtures } from '../../test/education-fixtures.ts';
import { createContactFixtures, type ContactFixtures } from '../../test/contact-fixtures.ts';
import { as, signIn, testApp, type Session } from '../../test/http.ts';
import { matrixHearings } from '../../test/scenarios/calendar.ts';
import { wellbeingMatrixFixtures } from '../../test/scenarios/wellbeing.ts';
import { createTestDb, testDbKind } from '../../test/test-db.ts';
import { createHomePlanFixtures, type HomePlanFixtures } from '../../test/transition-fixtures.ts';

/**
 * The access matrix (house-style §7): every route × every role × {a record the role is related to, a record
 * of the same jurisdiction it is not related to, a record of another jurisdiction}. The expectations are
 * written out by hand from the roles' intended reach, not computed from the role grants they test.
 *
 * Letters: J judge, C clerk, W caseworker, S supervisor, A agency attorney, P parent attorney,
 * G guardian ad litem, V CASA volunteer, F foster parent / caregiver, Y youth, N CQI analyst, D administrator.
 */
const LETTER: Record<Role, string> = {
  judge: 'J',
  court_clerk: 'C',
  caseworker: 'W',
  supervisor: 'S',
  agency_attorney: 'A',
  parent_attorney: 'P',
  guardian_ad_litem: 'G',
  casa_volunteer: 'V',
  caregiver: 'F',
  youth: 'Y',
  cqi_analyst: 'N',
  administrator: 'D',
};

type Target = 'mine' | 'sibling' | 'other' | 'foreign';
type Expect = { ok: string; notFound?: string }; // every role not named is refused with 403
type Probe = {
  name: string;
  request: (
    org: Org,
    role: Role,
    target: Target,
    n: number,
  ) => {
    method: 'GET' | 'POST' | 'PATCH' | 'PUT';
    url: string;
    payload?: object;
    headers?: Record<string, string>;
  };
  expect: Partial<Record<Target, Expect>>;
};

const CHILD_READERS = 'JCWSAPGVN';

function childFor(org: Org, role: Role, target: Target): string {
  if (target === 'foreign') return org.foreignChild;
  if (target === 'other') return org.otherChild;
  const own = role === 'youth' ? org.youthChild : org.placedChild;
  const sibling = role === 'youth' ? org.placedChild : org.youthChild;
  return target === 'mine' ? own : sibling;
}
const caseFor = (org: Org, t: Target): string =>
  t === 'mine' ? org.assignedCase : t === 'other' ? org.otherCase : org.foreignCase;
const removalFor = (org: Org, t: Target): string =>
  t === 'mine' ? org.placedRemoval : t === 'other' ? org.otherRemoval : org.foreignRemoval;
const caseTargets = (ok: string, otherOk: string): Probe['expect'] => ({
  mine: { ok },
  other: { ok: otherOk, notFound: [...ok].filter((l) => !otherOk.includes(l)).join('') },
  foreign: { ok: '', notFound: ok },
});
const agencyWrite: Probe['expect'] = {
  mine: { ok: 'WS' },
  other: { ok: '', notFound: 'WS' },
  foreign: { ok: '', notFound: 'WS' },
};

const TRANSITION_PLAN = {
  housing: { state: 'not_started', notes: '' },
  education: { state: 'not_started', notes: '' },
  employment: { state: 'not_started', notes: '' },
  // Three youth-chosen members: one too many, so an allowed caller gets a 400 and nothing is written.
  team: ['A', 'B', 'C'].map((n) => ({ name: `Probe ${n}`, relationship: 'mentor' })),
};
const planWriters: Probe['expect'] = {
  mine: { ok: 'WS' },
  sibling: { ok: 'WS' },
  other: { ok: '', notFound: 'WS' },
  foreign: { ok: '', notFound: 'WS' },
};

const PROBES: Probe[] = [
  {
    // The plan to adulthood: the professionals on the case and the youth themself; never the caregiver,
    // the clerk, the analyst, or the parent's attorney (the plan is directed by the youth, SSA §475(5)(H)).
    name: 'GET /api/v1/children/:childId/transition-plans',
    request: (org, r, t) => ({
      method: 'GET',
      url: `/api/v1/children/${childFor(org, r, t)}/transition-plans`,
    }),
    expect: {
      mine: { ok: 'JWSAGVY' },
      sibling: { ok: 'JWSAGV', notFound: 'Y' },
      other: { ok: '', notFound: 'JWSAGVY' },
      foreign: { ok: '', notFound: 'JWSAGVY' },
    },
  },
  {
    // 400 for the placed child (under 14) and for the youth (three team members): nothing is written.
    name: 'POST /api/v1/children/:childId/transition-plans',
    request: (org, r, t) => ({
      method: 'POST',
      url: `/api/v1/children/${childFor(org, r, t)}/transition-plans`,
      payload: TRANSITION_PLAN,
    }),
    expect: planWriters,
  },
  {
    // No plan exists yet: an allowed caller gets a 409.
    name: 'PUT /api/v1/children/:childId/transition-plans',
    request: (org, r, t) => ({
      method: 'PUT',
      url: `/api/v1/children/${childFor(org, r, t)}/transition-plans`,
      headers: { 'if-match': '"999"' },
      payload: TRANSITION_PLAN,
    }),
    expect: planWriters,
  },
  {
    // Only the youth, only in their own plan (a 409 here: no plan yet).
    name: 'PUT /api/v1/children/:childId/transition-plans/goals',
    request: (org, r, t) => ({
      method: 'PUT',
      url: `/api/v1/children/${childFor(org, r, t)}/transition-plans/goals`,
      headers: { 'if-match': '"999"' },
      payload: { goals: 'Probe' },
    }),
    expect: {
      mine: { ok: 'Y' },
      sibling: { ok: '', notFound: 'Y' },
      other: { ok: '', notFound: 'Y' },
      foreign: { ok: '', notFound: 'Y' },
    },
  },
  {
    // The transition home plan is part of the child's permanency history: its readers.
    name: 'GET /api/v1/children/:childId/transition-home-plans',
    request: (org, r, t) => ({
      method: 'GET',
      url: `/api/v1/children/${childFor(org, r, t)}/transition-home-plans`,
    }),
    expect: {
      mine: { ok: 'JWSAPGVN' },
      sibling: { ok: 'JWSAPGVN' },
      other: { ok: 'N', notFound: 'JWSAPGV' },
      foreign: { ok: '', notFound: 'JWSAPGVN' },
    },
  },
  {
    // Completed with nothing in it: an allowed caller gets a 400 and nothing is written.
    name: 'POST /api/v1/children/:childId/transition-home-plans',
    request: (org, r, t) => ({
      method: 'POST',
      url: `/api/v1/children/${childFor(org, r, t)}/transition-home-plans`,
      payload: { status: 'completed' },
    }),
    expect: agencyWrite,
  },
  {
    name: 'PUT /api/v1/children/:childId/transition-home-plans/:planId',
    request: (org, r, t) => ({
      method: 'PUT',
      url: `/api/v1/children/${childFor(org, r, t)}/transition-home-plans/${homePlanFixtures[t === 'sibling' ? 'mine' : t]}`,
      headers: { 'if-match': '"999"' },
      payload: { status: 'draft' },
    }),
    expect: agencyWrite,
  },
  {
    name: 'GET /api/v1/me',
    request: () => ({ method: 'GET', url: '/api/v1/me' }),
    expect: { mine: { ok: 'JCWSAPGVFYND' } },
  },
  {
    name: 'GET /api/v1/cases',
    request: () => ({ method: 'GET', url: '/api/v1/cases' }),
    expect: { mine: { ok: 'JCWSAPGVN' } },
  },
  {
    name: 'GET /api/v1/children',
    request: () => ({ method: 'GET', url: '/api/v1/children' }),
    expect: { mine: { ok: CHILD_READERS + 'FY' } },
  },
  {
    // Whoever may read a child may search; what each role finds is checked by hand further down.
    name: 'GET /api/v1/search',
    request: () => ({ method: 'GET', url: '/api/v1/search?q=Testchild' }),
    expect: { mine: { ok: CHILD_READERS + 'FY' } },
  },
  {
    // The due items are computed from the children's history: every reader of a history gets their own.
    name: 'GET /api/v1/me/due-items',
    request: () => ({ method: 'GET', url: '/api/v1/me/due-items' }),
    expect: { mine: { ok: 'JWSAPGVN' } },
  },
  // Caseworker contacts (issue 6): the agency's caseworker and supervisor, within their cases and unit.
  {
    name: 'POST /api/v1/children/:childId/contacts',
    request: (org, r, t) => ({
      method: 'POST',
      url: `/api/v1/children/${childFor(org, r, t)}/contacts`,
      payload: {
        date: '2025-06-01',
        time: '10:00',
        mode: 'in_person',
        location: 'residence',
        timeAlone: false,
        purpose: 'Monthly visit',
      },
    }),
    expect: agencyWrite,
  },
  {
    name: 'GET /api/v1/children/:childId/contacts',
    request: (org, r, t) => ({ method: 'GET', url: `/api/v1/children/${childFor(org, r, t)}/contacts` }),
    expect: {
      mine: { ok: 'WS' },
      sibling: { ok: 'WS' },
      other: { ok: '', notFound: 'WS' },
      foreign: { ok: '', notFound: 'WS' },
    },
  },
  {
    name: 'GET /api/v1/contacts/:contactId',
    request: (_org, _r, t) => ({
      method: 'GET',
      url: `/api/v1/contacts/${contactFixtures.contact[contactTarget(t)]}`,
    }),
    expect: agencyWrite,
  },
  {
    // Only the supervisor of the worker's unit reviews; no ratings: an allowed caller gets a 400.
    name: 'POST /api/v1/contacts/:contactId/reviews',
    request: (_org, _r, t) => ({
      method: 'POST',
      url: `/api/v1/contacts/${contactFixtures.contact[contactTarget(t)]}/reviews`,
      payload: { ratings: {} },
    }),
    expect: {
      mine: { ok: 'S' },
      other: { ok: '', notFound: 'S' },
      foreign: { ok: '', notFound: 'S' },
    },
  },
  {
    name: 'GET /api/v1/me/contact-reviews',
    request: () => ({ method: 'GET', url: '/api/v1/me/contact-reviews' }),
    expect: { mine: { ok: 'WS' } },
  },
  {
    // The worker follows up their plan, the reviewing supervisor too; nobody else's plan. A stale
    // If-Match: allowed callers get a 412 and nothing changes.
    name: 'PATCH /api/v1/contact-reviews/:reviewId/actions/:actionId',
    request: (_org, _r, t) => ({
      method: 'PATCH',
      url: `/api/v1/contact-reviews/${contactFixtures.review[contactTarget(t)]}/actions/${contactFixtures.action[contactTarget(t)]}`,
      headers: { 'if-match': '"999"' },
      payload: { status: 'open' },
    }),
    expect: agencyWrite,
  },
  {
    name: 'GET /api/v1/me/contact-compliance',
    request: () => ({ method: 'GET', url: '/api/v1/me/contact-compliance' }),
    expect: { mine: { ok: 'WS' } },
  },
  {
    // Permanency clocks are computed from the child's history: its readers, within their relationships.
    name: 'GET /api/v1/children/:childId/clocks',
    request: (org, r, t) => ({ method: 'GET', url: `/api/v1/children/${childFor(org, r, t)}/clocks` }),
    expect: {
      mine: { ok: 'JWSAPGVN' },
      sibling: { ok: 'JWSAPGVN' },
      other: { ok: 'N', notFound: 'JWSAPGV' },
      foreign: { ok: '', notFound: 'JWSAPGVN' },
    },
  },
  {
    // The 15-of-22 exception is documented in the agency's case plan: plan.record.
    name: 'POST /api/v1/children/:childId/tpr-exceptions',
    request: (org, r, t) => ({
      method: 'POST',
      url: `/api/v1/children/${childFor(org, r, t)}/tpr-exceptions`,
      payload: { reason: 'services_not_provided', documentedDate: '2025-05-01' },
    }),
    expect: agencyWrite,
  },
  {
    // Every reader of children's history gets the at-risk children of their own cases (the analyst, the district).
    name: 'GET /api/v1/me/at-risk',
    request: () => ({ method: 'GET', url: '/api/v1/me/at-risk' }),
    expect: { mine: { ok: 'JWSAPGVN' } },
  },
  {
    name: 'GET /api/v1/cases/:caseId/benchmark-reviews',
    request: (org, _r, t) => ({ method: 'GET', url: `/api/v1/cases/${caseFor(org, t)}/benchmark-reviews` }),
    expect: caseTargets('JWSAPGVN', 'N'),
  },
  {
    // No such checkpoint: an allowed caller gets a 400 and nothing is recorded.
    name: 'POST /api/v1/cases/:caseId/benchmark-reviews',
    request: (org, _r, t) => ({
      method: 'POST',
      url: `/api/v1/cases/${caseFor(org, t)}/benchmark-reviews`,
      payload: {
        childId: org.placedChild,
        checkpoint: 'no_such_checkpoint',
        anchorDate: '2025-07-01',
        reviewDate: '2025-05-01',
        answers: {},
        outcome: 'on_track',
      },
    }),
    expect: agencyWrite,
  },
  {
    name: 'POST /api/v1/cases',
    request: (org, _r, _t, n) => ({
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        petitionNumber: `M-${n}-${org.jurisdictionId.slice(0, 6).toUpperCase()}`,
        courtId: org.court,
        filingDate: '2025-05-01',
        allegations: ['neglect'],
        children: [{ givenName: 'Matrix', familyName: `Child${n}`, birthDate: '2020-02-02' }],
      },
    }),
    expect: { mine: { ok: 'CWA' } },
  },
  {
    name: 'GET /api/v1/cases/:caseId',
    request: (org, _r, t) => ({ method: 'GET', url: `/api/v1/cases/${caseFor(org, t)}` }),
    expect: caseTargets('JCWSAPGVN', 'CN'),
  },
  {
    // The schedule is read like the case page: the same readers, the same reach.
    name: 'GET /api/v1/cases/:caseId/schedule',
    request: (org, _r, t) => ({ method: 'GET', url: `/api/v1/cases/${caseFor(org, t)}/schedule` }),
    expect: caseTargets('JCWSAPGVN', 'CN'),
  },
  {
    name: 'PATCH /api/v1/cases/:caseId',
    request: (org, _r, t) => ({
      method: 'PATCH',
      url: `/api/v1/cases/${caseFor(org, t)}`,
      headers: { 'if-match': '"999"' },
      payload: { allegations: ['neglect'] },
    }),
    expect: caseTargets('C', 'C'),
  },
  {
    name: 'POST /api/v1/cases/:caseId/participants',
    request: (org, _r, t) => ({
      method: 'POST',
      url: `/api/v1/cases/${caseFor(org, t)}/participants`,
      payload: {
        caseRole: 'interpreter',
        newPerson: { givenName: 'Ina', familyName: 'Terp' },
        startDate: '2025-02-01',
      },
    }),
    expect: caseTargets('CWS', 'C'),
  },
  {
    name: 'POST /api/v1/cases/:caseId/children',
    request: (org, _r, t, n) => ({
      method: 'POST',
      url: `/api/v1/cases/${caseFor(org, t)}/children`,
      payload: { givenName: 'Matrix', familyName: `Sibling${n}`, birthDate: '2024-03-03' },
    }),
    expect: caseTargets('CWS', 'C'),
  },
  {
    name: 'GET /api/v1/lookups/courts',
    request: () => ({ method: 'GET', url: '/api/v1/lookups/courts' }),
    expect: { mine: { ok: 'JCWSAPGVN' } },
  },
  {
    name: 'GET /api/v1/lookups/providers',
    request: () => ({ method: 'GET', url: '/api/v1/lookups/providers' }),
    expect: { mine: { ok: 'WS' } },
  },
  {
    name: 'POST /api/v1/cases/:caseId/hearings',
    request: (org, _r, t) => ({
      method: 'POST',
      url: `/api/v1/cases/${caseFor(org, t)}/hearings`,
      payload: {
        hearingType: 'periodic_review',
        scheduledStart: '2025-07-01T15:00:00Z',
        scheduledEnd: '2025-07-01T15:30:00Z',
      },
    }),
    expect: caseTargets('JC', 'C'),
  },
  {
    name: 'POST /api/v1/cases/:caseId/orders',
    request: (org, _r, t) => ({
      method: 'POST',
      url: `/api/v1/cases/${caseFor(org, t)}/orders`,
      payload: { orderType: 'other', signedDate: '2025-03-01' },
    }),
    expect: caseTargets('JC', 'C'),
  },
  {
    name: 'GET /api/v1/children/:childId',
    request: (org, r, t) => ({ method: 'GET', url: `/api/v1/children/${childFor(org, r, t)}` }),
    expect: {
      mine: { ok: CHILD_READERS + 'FY' },
      sibling: { ok: CHILD_READERS, notFound: 'FY' },
      other: { ok: 'CN', notFound: 'JWSAPGVFY' },
      foreign: { ok: '', notFound: CHILD_READERS + 'FY' },
    },
  },
  {
    // Part of the basic record: the same reach as the child's record itself.
    name: 'GET /api/v1/children/:childId/people',
    request: (org, r, t) => ({ method: 'GET', url: `/api/v1/children/${childFor(org, r, t)}/people` }),
    expect: {
      mine: { ok: 'JCWSAPGVNFY' },
      sibling: { ok: 'JCWSAPGVN', notFound: 'FY' },
      other: { ok: 'CN', notFound: 'JWSAPGVFY' },
      foreign: { ok: '', notFound: 'JCWSAPGVNFY' },
    },
  },
  {
    name: 'PATCH /api/v1/children/:childId',
    request: (org, r, t) => ({
      method: 'PATCH',
      url: `/api/v1/children/${childFor(org, r, t)}`,
      headers: { 'if-match': '"999"' },
      payload: { county: 'Sandoval' },
    }),
    expect: agencyWrite,
  },
  {
    name: 'POST /api/v1/children/:childId/removals',
    request: (org, r, t) => ({
      method: 'POST',
      url: `/api/v1/children/${childFor(org, r, t)}/removals`,
      payload: {
        caseId: caseFor(org, t),
        removalDate: '2025-05-01',
        removalManner: 'court_ordered',
        removalReasons: ['neglect'],
      },
    }),
    expect: agencyWrite,
  },
  {
    name: 'PATCH /api/v1/removals/:removalId',
    request: (org, _r, t) => ({
      method: 'PATCH',
      url: `/api/v1/removals/${removalFor(org, t)}`,
      headers: { 'if-match': '"999"' },
      payload: { adjudicationDate: '2025-02-01' },
    }),
    expect: agencyWrite,
  },
  {
    name: 'POST /api/v1/removals/:removalId/placements',
    // Dated before the removal: an allowed caller gets a 400 and no placement is written (so the caregiver keeps the child).
    request: (org, _r, t) => ({
      method: 'POST',
      url: `/api/v1/removals/${removalFor(org, t)}/placements`,
      payload: { setting: 'respite', startDate: '2024-01-01' },
    }),
    expect: agencyWrite,
  },
  {
    name: 'POST /api/v1/children/:childId/permanency-plans',
    request: (org, r, t) => ({
      method: 'POST',
      url: `/api/v1/children/${childFor(org, r, t)}/permanency-plans`,
      payload: { planKind: 'concurrent', goal: 'adoption', establishedDate: '2025-02-01' },
    }),
    expect: agencyWrite,
  },
  {
    name: 'POST /api/v1/children/:childId/parental-rights',
    request: (org, r, t) => ({
      method: 'POST',
      url: `/api/v1/children/${childFor(org, r, t)}/parental-rights`,
      payload: { parentPersonId: org.parent, event: 'tpr_petition_filed', eventDate: '2025-05-01' },
    }),
    expect: { mine: { ok: 'JA' }, other: { ok: '', notFound: 'JA' }, foreign: { ok: '', notFound: 'JA' } },
  },
  {
    name: 'POST /api/v1/children/:childId/sensitive',
    request: (org, r, t) => ({
      method: 'POST',
      url: `/api/v1/children/${childFor(org, r, t)}/sensitive`,
      payload: { fieldClass: 'health', summary: 'Allergy to penicillin' },
    }),
    expect: agencyWrite,
  },
  {
    name: 'GET /api/v1/accounts',
    request: () => ({ method: 'GET', url: '/api/v1/accounts' }),
    expect: { mine: { ok: 'D' } },
  },
  {
    name: 'POST /api/v1/accounts',
    request: (org, _r, _t, n) => ({
      method: 'POST',
      url: '/api/v1/accounts',
      payload: {
        email: `new${n}.${org.jurisdictionId.slice(0, 8)}@test.hearth`,
        displayName: 'New Person',
        password: 'a long enough password',
        roles: ['casa_volunteer'],
      },
    }),
    expect: { mine: { ok: 'D' } },
  },
  {
    name: 'PUT /api/v1/accounts/:accountId/roles',
    request: (org) => ({
      method: 'PUT',
      url: `/api/v1/accounts/${org.accounts.casa_volunteer.id}/roles`,
      payload: { roles: ['casa_volunteer'] },
    }),
    expect: { mine: { ok: 'D' } },
  },
  {
    name: 'POST /api/v1/sensitive-grants',
    request: (org) => ({
      method: 'POST',
      url: '/api/v1/sensitive-grants',
      payload: {
        accountId: org.accounts.guardian_ad_litem.id,
        fieldClass: 'sogi',
        reason: 'court ordered disclosure',
      },
    }),
    expect: { mine: { ok: 'D' } },
  },
  {
    name: 'GET /api/v1/audit-events',
    request: () => ({ method: 'GET', url: '/api/v1/audit-events?limit=5' }),
    expect: { mine: { ok: 'D' } },
  },
  {
    name: 'GET /api/v1/data/summary',
    request: () => ({ method: 'GET', url: '/api/v1/data/summary' }),
    expect: { mine: { ok: 'JSN' } },
  },
  {
    name: 'GET /api/v1/data/interchange/:file',
    request: () => ({ method: 'GET', url: '/api/v1/data/interchange/children.csv' }),
    expect: { mine: { ok: 'ND' } },
  },
  {
    // The whole jurisdiction's AFCARS 2020 file: the analyst and the administrator (data.export).
    name: 'GET /api/v1/data/afcars.xml',
    request: () => ({ method: 'GET', url: '/api/v1/data/afcars.xml' }),
    expect: { mine: { ok: 'ND' } },
  },
  {
    // Dockets are the bench's: the judge's own and the clerk's court's judges; another judge's is out of
    // the judge's reach (404); everyone else is refused (403). The other district: dockets.int.test.ts.
    name: 'GET /api/v1/dockets',
    request: (org, _r, t) => ({
      method: 'GET',
      url: `/api/v1/dockets?judgeId=${t === 'mine' ? org.judge : org.otherJudge}&days=7`,
    }),
    expect: { mine: { ok: 'JC' }, other: { ok: 'C', notFound: 'J' } },
  },
  {
    name: 'GET /api/v1/dockets.pdf',
    request: (org, _r, t) => ({
      method: 'GET',
      url: `/api/v1/dockets.pdf?judgeId=${t === 'mine' ? org.judge : org.otherJudge}&from=2025-06-02`,
    }),
    expect: { mine: { ok: 'JC' }, other: { ok: 'C', notFound: 'J' } },
  },
  {
    name: 'GET /api/v1/lookups/dockets',
    request: () => ({ method: 'GET', url: '/api/v1/lookups/dockets' }),
    expect: { mine: { ok: 'JC' } },
  },
  {
    // Every account has its own calendar address; what the feed lists is checked by hand further down.
    name: 'GET /api/v1/me/calendar-feed',
    request: () => ({ method: 'GET', url: '/api/v1/me/calendar-feed' }),
    expect: { mine: { ok: 'JCWSAPGVFYND' } },
  },
  {
    name: 'POST /api/v1/me/calendar-feed/revoke',
    request: () => ({ method: 'POST', url: '/api/v1/me/calendar-feed/revoke' }),
    expect: { mine: { ok: 'JCWSAPGVFYND' } },
  },
  {
    // The notice log reads as the case does; sending, the PDF (it carries an address) and proof of
    // service are the court's: the clerk's court, the judge's docket.
    name: 'GET /api/v1/hearings/:hearingId/notices',
    request: (_org, _r, t) => ({
      method: 'GET',
      url: `/api/v1/hearings/${noticeFixtures.hearing[noticeTarget(t)]}/notices`,
    }),
    expect: caseTargets('JCWSAPGVN', 'CN'),
  },
  {
    name: 'POST /api/v1/hearings/:hearingId/notices',
    request: (_org, _r, t) => ({
      method: 'POST',
      url: `/api/v1/hearings/${noticeFixtures.hearing[noticeTarget(t)]}/notices`,
    }),
    expect: caseTargets('JC', 'C'),
  },
  {
    name: 'GET /api/v1/notices/:noticeId.pdf',
    request: (_org, _r, t) => ({
      method: 'GET',
      url: `/api/v1/notices/${noticeFixtures.notice[noticeTarget(t)]}.pdf`,
    }),
    expect: caseTargets('JC', 'C'),
  },
  {
    name: 'PATCH /api/v1/notices/:noticeId',
    request: (_org, _r, t) => ({
      method: 'PATCH',
      url: `/api/v1/notices/${noticeFixtures.notice[noticeTarget(t)]}`,
      headers: { 'if-match': '"999"' },
      payload: { method: 'first_class_mail', servedDate: '2025-06-01' },
    }),
    expect: caseTargets('JC', 'C'),
  },
  {
    // A hearing reads as its case does; moving and continuing it are the court's (hearing.schedule).
    name: 'GET /api/v1/hearings/:hearingId',
    request: (_org, _r, t) => ({ method: 'GET', url: `/api/v1/hearings/${hearingOf(t)}` }),
    expect: caseTargets('JCWSAPGVN', 'CN'),
  },
  {
    name: 'PATCH /api/v1/hearings/:hearingId',
    request: (_org, _r, t) => ({
      method: 'PATCH',
      url: `/api/v1/hearings/${hearingOf(t)}`,
      headers: { 'if-match': '"999"' },
      payload: { scheduledStart: '2025-08-05T15:00:00Z', scheduledEnd: '2025-08-05T15:30:00Z' },
    }),
    expect: caseTargets('JC', 'C'),
  },
  {
    // Ending before it starts: an allowed caller gets a 400 and the hearing stays as it was.
    name: 'POST /api/v1/hearings/:hearingId/continuance',
    request: (_org, _r, t) => ({
      method: 'POST',
      url: `/api/v1/hearings/${hearingOf(t)}/continuance`,
      payload: {
        requestedBy: 'court',
        reason: 'court_calendar',
        newStart: '2025-08-06T16:00:00Z',
        newEnd: '2025-08-06T15:00:00Z',
      },
    }),
    expect: caseTargets('JC', 'C'),
  },
  {
    name: 'GET /api/v1/cases/:caseId/continuances',
    request: (org, _r, t) => ({ method: 'GET', url: `/api/v1/cases/${caseFor(org, t)}/continuances` }),
    expect: caseTargets('JCWSAPGVN', 'CN'),
  },
  {
    // Court performance measures cover the jurisdiction: cqi.read (judge, supervisor, analyst).
    name: 'GET /api/v1/court-measures',
    request: () => ({ method: 'GET', url: '/api/v1/court-measures?by=judge' }),
    expect: { mine: { ok: 'JSN' } },
  },
  {
    // The download needs data.export and cqi.read: the administrator exports files but reads no measures.
    name: 'GET /api/v1/court-measures/export',
    request: () => ({ method: 'GET', url: '/api/v1/court-measures/export?format=csv' }),
    expect: { mine: { ok: 'N' } },
  },
  {
    // Attendance reads as its hearing's case does; recording it is the court's (order.record): a stale
    // If-Match gets allowed callers a 412 and changes nothing.
    name: 'GET /api/v1/hearings/:hearingId/attendance',
    request: (_org, _r, t) => ({ method: 'GET', url: `/api/v1/hearings/${hearingOf(t)}/attendance` }),
    expect: caseTargets('JCWSAPGVN', 'CN'),
  },
  {
    name: 'PUT /api/v1/hearings/:hearingId/attendance',
    request: (_org, _r, t) => ({
      method: 'PUT',
      url: `/api/v1/hearings/${hearingOf(t)}/attendance`,
      headers: { 'if-match': '"999"' },
      payload: { entries: [] },
    }),
    expect: caseTargets('JC', 'C'),
  },
  // Court reports (server/src/reports): the agency's staff and counsel generate the agency's report, the
  // CASA volunteer the CASA's; the judge on their docket and the clerk of the court hand out every
  // recipient's copy. Only the CASA volunteer writes the CASA's narrative: a stale If-Match gets a 412.
  {
    name: 'GET /api/v1/hearings/:hearingId/reports/agency',
    request: (_org, _r, t) => ({
      method: 'GET',
      url: `/api/v1/hearings/${hearingOf(t)}/reports/agency?recipient=parent_attorney&format=pdf`,
    }),
    expect: caseTargets('JCWSA', 'C'),
  },
  {
    name: 'GET /api/v1/hearings/:hearingId/reports/casa',
    request: (_org, _r, t) => ({
      method: 'GET',
      url: `/api/v1/hearings/${hearingOf(t)}/reports/casa?recipient=judge&format=docx`,
    }),
    expect: caseTargets('JCV', 'C'),
  },
  {
    name: 'GET /api/v1/hearings/:hearingId/reports/casa/narrative',
    request: (_org, _r, t) => ({
      method: 'GET',
      url: `/api/v1/hearings/${hearingOf(t)}/reports/casa/narrative`,
    }),
    expect: caseTargets('JCV', 'C'),
  },
  {
    name: 'PUT /api/v1/hearings/:hearingId/reports/casa',
    request: (_org, _r, t) => ({
      method: 'PUT',
      url: `/api/v1/hearings/${hearingOf(t)}/reports/casa`,
      headers: { 'if-match': '"999"' },
      payload: { observations: '', childWishes: '', recommendations: '', status: 'draft' },
    }),
    expect: caseTargets('V', ''),
  },
  // Well-being checklists (server/src/wellbeing), at a hearing of 2 February 2026. Reading is for whoever
  // may open the child: the bench and professionals every checklist, the caregiver of the placed child and
  // the youth themself only one sent to the court (the fixtures sent one for each child of the assigned
  // case). Writing is the caseworker's and supervisor's, with the GAL and CASA volunteer as contributors: a
  // stale If-Match gets them a 412 and changes nothing.
  {
    name: 'GET /api/v1/hearings/:hearingId/children/:childId/well-being',
    request: (org, r, t) => ({
      method: 'GET',
      url: `/api/v1/hearings/${wellbeingHearingOf(t)}/children/${childFor(org, r, t)}/well-being`,
    }),
    expect: {
      mine: { ok: 'JCWSAPGVNFY' },
      sibling: { ok: 'JCWSAPGVN', notFound: 'FY' },
      other: { ok: 'CN', notFound: 'JWSAPGVFY' },
      foreign: { ok: '', notFound: 'JCWSAPGVNFY' },
    },
  },
  {
    name: 'PUT /api/v1/hearings/:hearingId/children/:childId/well-being',
    request: (org, r, t) => ({
      method: 'PUT',
      url: `/api/v1/hearings/${wellbeingHearingOf(t)}/children/${childFor(org, r, t)}/well-being`,
      headers: { 'if-match': '"999"' },
      payload: { status: 'draft', answers: [] },
    }),
    expect: {
      mine: { ok: 'WSGV' },
      sibling: { ok: 'WSGV' },
      other: { ok: '', notFound: 'WSGV' },
      foreign: { ok: '', notFound: 'WSGV' },
    },
  },
  {
    name: 'GET /api/v1/children/:childId/well-being/history',
    request: (org, r, t) => ({
      method: 'GET',
      url: `/api/v1/children/${childFor(org, r, t)}/well-being/history`,
    }),
    expect: {
      mine: { ok: 'JCWSAPGVNFY' },
      sibling: { ok: 'JCWSAPGVN', notFound: 'FY' },
      other: { ok: 'CN', notFound: 'JWSAPGVFY' },
      foreign: { ok: '', notFound: 'JCWSAPGVNFY' },
    },
  },
  {
    // The bench's own view: the judge on their docket, the clerk in their court (docket.read).
    name: 'GET /api/v1/hearings/:hearingId/bench-view',
    request: (_org, _r, t) => ({
      method: 'GET',
      url: `/api/v1/hearings/${wellbeingHearingOf(t)}/bench-view`,
    }),
    expect: caseTargets('JC', 'C'),
  },
  // Young people's and caregivers' voice (server/src/voice). Readers of a child's voice page: the court and
  // the professionals of its case, the family it lives with, the youth themself; the analyst and the
  // administrator hold no voice.read. The clerk reaches its court's other cases too.
  {
    name: 'GET /api/v1/children/:childId/voice',
    request: (org, r, t) => ({ method: 'GET', url: `/api/v1/children/${childFor(org, r, t)}/voice` }),
    expect: {
      mine: { ok: 'JCWSAPGVFY' },
      sibling: { ok: 'JCWSAPGV', notFound: 'FY' },
      other: { ok: 'C', notFound: 'JWSAPGVFY' },
      foreign: { ok: '', notFound: 'JCWSAPGVFY' },
    },
  },
  {
    // A hearing's voices: the same readers, the caregiver and youth through a child of the hearing's case.
    name: 'GET /api/v1/hearings/:hearingId/voices',
    request: (_org, _r, t) => ({ method: 'GET', url: `/api/v1/hearings/${hearingOf(t)}/voices` }),
    expect: {
      mine: { ok: 'JCWSAPGVFY' },
      other: { ok: 'C', notFound: 'JWSAPGVFY' },
      foreign: { ok: '', notFound: 'JCWSAPGVFY' },
    },
  },
  {
    // Only the young person writes their statement (voice.write: caseworker, GAL, caregiver, youth; the
    // three others reach no statement: 404).
    name: 'PUT /api/v1/hearings/:hearingId/children/:childId/statement',
    request: (org, r, t) => ({
      method: 'PUT',
      url: `/api/v1/hearings/${hearingOf(t)}/children/${childFor(org, r, t)}/statement`,
      payload: { body: 'Access matrix probe', language: 'en', sharedWith: [] },
    }),
    expect: {
      mine: { ok: 'Y', notFound: 'WGF' },
      sibling: { ok: '', notFound: 'WGFY' },
      other: { ok: '', notFound: 'WGFY' },
      foreign: { ok: '', notFound: 'WGFY' },
    },
  },
  {
    // A stale If-Match: the youth's own statement answers 412, everyone else's reach is as above.
    name: 'POST /api/v1/hearings/:hearingId/children/:childId/statement/send',
    request: (org, r, t) => ({
      method: 'POST',
      url: `/api/v1/hearings/${hearingOf(t)}/children/${childFor(org, r, t)}/statement/send`,
      headers: { 'if-match': '"999"' },
    }),
    expect: {
      mine: { ok: 'Y', notFound: 'WGF' },
      sibling: { ok: '', notFound: 'WGFY' },
      other: { ok: '', notFound: 'WGFY' },
      foreign: { ok: '', notFound: 'WGFY' },
    },
  },
  {
    // The youth, their GAL or caseworker. On 'mine' the caseworker's and GAL's child is 9: reached, but
    // refused with 409 (no court permission), which is not an access refusal.
    name: 'PUT /api/v1/hearings/:hearingId/children/:childId/attendance-plan',
    request: (org, r, t) => ({
      method: 'PUT',
      url: `/api/v1/hearings/${hearingOf(t)}/children/${childFor(org, r, t)}/attendance-plan`,
      payload: { attendance: 'in_person' },
    }),
    expect: {
      mine: { ok: 'WGY', notFound: 'F' },
      sibling: { ok: 'WG', notFound: 'FY' },
      other: { ok: '', notFound: 'WGFY' },
      foreign: { ok: '', notFound: 'WGFY' },
    },
  },
  {
    // Only a caregiver of the household the child lives with (the factory's foster home and Mia).
    name: 'PUT /api/v1/hearings/:hearingId/children/:childId/caregiver-report',
    request: (org, r, t) => ({
      method: 'PUT',
      url: `/api/v1/hearings/${hearingOf(t)}/children/${childFor(org, r, t)}/caregiver-report`,
      payload: { health: '', school: 'Probe', behaviour: '', familyTime: '', needs: '', forTheJudge: '' },
    }),
    expect: {
      mine: { ok: 'F', notFound: 'WGY' },
      sibling: { ok: '', notFound: 'WGFY' },
      other: { ok: '', notFound: 'WGFY' },
      foreign: { ok: '', notFound: 'WGFY' },
    },
  },
  {
    name: 'POST /api/v1/hearings/:hearingId/children/:childId/caregiver-report/submit',
    request: (org, r, t) => ({
      method: 'POST',
      url: `/api/v1/hearings/${hearingOf(t)}/children/${childFor(org, r, t)}/caregiver-report/submit`,
      headers: { 'if-match': '"999"' },
    }),
    expect: {
      mine: { ok: 'F', notFound: 'WGY' },
      sibling: { ok: '', notFound: 'WGFY' },
      other: { ok: '', notFound: 'WGFY' },
      foreign: { ok: '', notFound: 'WGFY' },
    },
  },
  {
    // The court's leave for a younger child to write: an order, recorded by the judge or the clerk.
    name: 'PUT /api/v1/children/:childId/voice-permission',
    request: (org, r, t) => ({
      method: 'PUT',
      url: `/api/v1/children/${childFor(org, r, t)}/voice-permission`,
      payload: { granted: true, orderDate: '2025-05-01' },
    }),
    expect: {
      mine: { ok: 'JC' },
      sibling: { ok: 'JC' },
      other: { ok: 'C', notFound: 'J' },
      foreign: { ok: '', notFound: 'JC' },
    },
  },
  // Education record (issue 6): read by the readers of the child's history; written by the agency's caseworker
  // and supervisor on their cases. An invalid body gets allowed callers a 400 and records nothing.
  {
    name: 'GET /api/v1/children/:childId/education',
    request: (org, r, t) => ({ method: 'GET', url: `/api/v1/children/${childFor(org, r, t)}/education` }),
    expect: {
      mine: { ok: 'JWSAPGVN' },
      sibling: { ok: 'JWSAPGVN' },
      other: { ok: 'N', notFound: 'JWSAPGV' },
      foreign: { ok: '', notFound: 'JWSAPGVN' },
    },
  },
  {
    name: 'POST /api/v1/children/:childId/education/schools',
    request: (org, r, t, n) => ({
      method: 'POST',
      url: `/api/v1/children/${childFor(org, r, t)}/education/schools`,
      payload: { schoolName: `Probe School ${n}`, enrolledOn: '2025-05-01', reason: 'other' },
    }),
    expect: agencyWrite,
  },
  {
    // A stale If-Match: allowed callers get a 412 and nothing changes.
    name: 'PATCH /api/v1/children/:childId/education/schools/:enrollmentId',
    request: (org, r, t) => ({
      method: 'PATCH',
      url: `/api/v1/children/${childFor(org, r, t)}/education/schools/${educationFixtures.enrollment[educationTarget(t)]}`,
      headers: { 'if-match': '"999"' },
      payload: { recordsReceivedOn: '2025-01-20' },
    }),
    expect: agencyWrite,
  },
  {
    name: 'POST /api/v1/children/:childId/education/best-interest',
    request: (org, r, t) => ({
      method: 'POST',
      url: `/api/v1/children/${childFor(org, r, t)}/education/best-interest`,
      payload: { decidedOn: '2025-05-01', participants: [], factors: [], decision: 'move' },
    }),
    expect: agencyWrite,
  },
  {
    name: 'PATCH /api/v1/children/:childId/education/best-interest/:determinationId',
    request: (org, r, t) => ({
      method: 'PATCH',
      url: `/api/v1/children/${childFor(org, r, t)}/education/best-interest/${educationFixtures.determination[educationTarget(t)]}`,
      headers: { 'if-match': '"999"' },
      payload: { disputed: true, disputeOutcome: 'pending' },
    }),
    expect: agencyWrite,
  },
  {
    name: 'POST /api/v1/children/:childId/education/decision-makers',
    request: (org, r, t) => ({
      method: 'POST',
      url: `/api/v1/children/${childFor(org, r, t)}/education/decision-makers`,
      payload: { name: 'Probe', relationship: 'relative', authority: 'parental_right', since: '2025-05-01' },
    }),
    expect: agencyWrite,
  },
  {
    // Health information: the caseworker holds the grant and records; the supervisor holds none: a 400.
    name: 'POST /api/v1/children/:childId/education/special-education',
    request: (org, r, t) => ({
      method: 'POST',
      url: `/api/v1/children/${childFor(org, r, t)}/education/special-education`,
      payload: { planType: 'section_504', planDate: '2025-05-01' },
    }),
    expect: agencyWrite,
  },
  {
    name: 'POST /api/v1/children/:childId/education/attendance',
    request: (org, r, t) => ({
      method: 'POST',
      url: `/api/v1/children/${childFor(org, r, t)}/education/attendance`,
      payload: { term: 'Probe', termStart: '2025-05-01', termEnd: '2025-04-01', daysAbsent: 0 },
    }),
    expect: agencyWrite,
  },
  {
    name: 'POST /api/v1/children/:childId/education/credits',
    request: (org, r, t) => ({
      method: 'POST',
      url: `/api/v1/children/${childFor(org, r, t)}/education/credits`,
      payload: { asOf: '2025-05-01', grade: 9, earned: 3 },
    }),
    expect: agencyWrite,
  },
  {
    name: 'POST /api/v1/children/:childId/education/advocates',
    request: (org, r, t) => ({
      method: 'POST',
      url: `/api/v1/children/${childFor(org, r, t)}/education/advocates`,
      payload: { name: 'Probe advocate', since: '2099-01-01' },
    }),
    expect: agencyWrite,
  },
  {
    // Normalcy reads as the child's basic record: the caregiver it lives with and the youth themself too.
    name: 'GET /api/v1/children/:childId/normalcy',
    request: (org, r, t) => ({ method: 'GET', url: `/api/v1/children/${childFor(org, r, t)}/normalcy` }),
    expect: {
      mine: { ok: CHILD_READERS + 'FY' },
      sibling: { ok: CHILD_READERS, notFound: 'FY' },
      other: { ok: 'CN', notFound: 'JWSAPGVFY' },
      foreign: { ok: '', notFound: CHILD_READERS + 'FY' },
    },
  },
  {
    // Reasonable-and-prudent-parent decisions: the caregiver for a child placed with them, and the agency.
    name: 'POST /api/v1/children/:childId/normalcy/decisions',
    request: (org, r, t) => ({
      method: 'POST',
      url: `/api/v1/children/${childFor(org, r, t)}/normalcy/decisions`,
      payload: { category: 'sport', activity: 'Probe', decidedOn: '2099-01-01', approved: true },
    }),
    expect: {
      mine: { ok: 'WSF' },
      sibling: { ok: 'WS', notFound: 'F' },
      other: { ok: '', notFound: 'WSF' },
      foreign: { ok: '', notFound: 'WSF' },
    },
  },
  {
    name: 'POST /api/v1/children/:childId/normalcy/conversations',
    request: (org, r, t) => ({
      method: 'POST',
      url: `/api/v1/children/${childFor(org, r, t)}/normalcy/conversations`,
      payload: { heldOn: '2099-01-01', wants: 'Probe' },
    }),
    expect: {
      mine: { ok: 'WSF' },
      sibling: { ok: 'WS', notFound: 'F' },
      other: { ok: '', notFound: 'WSF' },
      foreign: { ok: '', notFound: 'WSF' },
    },
  },
  {
    // Outcome indicators cover the jurisdiction: cqi.read (judge, supervisor, analyst).
    name: 'GET /api/v1/cqi/indicators',
    request: () => ({ method: 'GET', url: '/api/v1/cqi/indicators?periodStart=2024-01-01' }),
    expect: { mine: { ok: 'JSN' } },
  },
  {
    name: 'GET /api/v1/cqi/indicators/trend',
    request: () => ({ method: 'GET', url: '/api/v1/cqi/indicators/trend?periods=2' }),
    expect: { mine: { ok: 'JSN' } },
  },
  {
    // The children behind a number: the same readers; which children each may open is cqi.int.test.ts's.
    name: 'GET /api/v1/cqi/indicators/:key/children',
    request: () => ({
      method: 'GET',
      url: '/api/v1/cqi/indicators/permanency_12m_entries/children?periodStart=2024-01-01&part=denominator',
    }),
    expect: { mine: { ok: 'JSN' } },
  },
  {
    name: 'GET /api/v1/cqi/equity',
    request: () => ({ method: 'GET', url: '/api/v1/cqi/equity?periodStart=2024-01-01&by=sex' }),
    expect: { mine: { ok: 'JSN' } },
  },
  {
    name: 'GET /api/v1/cqi/reference-values',
    request: () => ({ method: 'GET', url: '/api/v1/cqi/reference-values' }),
    expect: { mine: { ok: 'JSN' } },
  },
  {
    // The national values are the analyst's to keep (cqi.configure): a stale If-Match gets a 412.
    name: 'PUT /api/v1/cqi/reference-values/:indicator/:measure',
    request: () => ({
      method: 'PUT',
      url: '/api/v1/cqi/reference-values/reentry_12m/round3_standard',
      headers: { 'if-match': '"999"' },
      payload: { value: 8.3, status: 'sourced', source: 'access matrix probe' },
    }),
    expect: { mine: { ok: 'N' } },
  },
  {
    // The dashboard's files need data.export and cqi.read: the administrator exports but reads no indicators.
    name: 'GET /api/v1/cqi/indicators/export',
    request: () => ({
      method: 'GET',
      url: '/api/v1/cqi/indicators/export?periodStart=2024-01-01&format=csv',
    }),
    expect: { mine: { ok: 'N' } },
  },
  {
    name: 'GET /api/v1/cqi/indicators/trend/export',
    request: () => ({ method: 'GET', url: '/api/v1/cqi/indicators/trend/export?periods=2&format=xlsx' }),
    expect: { mine: { ok: 'N' } },
  },
  {
    name: 'GET /api/v1/cqi/equity/export',
    request: () => ({ method: 'GET', url: '/api/v1/cqi/equity/export?by=age_group&format=csv' }),
    expect: { mine: { ok: 'N' } },
  },
  {
    name: 'GET /api/v1/cqi/indicators/:key/children/export',
    request: () => ({
      method: 'GET',
      url: '/api/v1/cqi/indicators/caseworker_visits/children/export?periodStart=2024-01-01&part=numerator&format=csv',
    }),
    expect: { mine: { ok: 'N' } },
  },
];

let hearings: Record<'mine' | 'other' | 'foreign', string>;
const hearingOf = (t: Target): string => hearings[t === 'sibling' ? 'mine' : t];
let wellbeingHearings: Record<'mine' | 'other' | 'foreign', string>;
const wellbeingHearingOf = (t: Target): string => wellbeingHearings[t === 'sibling' ? 'mine' : t];

let noticeFixtures: NoticeFixtures;
let homePlanFixtures: HomePlanFixtures;
let educationFixtures: EducationFixtures;
const educationTarget = (t: Target): 'mine' | 'other' | 'foreign' => (t === 'sibling' ? 'mine' : t);
let contactFixtures: ContactFixtures;
const contactTarget = (t: Target): 'mine' | 'other' | 'foreign' => (t === 'sibling' ? 'mine' : t);
const noticeTarget = (t: Target): 'mine' | 'other' | 'foreign' => (t === 'sibling' ? 'mine' : t);

let db: Db;
let app: FastifyInstance;
let org: Org;
let routesServed: string[];
const sessions = {} as Record<Role, Session>;

beforeAll(async () => {
  db = await createTestDb();
  const built = await testApp(db);
  app = built.app;
  routesServed = built.routes.filter((r) => !r.public).map((r) => `${r.method} ${r.url}`);
  org = await createOrg(db);
  noticeFixtures = await createNoticeFixtures(db, org);
  homePlanFixtures = await createHomePlanFixtures(db, org);
  educationFixtures = await createEducationFixtures(db, org);
  contactFixtures = await createContactFixtures(db, org);
  hearings = await matrixHearings(db, org);
  wellbeingHearings = await wellbeingMatrixFixtures(db, org);
  for (const role of ROLES) sessions[role] = await signIn(app, org.accounts[role].email);
});
afterAll(async () => {
  await app.close();
  await db.close();
});

const auditCount = async (accountId: string): Promise<number> =>
  (
    await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_event WHERE actor_id = $1', [
      accountId,
    ])
  )[0]!.n;

describe(`access matrix on ${testDbKind()}`, () => {
  it('probes every signed-in route', () => {
    const probed = PROBES.map((p) => p.name);
    const unprobed = routesServed.filter((r) => !probed.includes(r) && r !== 'DELETE /api/v1/session');
    expect(unprobed).toEqual([]);
  });

  let n = 0;
  for (const probe of PROBES) {
    for (const [target, exp] of Object.entries(probe.expect) as [Target, Expect][]) {
      it(`${probe.name} on ${target} records`, async () => {
        const outcomes: string[] = [];
        const wrong: string[] = [];
        for (const role of ROLES) {
          const letter = LETTER[role];
          const expected = exp.ok.includes(letter)
            ? 'allowed'
            : exp.notFound?.includes(letter)
              ? '404'
              : '403';
          const before = await auditCount(org.accounts[role].id);
          const res = await as(app, sessions[role], probe.request(org, role, target, n++));
          const got =
            res.statusCode === 403
              ? '403'
              : res.statusCode === 404
                ? '404'
                : res.statusCode === 401
                  ? '401'
                  : 'allowed';
          outcomes.push(`${letter}:${res.statusCode}`);
          if (got !== expected)
            wrong.push(`${role} expected ${expected}, got ${res.statusCode} ${res.body.slice(0, 160)}`);
          if (got === 'allowed')
            expect(res.statusCode, `${role}: ${res.body.slice(0, 200)}`).toBeLessThan(500);
          // Every read, every successful write and every refusal leaves an audit row for the actor.
          const audited = (await auditCount(org.accounts[role].id)) > before;
          const mustAudit = got !== 'allowed' || res.statusCode < 300;
          // Reference lists (courts, providers) hold no child's or family's data: their reads are not audited.
          const readOnlyNoAudit =
            probe.name === 'GET /api/v1/me' ||
            probe.name === 'GET /api/v1/accounts' ||
            probe.name.startsWith('GET /api/v1/lookups/');
          if (mustAudit && !readOnlyNoAudit && !audited)
            wrong.push(`${role}: ${res.statusCode} left no audit row`);
        }
        expect(wrong, outcomes.join(' ')).toEqual([]);
      });
    }
  }

  it('lists only the cases each role is related to, never another jurisdiction’s', async () => {
    const seen = async (role: Role): Promise<Set<string>> =>
      new Set(
        (await as(app, sessions[role], { method: 'GET', url: '/api/v1/cases?limit=200' }))
          .json()
          .items.map((c: { id: string }) => c.id),
      );
    for (const role of [
      'judge',
      'caseworker',
      'supervisor',
      'agency_attorney',
      'parent_attorney',
      'guardian_ad_litem',
      'casa_volunteer',
    ] as const) {
      const ids = await seen(role);
      expect(ids.has(org.assignedCase), role).toBe(true);
      expect(ids.has(org.otherCase), role).toBe(false);
      expect(ids.has(org.foreignCase), role).toBe(false);
    }
    for (const role of ['court_clerk', 'cqi_analyst'] as const) {
      const ids = await seen(role);
      expect(ids.has(org.otherCase), role).toBe(true);
      expect(ids.has(org.foreignCase), role).toBe(false);
    }
  });

  it('lists only the children each role may read', async () => {
    const listed = async (role: Role): Promise<string[]> =>
      (await as(app, sessions[role], { method: 'GET', url: '/api/v1/children?limit=200' }))
        .json()
        .items.map((c: { id: string }) => c.id)
        .sort();
    expect(await listed('caregiver')).toEqual([org.placedChild]);
    expect(await listed('youth')).toEqual([org.youthChild]);
    // The matrix above opened cases with new children, so the wider lists are checked by membership.
    const caseworker = await listed('caseworker');
    expect(caseworker).toEqual(expect.arrayContaining([org.placedChild, org.youthChild]));
    expect(caseworker).not.toContain(org.otherChild);
    const analyst = await listed('cqi_analyst');
    expect(analyst).toEqual(expect.arrayContaining([org.placedChild, org.youthChild, org.otherChild]));
    expect(analyst).not.toContain(org.foreignChild);
    expect(await listed('judge')).not.toContain(org.otherChild);
  });

  it('finds by search only the records each role may reach', async () => {
    const petition = async (id: string): Promise<string> =>
      (
        await db.query<{ petition_number: string }>('SELECT petition_number FROM court_case WHERE id = $1', [
          id,
        ])
      )[0]!.petition_number;
    // [what is typed, the record it names, the roles that find it]; every other role finds nothing.
    const reach: [string, string, string][] = [
      ['Mia Testchlid', org.placedChild, 'JCWSAPGVNF'],
      ['Leo Testchild', org.youthChild, 'JCWSAPGVNY'],
      ['Ivy Otherchild', org.otherChild, 'CN'],
      ['Zed Foreign', org.foreignChild, ''],
      [await petition(org.assignedCase), org.assignedCase, 'JCWSAPGVN'],
      [await petition(org.otherCase), org.otherCase, 'CN'],
      [await petition(org.foreignCase), org.foreignCase, ''],
    ];
    const wrong: string[] = [];
    for (const role of ROLES.filter((r) => r !== 'administrator'))
      for (const [q, id, finders] of reach) {
        const res = await as(app, sessions[role], {
          method: 'GET',
          url: `/api/v1/search?${new URLSearchParams({ q, limit: '100' })}`,
        });
        const found = res.json().items.some((i: { id: string }) => i.id === id);
        if (found !== finders.includes(LETTER[role]))
          wrong.push(`${role} ${found ? 'found' : 'missed'} ${q}`);
      }
    expect(wrong).toEqual([]);
  });

  it('puts in each role’s calendar feed only the hearings of the records it may read', async () => {
    // The feed route is public (calendar apps cannot sign in): the address from GET /me/calendar-feed is the key.
    const add = async (caseId: string): Promise<string> =>
      (
        await db.query<{ id: string }>(
          `INSERT INTO hearing (jurisdiction_id, case_id, hearing_type, scheduled_start, scheduled_end)
           SELECT jurisdiction_id, id, 'permanency', '2025-06-20T16:00:00Z', '2025-06-20T17:00:00Z'
             FROM court_case WHERE id = $1 RETURNING id`,
          [caseId],
        )
      )[0]!.id;
    // [the hearing, the roles whose feed lists it]; every other role's feed leaves it out.
    const reach: [string, string][] = [
      [await add(org.assignedCase), 'JCWSAPGVNFY'],
      [await add(org.otherCase), 'CN'],
      [await add(org.foreignCase), ''],
    ];
    const wrong: string[] = [];
    for (const role of ROLES) {
      const { url } = (
        await as(app, sessions[role], { method: 'GET', url: '/api/v1/me/calendar-feed' })
      ).json();
      const feed = await app.inject({ method: 'GET', url: new URL(url).pathname });
      expect(feed.statusCode, role).toBe(200);
      for (const [id, listers] of reach)
        if (feed.body.includes(`UID:${id}@hearth`) !== listers.includes(LETTER[role]))
          wrong.push(`${role} ${listers.includes(LETTER[role]) ? 'missed' : 'got'} ${id}`);
    }
    expect(wrong).toEqual([]);
  });

  it('gives caregivers and youth the basic record only: no removal history, no parents', async () => {
    const caregiver = (
      await as(app, sessions.caregiver, { method: 'GET', url: `/api/v1/children/${org.placedChild}` })
    ).json();
    expect(caregiver.view).toBe('basic');
    expect(caregiver.removals).toBeUndefined();
    expect(caregiver.cases).toBeUndefined();
    expect(caregiver.sensitive).toEqual({});
    expect(caregiver.currentPlacement.providerName).toBe('Rivera foster home');
    const youth = (
      await as(app, sessions.youth, { method: 'GET', url: `/api/v1/children/${org.youthChild}` })
    ).json();
    expect(youth.view).toBe('basic');
    expect(youth.findings).toBeUndefined();
  });
});
