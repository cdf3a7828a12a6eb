import { describe, expect, it } from 'vitest';
import { changesBetween, explainStaleEdit, sameValue } from './staleEdit.ts';

const FIELDS = ['givenName', 'familyName', 'county', 'allegations'];
const started = { givenName: 'Mia', familyName: 'Lopez', county: 'Bernalillo', allegations: ['neglect'] };

describe('explainStaleEdit (a 412 in plain words)', () => {
  it('separates their saved change from the user’s unsaved one, and puts the user’s on top of theirs', () => {
    const mine = { ...started, givenName: 'Amelia' };
    const theirs = { ...started, county: 'Sandoval' };
    const e = explainStaleEdit(started, mine, theirs, FIELDS);
    expect(e.theirs).toEqual([{ field: 'county', from: 'Bernalillo', to: 'Sandoval' }]);
    expect(e.mine).toEqual([{ field: 'givenName', from: 'Mia', to: 'Amelia' }]);
    expect(e.both).toEqual([]);
    expect(e.merged).toEqual({ ...started, givenName: 'Amelia', county: 'Sandoval' });
  });

  it('names a field both changed, differently; the user’s value wins only if they put their changes back', () => {
    const e = explainStaleEdit(
      started,
      { ...started, county: 'Valencia' },
      { ...started, county: 'Sandoval' },
      FIELDS,
    );
    expect(e.both).toEqual(['county']);
    expect(e.merged.county).toBe('Valencia');
  });

  it('does not call it a clash when both made the same change', () => {
    const same = { ...started, county: 'Sandoval' };
    expect(explainStaleEdit(started, same, same, FIELDS).both).toEqual([]);
  });

  it('keeps their change when the user changed nothing', () => {
    const theirs = { ...started, allegations: ['neglect', 'abandonment'] };
    const e = explainStaleEdit(started, started, theirs, FIELDS);
    expect(e.mine).toEqual([]);
    expect(e.merged).toEqual(theirs);
  });

  it('reads a list as a set and text without its outer spaces', () => {
    expect(sameValue(['a', 'b'], ['b', 'a'])).toBe(true);
    expect(sameValue(['a'], ['a', 'b'])).toBe(false);
    expect(sameValue(' Mia ', 'Mia')).toBe(true);
    expect(sameValue(undefined, '')).toBe(true);
    expect(sameValue(false, undefined)).toBe(true);
    expect(changesBetween({ a: ['x', 'y'] }, { a: ['y', 'x'] }, ['a'])).toEqual([]);
  });
});
