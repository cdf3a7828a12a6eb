import type { ReportChildFacts, ReportFacts } from './model.ts';

/** Report facts for tests: a case with one child in foster care since 2025-01-05 (test-only helper). */
export function childFacts(more: Partial<ReportChildFacts> = {}): ReportChildFacts {
  return {
    id: 'c1',
    givenName: 'Mia',
    familyName: 'Testchild',
    birthDate: '2016-05-01',
    pacing: {
      episodes: [
        {
          id: 'r1',
          removalDate: '2025-01-05',
          adjudicationDate: '2025-02-20',
          dischargeDate: null,
          removalManner: 'court_ordered',
          placements: [{ setting: 'foster_family_nonrelative', startDate: '2025-01-05', endDate: null }],
        },
      ],
      hearings: [{ id: 'h0', type: 'adjudication', date: '2025-02-20', status: 'held' }],
      orders: [],
      findings: [{ type: 'contrary_to_welfare', isMade: true, date: '2025-01-07', orderId: null }],
      tprPetitionsFiled: [],
      tprExceptions: [],
    },
    removals: [
      {
        id: 'r1',
        removalDate: '2025-01-05',
        manner: 'court_ordered',
        reasons: ['neglect'],
        dischargeDate: null,
        dischargeReason: null,
      },
    ],
    placements: [
      {
        removalId: 'r1',
        setting: 'foster_family_nonrelative',
        start: '2025-01-05',
        end: null,
        provider: 'Rivera foster home',
        caregivers: ['Rosa Rivera'],
        address: '12 Calle Falsa, Albuquerque NM',
      },
    ],
    plans: [{ kind: 'primary', goal: 'reunification', established: '2025-03-01', ended: null }],
    visits: [
      { date: '2025-04-10', location: 'residence', faceToFace: true },
      { date: '2025-05-08', location: 'other', faceToFace: true },
      { date: '2024-12-01', location: 'residence', faceToFace: true },
    ],
    sensitive: [{ fieldClass: 'health', summary: 'Asthma; inhaler at school' }],
    sections: {},
    ...more,
  };
}

export function reportFacts(more: Partial<ReportFacts> = {}): ReportFacts {
  return {
    kind: 'agency',
    case: {
      petitionNumber: 'D-202-JQ-2025-00001',
      court: "Children's Court",
      judge: 'Judge Ada Bench',
      filingDate: '2025-01-06',
      allegations: ['neglect'],
    },
    hearing: {
      id: 'h1',
      type: 'periodic_review',
      start: '2025-06-10T15:00:00.000Z',
      end: '2025-06-10T15:30:00.000Z',
      courtroom: 'Courtroom 1',
      status: 'scheduled',
      date: '2025-06-10',
    },
    priorHearingDate: '2025-02-20',
    author: { name: 'Marisol Trujillo', role: 'caseworker' },
    supervisor: { name: 'Angela Romero' },
    parents: [
      {
        name: 'Pat Testchild',
        role: 'parent',
        address: '400 Elm St, Albuquerque NM',
        phone: '505-555-0100',
        email: null,
      },
    ],
    children: [childFacts()],
    narrative: null,
    ...more,
  };
}
