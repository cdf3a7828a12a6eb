import { hasPermission, scopesFor, type Role } from '@hearth/core';

export type HomeSection = 'cases' | 'children' | 'accounts';

const CHILD_ADVOCATES: readonly Role[] = ['guardian_ad_litem', 'casa_volunteer'];

/**
 * What a home page holds follows from permissions, not role names (AGENTS.md): whoever may list cases
 * sees their cases; whoever may read only children's records (caregivers, youth) sees those children;
 * whoever manages accounts sees the accounts. The API still decides which rows come back.
 */
export function homeSections(roles: readonly Role[]): HomeSection[] {
  const sections: HomeSection[] = [];
  // A guardian ad litem and a CASA volunteer speak for children: their home starts with those children.
  if (hasPermission(roles, 'case.read') && roles.some((r) => CHILD_ADVOCATES.includes(r)))
    sections.push('children');
  if (hasPermission(roles, 'case.read')) sections.push('cases');
  else if (hasPermission(roles, 'child.read')) sections.push('children');
  if (hasPermission(roles, 'account.manage')) sections.push('accounts');
  return sections;
}

/** A judge's list is a docket: it reads best split into today, this week and later. */
export function isDocket(roles: readonly Role[]): boolean {
  return scopesFor(roles, 'case.read').includes('docket');
}

/** The role that names the page: the first one the account holds. */
export function primaryRole(roles: readonly Role[]): Role | undefined {
  return roles[0];
}
