import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider.tsx';
import { BenchContacts } from './BenchContacts.tsx';

describe('the bench view’s caseworker visits', () => {
  // The language switch reads the browser's languages: an English reader (Node 20 has no navigator).
  vi.stubGlobal('navigator', { languages: ['en-US'], language: 'en-US' });

  it('shows each child’s last visit, this month and the last six months, "not yet" in bold', () => {
    const html = renderToStaticMarkup(
      <I18nProvider>
        <BenchContacts
          contacts={[
            {
              childId: 'a',
              givenName: 'Mia',
              familyName: 'Example',
              lastFaceToFace: '2026-10-14',
              seenThisMonth: false,
              lastSixMonths: { due: 6, seen: 5 },
            },
            {
              childId: 'b',
              givenName: 'Leo',
              familyName: 'Example',
              lastFaceToFace: null,
              seenThisMonth: null,
              lastSixMonths: { due: 0, seen: 0 },
            },
          ]}
        />
      </I18nProvider>,
    );
    expect(html).toContain('Mia Example');
    expect(html).toContain('<strong>Not yet</strong>');
    expect(html).toContain('5 of 6 months due');
    expect(html).toContain('None recorded');
    expect(html).toContain('Not due');
    expect(html).toContain('None due');
  });

  it('says so when no child is shown', () => {
    const html = renderToStaticMarkup(
      <I18nProvider>
        <BenchContacts contacts={[]} />
      </I18nProvider>,
    );
    expect(html).toContain('No children of this hearing');
  });
});
