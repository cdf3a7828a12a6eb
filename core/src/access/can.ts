import { PERMISSIONS, type Permission, type Scope } from './permissions.ts';
import { ROLE_GRANTS, type Role } from './roles.ts';

/**
 * The scopes over which holders of `roles` have `permission`; empty means denied (deny by default).
 * A permission whose `dependsOn` is not also held is denied, so a mis-edited role cannot grant a write
 * without the read it needs.
 * @param roles - the account's roles
 * @param permission - the permission a route or use case declares
 */
export function scopesFor(roles: readonly Role[], permission: Permission): Scope[] {
  const scopes = new Set<Scope>();
  for (const role of roles) {
    for (const scope of ROLE_GRANTS[role][permission] ?? []) scopes.add(scope);
  }
  if (scopes.size === 0) return [];
  for (const needed of PERMISSIONS[permission].dependsOn as readonly Permission[]) {
    if (scopesFor(roles, needed).length === 0) return [];
  }
  return [...scopes];
}

/** True when any of `roles` holds `permission` over some scope. */
export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  return scopesFor(roles, permission).length > 0;
}
