import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.ts';
import { problemsByField, rolesRefusal, sameRoles, withRole } from './adminForms.ts';

const words = { atLeastOne: 'Choose one', selfLockout: 'Not your own' };

describe('the roles form', () => {
  it('keeps the chosen roles in the registry order, once each', () => {
    expect(withRole(['youth'], 'judge', true)).toEqual(['judge', 'youth']);
    expect(withRole(['judge', 'youth'], 'judge', true)).toEqual(['judge', 'youth']);
    expect(withRole(['judge', 'youth'], 'judge', false)).toEqual(['youth']);
    expect(withRole([], 'administrator', false)).toEqual([]);
  });

  it('compares role lists whatever their order', () => {
    expect(sameRoles(['judge', 'youth'], ['youth', 'judge'])).toBe(true);
    expect(sameRoles(['judge'], ['judge', 'youth'])).toBe(false);
    expect(sameRoles([], [])).toBe(true);
  });

  it('says a refusal in the reader’s words: no role, or locking oneself out', () => {
    expect(rolesRefusal([], true, words, 'server')).toBe('Choose one');
    expect(rolesRefusal(['judge'], true, words, 'server')).toBe('Not your own');
    expect(rolesRefusal(['judge'], false, words, 'server')).toBe('server');
  });
});

describe('problem+json errors on a form', () => {
  const messages = {
    email: (_d: string, status: number) => (status === 409 ? 'taken' : 'bad email'),
    roles: (d: string) => `roles: ${d}`,
  };

  it('puts each error next to its field, the first per field, and items under their list', () => {
    const error = new ApiError(400, 'Invalid request', undefined, [
      { field: 'roles.1', detail: 'not a role' },
      { field: 'roles', detail: 'second' },
      { field: 'email', detail: 'must be an e-mail address' },
    ]);
    expect(problemsByField(error, messages)).toEqual({
      byField: { roles: 'roles: not a role', email: 'bad email' },
      rest: [],
    });
  });

  it('uses the status to tell a used address from a malformed one', () => {
    const error = new ApiError(409, 'Conflict', undefined, [{ field: 'email', detail: 'is already used' }]);
    expect(problemsByField(error, messages).byField).toEqual({ email: 'taken' });
  });

  it('keeps errors of fields the form does not show apart, to say above it', () => {
    const error = new ApiError(400, 'Invalid request', undefined, [
      { field: 'params.accountId', detail: 'must be an id (UUID)' },
      { field: 'toString', detail: 'is not a known field' },
    ]);
    expect(problemsByField(error, messages)).toEqual({
      byField: {},
      rest: ['params.accountId: must be an id (UUID)', 'toString: is not a known field'],
    });
  });
});
