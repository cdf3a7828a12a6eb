import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { AdulthoodPlan, BenchTransition as BenchData } from '../../api/types.ts';
import { I18nProvider } from '../../i18n/I18nProvider.tsx';
import { ExitDocuments, PlanSchedule } from './AdulthoodPlanDetails.tsx';
import { BenchTransition } from './BenchTransition.tsx';

// The language switch reads the browser's languages: an English reader (Node 20 has no navigator).
const render = (node: React.ReactNode) => {
  vi.stubGlobal('navigator', { languages: ['en-US'], language: 'en-US' });
  return renderToStaticMarkup(<I18nProvider>{node}</I18nProvider>);
};

describe('the bench view’s transition section', () => {
  const data: BenchData = {
    children: [
      {
        childId: 'c1',
        givenName: 'Alejandro',
        familyName: 'Morales',
        adulthood: {
          hasPlan: true,
          status: 'due_soon',
          dueDate: '2026-11-27',
          missingExitDocuments: ['social_security_card', 'state_id'],
          exitDocumentsRequired: true,
        },
        homePlan: { status: 'none', updatedAt: null },
      },
      {
        childId: 'c2',
        givenName: 'Catherine',
        familyName: 'Bell',
        adulthood: null,
        homePlan: { status: 'completed', updatedAt: '2026-11-07T00:00:00Z' },
      },
      {
        childId: 'c3',
        givenName: 'Kid',
        familyName: 'Young',
        adulthood: null,
        homePlan: { status: 'none', updatedAt: null },
      },
    ],
  };

  it('writes each child’s plan status, due date, missing documents and home plan in words', () => {
    const html = render(<BenchTransition transition={data} />);
    expect(html).toContain('Alejandro Morales');
    expect(html).toContain('Due soon</span> Plan to adulthood: due soon, due by Nov 27, 2026');
    expect(html).toContain('Documents still to get: Social Security card and Driver’s license or state ID');
    expect(html).toContain('Transition home plan: completed');
    // A child with nothing to show is left out.
    expect(html).not.toContain('Kid Young');
  });

  it('says so when there is nothing to show', () => {
    expect(render(<BenchTransition transition={{ children: [] }} />)).toContain(
      'Nothing to show for these children.',
    );
  });
});

describe('the plan’s schedule and exit documents', () => {
  const answer: AdulthoodPlan = {
    childId: 'c1',
    applies: true,
    schedule: {
      exitDate: '2027-02-25',
      dueDate: '2026-11-27',
      status: 'overdue',
      exitDocumentsRequired: false,
      citation: 'SSA §475(5)(H)',
      unconfirmed: false,
    },
    plan: {
      id: 'p',
      version: 1,
      extendedCare: false,
      ninetyDayCompletedOn: null,
      ninetyDayMissing: ['employment', 'healthCareProxy'],
      domains: {
        housing: { state: 'in_progress', notes: '' },
        education: { state: 'in_progress', notes: '' },
        employment: { state: 'not_started', notes: '' },
      },
      connections: [],
      team: [],
      exitDocuments: [{ kind: 'birth_certificate', state: 'have', date: '2026-09-01' }],
      missingExitDocuments: ['social_security_card'],
      creditChecks: [],
      creditReportDue: null,
      youthGoals: { text: '', writtenBy: null, writtenAt: null },
      health: null,
      healthWithheld: true,
      updatedAt: '2026-11-01T00:00:00Z',
      versions: [],
    },
    healthVisible: false,
    mayRecord: true,
    mayWriteGoals: false,
  };

  it('writes the status beside its colour, the due date, what is left to cover and the rule', () => {
    const html = render(<PlanSchedule answer={answer} />);
    expect(html).toContain('Overdue</span> 90-day transition plan due by Nov 27, 2026');
    expect(html).toContain('Still to cover: work and employment and health-care proxy');
    expect(html).toContain('SSA §475(5)(H)');
  });

  it('says the documents are not required for a youth in care under six months', () => {
    const html = render(<ExitDocuments answer={answer} />);
    expect(html).toContain('Not required');
    expect(html).toContain('Birth certificate: In hand (Sep 1, 2026)');
    expect(html).toContain('data-document="state_id" data-state="needed"');
  });
});
