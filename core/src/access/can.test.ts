import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hasPermission, scopesFor } from './can.ts';
import { PERMISSIONS, type Permission } from './permissions.ts';
import { ROLE_GRANTS, ROLES } from './roles.ts';

const permissionNames = Object.keys(PERMISSIONS) as Permission[];

describe('permission registry and roles', () => {
  it('denies what no role grants', () => {
    expect(scopesFor([], 'case.read')).toEqual([]);
    expect(hasPermission(['caregiver'], 'case.read')).toBe(false);
    expect(hasPermission(['youth'], 'child.readHistory')).toBe(false);
    expect(hasPermission(['administrator'], 'child.read')).toBe(false);
  });

  it.each([
    ['judge', 'case.read', ['docket']],
    ['court_clerk', 'case.read', ['court']],
    ['caseworker', 'case.read', ['assigned']],
    ['supervisor', 'case.read', ['assigned', 'unit']],
    ['caregiver', 'child.read', ['placement']],
    ['youth', 'child.read', ['self']],
    ['cqi_analyst', 'child.read', ['jurisdiction']],
  ] as const)('%s holds %s over %j', (role, permission, scopes) => {
    expect(scopesFor([role], permission)).toEqual(scopes);
  });

  it('every permission a role grants has its dependencies granted too', () => {
    for (const role of ROLES) {
      for (const permission of Object.keys(ROLE_GRANTS[role]) as Permission[]) {
        for (const needed of PERMISSIONS[permission].dependsOn as readonly Permission[]) {
          expect(hasPermission([role], needed), `${role}: ${permission} needs ${needed}`).toBe(true);
        }
      }
    }
  });

  it('adding a role never takes a scope away (property)', () => {
    fc.assert(
      fc.property(
        fc.subarray([...ROLES]),
        fc.constantFrom(...ROLES),
        fc.constantFrom(...permissionNames),
        (roles, extra, permission) => {
          const before = scopesFor(roles, permission);
          const after = scopesFor([...roles, extra], permission);
          for (const scope of before) expect(after).toContain(scope);
        },
      ),
    );
  });
});
