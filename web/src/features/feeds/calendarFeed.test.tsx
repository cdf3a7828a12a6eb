import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { feedsEn } from '../../i18n/feeds.en.ts';
import { feedsEs } from '../../i18n/feeds.es.ts';
import { isFeedAddress, webcalAddress, type CopyStatus, type PanelStage } from './calendarFeed.ts';
import { CalendarFeedView } from './CalendarFeedPanel.tsx';

const TOKEN = 'aB3-_'.repeat(8) + 'xyz';
const URL_ = `https://hearth.example.org/api/v1/calendar/${TOKEN}.ics`;

describe('the calendar feed address', () => {
  it('is shown only when it is one of Hearth’s feed addresses', () => {
    expect(TOKEN).toHaveLength(43);
    expect(isFeedAddress(URL_)).toBe(true);
    expect(isFeedAddress(`http://127.0.0.1:3000/api/v1/calendar/${TOKEN}.ics`)).toBe(true);
    expect(isFeedAddress(`javascript:alert(1)//api/v1/calendar/${TOKEN}.ics`)).toBe(false);
    expect(isFeedAddress(`https://x.org/api/v1/calendar/${TOKEN}.ics?x=1`)).toBe(false);
    expect(isFeedAddress('https://x.org/api/v1/calendar/short.ics')).toBe(false);
    expect(isFeedAddress('not a url')).toBe(false);
  });

  it('opens in a calendar app as a webcal: link', () => {
    expect(webcalAddress(URL_)).toBe(`webcal://hearth.example.org/api/v1/calendar/${TOKEN}.ics`);
    expect(webcalAddress('HTTP://localhost:3000/a.ics')).toBe('webcal://localhost:3000/a.ics');
  });
});

const render = (stage: PanelStage, copy: CopyStatus = 'idle', words = feedsEn, renewed = false) =>
  renderToStaticMarkup(
    <CalendarFeedView
      words={words}
      url={URL_}
      stage={stage}
      copy={copy}
      renewed={renewed}
      onCopy={async () => undefined}
      onAskNew={() => undefined}
      onConfirm={() => undefined}
      onCancel={() => undefined}
    />,
  );

describe('the calendar panel', () => {
  it('shows the address in a labelled, read-only field with Copy, and how to subscribe', () => {
    const html = render('showing');
    expect(html).toMatch(
      /<label class="usa-label" for="calendar-feed-url">Your private calendar address<\/label>/,
    );
    expect(html).toContain(`value="${URL_}"`);
    expect(html).toMatch(/readOnly=""|readonly=""/);
    expect(html).toContain('>Copy address</button>');
    for (const where of ['In Google Calendar', 'In Outlook', 'On an Apple device'])
      expect(html).toContain(where);
    expect(html).toContain('>Make a new address</button>');
    expect(html).not.toContain('Yes, make a new address');
  });

  it('asks before making a new address, and says when it is copied', () => {
    const asking = render('confirming', 'copied');
    expect(asking).toContain('Make a new address?');
    expect(asking).toContain('>Yes, make a new address</button>');
    expect(asking).toContain('>No, keep the current address</button>');
    expect(asking).toContain('Address copied.');
    expect(render('renewing')).toMatch(/<button[^>]*disabled=""[^>]*>Making a new address…<\/button>/);
    expect(render('showing', 'idle', feedsEn, true)).toContain('The old address no longer works.');
  });

  it('speaks Spanish to a Spanish reader', () => {
    const html = render('confirming', 'failed', feedsEs);
    expect(html).toContain('Su dirección privada del calendario');
    expect(html).toContain('¿Crear una dirección nueva?');
    expect(html).toContain('No se pudo copiar la dirección.');
  });
});
