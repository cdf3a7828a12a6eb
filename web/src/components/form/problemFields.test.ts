import { describe, expect, it } from 'vitest';
import { placeProblems, problemOf } from './problemFields.ts';

const fields = new Set(['removalDate', 'removalReasons', 'children.7.birthDate', 'length']);
const isField = (k: string) => fields.has(k);
const problem = (...errors: [string, string][]) => ({
  errors: errors.map(([field, detail]) => ({ field, detail })),
});

describe('placeProblems (problem+json errors[] onto form fields)', () => {
  it('places a body path, with or without its `body.` prefix, and says a known rule in the reader’s words', () => {
    const placed = placeProblems(
      problem(['body.removalDate', 'is in the future'], ['removalReasons', 'name at least one reason']),
      isField,
    );
    expect(placed.fields).toEqual({
      removalDate: { key: 'future' },
      removalReasons: { key: 'chooseAtLeastOne' },
    });
    expect(placed.other).toEqual([]);
  });

  it('renames paths the form lays out another way, and sends an item of a list to its list', () => {
    const placed = placeProblems(
      problem(
        ['children.0.birthDate', 'is in the future'],
        ['removalReasons.2', 'Invalid option: expected one of'],
      ),
      isField,
      (p) => p.replace(/^children\.0/, 'children.7'),
    );
    expect(placed.fields).toEqual({
      'children.7.birthDate': { key: 'future' },
      removalReasons: { key: 'choose' },
    });
  });

  it('keeps what fits no field, in the server’s words when no rule matches', () => {
    const placed = placeProblems(
      problem(['', 'send at least one field to change'], ['caseId', 'is odd']),
      isField,
    );
    expect(placed.fields).toEqual({});
    expect(placed.other).toEqual([{ text: 'send at least one field to change' }, { text: 'is odd' }]);
  });

  it('matches the words core and the server use for the same rule', () => {
    expect(problemOf('is before the removal date of its episode')).toEqual({ key: 'beforeRemoval' });
    expect(problemOf("overlaps the child's removal episode of 2025-01-05")).toEqual({ key: 'overlap' });
    expect(problemOf('would leave the placement of 2025-02-01 outside the episode')).toEqual({
      key: 'placementAfter',
    });
    expect(problemOf('Too small: expected string to have >=1 characters')).toEqual({ key: 'required' });
    expect(problemOf("is not a courtroom of the case's court")).toEqual({ key: 'notAvailable' });
  });
});
