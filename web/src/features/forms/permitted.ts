import { hasPermission, type Permission } from '@hearth/core';
import { useMe } from '../session/SessionProvider.tsx';

/**
 * Whether any of the signed-in person's roles holds a permission. It only decides what the interface
 * offers; the server decides what is allowed (house-style §3).
 */
export function usePermitted(): (permission: Permission) => boolean {
  const roles = useMe().roles.map((r) => r.role);
  return (permission) => hasPermission(roles, permission);
}
