import { useEffect, useState } from 'react';
import { navigate } from '../../app/router.ts';

/**
 * The success message of a save, carried to the record page the form returns to. It lives in memory for
 * one navigation: a reload or a later visit does not show it again.
 */
let pending: { path: string; message: string } | null = null;

export function saveAndReturn(path: string, message: string): void {
  pending = { path, message };
  navigate(path);
}

/** The message waiting for this page, if any; it is shown once. */
export function useFlash(path: string): string | null {
  // Reading is idempotent (React may call an initializer twice); the message is cleared after mounting.
  const [message] = useState(() => (pending?.path === path ? pending.message : null));
  useEffect(() => {
    if (pending?.path === path) pending = null;
  }, [path]);
  return message;
}
