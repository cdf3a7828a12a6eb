import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { AdulthoodPlan, TeamMember } from '../../api/types.ts';
import { I18nProvider } from '../../i18n/I18nProvider.tsx';
import { AdulthoodPlanDetails, NotAcceptedMembers } from './AdulthoodPlanDetails.tsx';

/** A youth-chosen member the agency did not accept for good cause (SSA §475(1)(B), §475A(b)). */
const render = (node: React.ReactNode, language = 'en-US') => {
  vi.stubGlobal('navigator', { languages: [language], language });
  return renderToStaticMarkup(<I18nProvider>{node}</I18nProvider>);
};

const team: TeamMember[] = [
  { name: 'Dan Vigil', relationship: 'mentor', personId: null, rejected: null },
  {
    name: 'Ana Ortiz',
    relationship: 'relative',
    personId: null,
    rejected: { reason: 'Threatened the youth in May.', on: '2026-01-02', byRole: 'caseworker' },
  },
];

const answer: AdulthoodPlan = {
  childId: 'c1',
  applies: true,
  schedule: null,
  healthVisible: false,
  mayRecord: true,
  mayWriteGoals: false,
  plan: {
    id: 'p1',
    version: 2,
    extendedCare: false,
    ninetyDayCompletedOn: null,
    ninetyDayMissing: [],
    domains: {
      housing: { state: 'in_progress', notes: '' },
      education: { state: 'in_place', notes: '' },
      employment: { state: 'not_started', notes: '' },
    },
    connections: [],
    team,
    exitDocuments: [],
    missingExitDocuments: [],
    creditChecks: [],
    creditReportDue: null,
    youthGoals: { text: '', writtenBy: null, writtenAt: null },
    health: null,
    healthWithheld: true,
    updatedAt: '2026-01-02T00:00:00Z',
    versions: [],
  },
};

describe('a team member the agency did not accept', () => {
  it('is struck through with "not accepted" and the good cause in the plan as professionals read it', () => {
    const html = render(<AdulthoodPlanDetails answer={answer} />);
    expect(html).toContain('<li data-rejected="true"><s>Ana Ortiz</s>');
    expect(html).toMatch(/not accepted by the agency.*Threatened the youth in May\./);
    expect(html).not.toContain('<s>Dan Vigil</s>');
  });

  it('tells the youth they may choose someone else, in English and Spanish, and only for the rejected one', () => {
    const withheld = team.map((t) => (t.rejected ? { ...t, rejected: { ...t.rejected, reason: null } } : t));
    expect(render(<NotAcceptedMembers team={withheld} />)).toBe(
      '<p data-rejected-member="Ana Ortiz">The agency did not accept Ana Ortiz on your team. You can choose someone else. Ask your caseworker why.</p>',
    );
    expect(render(<NotAcceptedMembers team={withheld} />, 'es-MX')).toContain(
      'La agencia no aceptó a Ana Ortiz en su equipo. Usted puede elegir a otra persona.',
    );
  });
});
