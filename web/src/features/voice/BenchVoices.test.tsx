import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { HearingVoices } from '../../api/types.ts';
import { I18nProvider } from '../../i18n/I18nProvider.tsx';
import { BenchVoices } from './BenchVoices.tsx';

const VOICES: HearingVoices = {
  youthStatements: [
    {
      id: 's1',
      childId: 'c1',
      childName: 'Leo Testchild',
      age: 15,
      body: 'Quiero quedarme en mi escuela.\n\nExtraño a mi hermana.',
      language: 'es',
      sentAt: '2026-11-20T18:30:00Z',
      sharedWith: ['casa'],
    },
  ],
  caregiverReports: [
    {
      id: 'r1',
      childId: 'c2',
      childName: 'Mia Testchild',
      caregiverName: 'Rivera foster home',
      caregiverKind: 'foster_parent',
      health: null,
      healthWithheld: true,
      school: 'Reading at grade level.',
      behaviour: '',
      familyTime: 'Weekly visits go well.',
      needs: '',
      forTheJudge: 'She asks to see her brother more.',
      submittedAt: '2026-11-21T17:00:00Z',
    },
  ],
  youthAttendance: [
    {
      childId: 'c1',
      childName: 'Leo Testchild',
      age: 15,
      source: 'plan',
      attendance: 'excused',
      reason: 'Final exams',
      recordedByRole: 'guardian_ad_litem',
      recordedAt: '2026-11-20T18:00:00Z',
    },
  ],
};

const render = (voices: HearingVoices): string => {
  // The language switch reads the browser's languages: an English reader (Node 20 has no navigator).
  vi.stubGlobal('navigator', { languages: ['en-US'], language: 'en-US' });
  return renderToStaticMarkup(
    <I18nProvider>
      <BenchVoices voices={voices} />
    </I18nProvider>,
  );
};

describe('the voices on the bench view', () => {
  it('quotes the young person in their own words and language, with when they sent it', () => {
    const html = render(VOICES);
    expect(html).toContain('lang="es"');
    expect(html).toContain('“Quiero quedarme en mi escuela.”');
    expect(html).toContain('“Extraño a mi hermana.”');
    expect(html).toContain('Leo Testchild, age 15');
    expect(html).toMatch(/Sent .*Nov 20, 2026/);
    expect(html).toContain('The young person also shares it with: their CASA volunteer.');
  });

  it('shows the caregiver report without the health answer the reader may not see', () => {
    const html = render(VOICES);
    expect(html).toContain('From Rivera foster home (Foster parent)');
    expect(html).toContain('She asks to see her brother more.');
    expect(html).toContain('Not shown: health information needs a grant.');
    expect(html).not.toContain('Behaviour and feelings'); // left empty
  });

  it('shows how the youth will attend, and says so when nothing was sent', () => {
    expect(render(VOICES)).toContain('Plan (the guardian ad litem)');
    const none = render({ youthStatements: [], caregiverReports: [], youthAttendance: [] });
    expect(none).toContain('No young person of this case has written to the judge for this hearing.');
    expect(none).toContain('No caregiver has sent a report for this hearing.');
  });
});
