import type { IndicatorKey } from '@hearth/core';
import { INDICATOR_KEYS } from '@hearth/core';
import type { ReactNode } from 'react';
import { ChildrenPage } from './ChildrenPage.tsx';
import { CqiPage } from './CqiPage.tsx';
import { EquityPage } from './EquityPage.tsx';

/** The outcome-indicator pages by address; null when the address is not theirs. */
export function cqiRoute(path: string): ReactNode | null {
  if (/^\/cqi\/?$/.test(path)) return <CqiPage />;
  if (/^\/cqi\/equity\/?$/.test(path)) return <EquityPage />;
  const m = /^\/cqi\/indicators\/([^/]+)\/children\/?$/.exec(path);
  if (m && (INDICATOR_KEYS as readonly string[]).includes(m[1]!))
    return <ChildrenPage key={m[1]} indicator={m[1] as IndicatorKey} />;
  return null;
}
