import { describe, expect, it } from 'vitest';
import { labelOf } from '@hearth/core';
import { en } from './en.ts';
import { es } from './es.ts';
import { courtDay, formattersFor } from './format.ts';

type Leaf = { path: string; en: string; es: string };

/** Every message of both dictionaries side by side; a function message is called with sample arguments. */
function leaves(a: unknown, b: unknown, path = ''): Leaf[] {
  if (typeof a === 'string') return [{ path, en: a, es: String(b) }];
  if (typeof a === 'function') {
    const args = Array.from({ length: a.length }, () => 'X');
    const call = (f: unknown) => String((f as (...xs: unknown[]) => unknown)(...args));
    return [{ path, en: call(a), es: typeof b === 'function' ? call(b) : '' }];
  }
  if (a && typeof a === 'object')
    return Object.keys(a).flatMap((k) =>
      leaves(
        (a as Record<string, unknown>)[k],
        (b as Record<string, unknown> | undefined)?.[k],
        `${path}.${k}`,
      ),
    );
  return [];
}

// Words that are the same in both languages (names, and a few words Spanish borrows or shares).
const SAME_IN_BOTH = new Set(['No', 'CASA', 'Supervisor', 'Total', 'Error']);

describe('the English and Spanish dictionaries', () => {
  const all = leaves(en, es);

  it('give every message in both languages, none empty', () => {
    expect(all.length).toBeGreaterThan(200);
    for (const l of all) {
      expect(l.en.trim(), l.path).not.toBe('');
      expect(l.es.trim(), l.path).not.toBe('');
    }
  });

  it('translate what they say: no Spanish message is the English left as it was', () => {
    // What is left once the sample arguments and the product's name are taken out must differ.
    const words = (t: string) =>
      t
        .replace(/\bX\b|Hearth/g, '')
        .replace(/[^\p{L}]+/gu, ' ')
        .trim();
    const untranslated = all.filter((l) => l.en === l.es && words(l.en) !== '' && !SAME_IN_BOTH.has(l.en));
    expect(untranslated.map((l) => `${l.path}: ${l.en}`)).toEqual([]);
  });

  it('name every code the API sends, and fall back to words for a code from a newer server', () => {
    expect(labelOf(es.codes, 'role', 'judge')).not.toBe(labelOf(en.codes, 'role', 'judge'));
    expect(labelOf(en.codes, 'hearingType', 'some_new_type')).toBe('some new type');
  });
});

describe('dates for people in New Mexico', () => {
  it('puts a hearing on the court-local day, not the UTC day', () => {
    expect(courtDay('2026-11-24T05:30:00Z')).toBe('2026-11-23');
    expect(courtDay('2026-07-01T06:30:00Z')).toBe('2026-07-01'); // daylight time: UTC−6
    expect(courtDay('2026-07-01T05:30:00Z')).toBe('2026-06-30');
  });

  it('never moves a birth date by time zone, in either language', () => {
    expect(formattersFor('en').date('2015-03-01')).toBe('Mar 1, 2015');
    expect(formattersFor('es').date('2015-03-01')).toMatch(/^1 mar 2015$/);
    expect(formattersFor('es').hearingTime('2026-11-23T16:30:00Z')).toMatch(/23 de nov de 2026.*9:30/);
    expect(formattersFor('en').list(['Ana', 'Luis', 'Eva'])).toBe('Ana, Luis, and Eva');
    expect(formattersFor('es').list(['Ana', 'Luis', 'Eva'])).toBe('Ana, Luis y Eva');
  });
});
