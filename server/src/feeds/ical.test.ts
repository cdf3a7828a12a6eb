import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { feedWordsFor } from './feed-words.ts';
import { eventStatus, hearingCalendar, type FeedHearing } from './hearing-calendar.ts';
import { escapeText, foldLine, utcDateTime } from './ical.ts';

const octets = (s: string): number => Buffer.byteLength(s, 'utf8');

describe('the iCalendar writer (RFC 5545)', () => {
  it('escapes text values (§3.3.11)', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    expect(escapeText('tab\there')).toBe('tabhere');
  });

  it('writes UTC date-times with Z (§3.3.5)', () => {
    expect(utcDateTime(new Date('2026-11-23T16:30:05.123Z'))).toBe('20261123T163005Z');
  });

  it('folds at 75 octets without splitting a UTF-8 character (§3.1)', () => {
    const line = `SUMMARY:${'Audiencia de terminación — '.repeat(12)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const l of folded) expect(octets(l)).toBeLessThanOrEqual(75);
    for (const l of folded.slice(1)) expect(l.startsWith(' ')).toBe(true);
    expect(folded.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(line);
    // A short line stays whole.
    expect(foldLine('UID:x@hearth')).toBe('UID:x@hearth');
    // Exactly 75 octets is not folded; 76 is.
    expect(foldLine('X'.repeat(75))).toBe('X'.repeat(75));
    expect(foldLine('X'.repeat(76)).split('\r\n')).toEqual(['X'.repeat(75), ' X']);
  });

  it('says CANCELLED for hearings that will not be held at their time', () => {
    expect(['scheduled', 'held', 'continued', 'vacated', 'cancelled'].map(eventStatus)).toEqual([
      'CONFIRMED',
      'CONFIRMED',
      'CANCELLED',
      'CANCELLED',
      'CANCELLED',
    ]);
  });

  it('makes a calendar a real parser reads back, with CRLF everywhere', () => {
    const hearing: FeedHearing = {
      id: '00000000-0000-4000-8000-000000000001',
      caseId: '00000000-0000-4000-8000-0000000000c1',
      petitionNumber: 'D-202-JQ-2024-00002',
      hearingType: 'permanency',
      status: 'continued',
      start: new Date('2026-11-24T16:00:00Z'),
      end: new Date('2026-11-24T17:00:00Z'),
      sequence: 3,
      lastModified: new Date('2026-11-20T10:00:00Z'),
      courtroom: 'Courtroom 2',
      courtroomLocation: "Bernalillo County children's court, floor 2",
      courtName: "Second Judicial District Children's Court — Bernalillo",
    };
    const body = hearingCalendar([hearing], {
      words: feedWordsFor('es'),
      now: new Date('2026-11-23T15:00:00Z'),
      origin: 'https://hearth.example',
      timeZone: 'America/Denver',
      truncated: false,
    });
    expect(body.endsWith('\r\n')).toBe(true);
    expect(body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(body)).getFirstSubcomponent('vevent')!);
    expect(event.uid).toBe(`${hearing.id}@hearth`);
    expect(event.sequence).toBe(3);
    expect(event.summary).toBe('Aplazada: Audiencia de permanencia — caso D-202-JQ-2024-00002');
    expect(event.location).toBe(
      "Courtroom 2, Second Judicial District Children's Court — Bernalillo, Bernalillo County children's court, floor 2",
    );
    expect(event.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-11-24T16:00:00.000Z');
  });
});
