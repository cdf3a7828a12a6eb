import { describe, expect, it } from 'vitest';
import type { AdulthoodPlan } from '../../api/types.ts';
import {
  homeBody,
  homeFieldOf,
  homeFormValues,
  planBody,
  planFormValues,
  teamRows,
} from './transitionModel.ts';

const plan: NonNullable<AdulthoodPlan['plan']> = {
  id: 'p1',
  version: 3,
  extendedCare: false,
  ninetyDayCompletedOn: null,
  ninetyDayMissing: ['employment'],
  domains: {
    housing: { state: 'in_progress', notes: 'SIL' },
    education: { state: 'in_place', notes: '' },
    employment: { state: 'not_started', notes: '' },
  },
  connections: [{ name: 'Aunt Rosa', relationship: 'aunt', note: 'Sundays' }],
  team: [{ name: 'Dan', relationship: 'mentor', personId: null, rejected: null }],
  exitDocuments: [{ kind: 'birth_certificate', state: 'have', date: '2026-01-02' }],
  missingExitDocuments: [],
  creditChecks: [{ checkedOn: '2026-01-01', result: 'clean' }],
  creditReportDue: '2027-01-01',
  youthGoals: { text: 'Nurse', writtenBy: 'youth', writtenAt: null },
  health: null,
  healthWithheld: true,
  updatedAt: '2026-01-02T00:00:00Z',
  versions: [],
};

describe('the plan to adulthood form', () => {
  it('round-trips a plan, keeping the notes of connections and the credit checks', () => {
    const values = planFormValues(plan);
    expect(values['team.1.name']).toBe('');
    expect(values['connections.1.name']).toBe('');
    const body = planBody({ ...values, 'newCredit.checkedOn': '2026-11-01' }, plan, false);
    expect(body.team).toEqual(plan.team);
    expect(body.connections).toEqual(plan.connections);
    expect(body.creditChecks).toEqual([
      { checkedOn: '2026-01-01', result: 'clean' },
      { checkedOn: '2026-11-01', result: 'no_file' },
    ]);
    expect(body.exitDocuments.map((d) => d.state)).toEqual(['have', 'needed', 'needed', 'needed', 'needed']);
    // No health grant: nothing of the health class is sent, so the stored one stays.
    expect('health' in body).toBe(false);
  });

  // SSA §475(1)(B), §475A(b): a member the agency rejects for good cause stays, and frees a row.
  it('sends a rejection with its good cause only, and opens a row for someone else', () => {
    const values = planFormValues(plan);
    expect(teamRows(values)).toBe(2);
    values['team.0.rejected'] = true;
    values['team.0.rejected.reason'] = '  Threatened the youth.  ';
    expect(teamRows(values)).toBe(3);
    values['team.1.name'] = 'Eva';
    values['team.2.name'] = 'Fay';
    const body = planBody(values, plan, false);
    expect(body.team).toEqual([
      { name: 'Dan', relationship: 'mentor', personId: null, rejected: { reason: 'Threatened the youth.' } },
      { name: 'Eva', relationship: 'other_adult', personId: null, rejected: null },
      { name: 'Fay', relationship: 'other_adult', personId: null, rejected: null },
    ]);
    // Loaded again with the rejection stamped: the box stays ticked, the three rows stay.
    const stored = {
      ...plan,
      team: [
        {
          ...body.team[0]!,
          rejected: { reason: 'Threatened the youth.', on: '2026-01-02', byRole: 'caseworker' },
        },
        { ...body.team[1]!, rejected: null },
        { ...body.team[2]!, rejected: null },
      ],
    };
    const again = planFormValues(stored);
    expect(again['team.0.rejected']).toBe(true);
    expect(teamRows(again)).toBe(3);
    // Un-rejecting clears it; the members already written keep their rows.
    again['team.0.rejected'] = false;
    expect(teamRows(again)).toBe(3);
    expect(planBody(again, stored, false).team.map((m) => m.rejected)).toEqual([null, null, null]);
  });

  it('sends the health class only for a writer who can see it', () => {
    const body = planBody(planFormValues(plan), plan, true);
    expect(body.health?.coverage.state).toBe('not_started');
  });
});

describe('the transition home plan form', () => {
  it('keeps the steps with a date, in ladder order, and lists one item a line', () => {
    const values = {
      ...homeFormValues(null),
      complete: true,
      services: 'Therapy\n\n Parenting class ',
      'visits.overnight.startDate': '2026-03-01',
      'visits.supervised.startDate': '2026-01-01',
      'visits.supervised.endDate': '2026-01-31',
    };
    const body = homeBody(values);
    expect(body.status).toBe('completed');
    expect(body.services).toEqual([{ name: 'Therapy' }, { name: 'Parenting class' }]);
    expect(body.visits).toEqual([
      { step: 'supervised', startDate: '2026-01-01', endDate: '2026-01-31' },
      { step: 'overnight', startDate: '2026-03-01', endDate: null },
    ]);
    expect(homeFieldOf('visits.1', body)).toBe('visits.overnight.startDate');
    expect(homeFieldOf('safetyPlan', body)).toBeNull();
  });
});
