/**
 * A small iCalendar (RFC 5545) writer: only what a subscription feed of hearings needs. Lines end in
 * CRLF and are folded at 75 octets (§3.1); text values are escaped (§3.3.11); times are UTC with a `Z`
 * (§3.3.5, form 2), so no VTIMEZONE is needed and no client has to know New Mexico's daylight rules.
 */

export type IcalProperty = [name: string, value: string];

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** A TEXT value: backslash, semicolon, comma and line breaks escaped; other control characters dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/\p{Cc}/gu, '');
}

/** A DATE-TIME in UTC: `20261123T163000Z`. */
export function utcDateTime(d: Date): string {
  return d
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

const octets = (s: string): number => Buffer.byteLength(s, 'utf8');

/**
 * Folds one content line into lines of at most 75 octets, each continuation starting with a space
 * (§3.1). A UTF-8 character is never split across lines.
 */
export function foldLine(line: string): string {
  if (octets(line) <= MAX_OCTETS) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  // The first line holds 75 octets; each continuation holds 74 after its leading space.
  let limit = MAX_OCTETS;
  for (const ch of line) {
    const n = octets(ch);
    if (size + n > limit) {
      out.push(current);
      current = ' ';
      size = 1;
      limit = MAX_OCTETS;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join(CRLF);
}

/** One component (`VEVENT`, …) as content lines, without the trailing CRLF. */
export function component(name: string, props: IcalProperty[], children: string[] = []): string {
  return [`BEGIN:${name}`, ...props.map(([k, v]) => foldLine(`${k}:${v}`)), ...children, `END:${name}`].join(
    CRLF,
  );
}

/** A whole iCalendar object, ending in CRLF as every content line must. */
export function calendar(props: IcalProperty[], events: string[]): string {
  return component('VCALENDAR', props, events) + CRLF;
}
