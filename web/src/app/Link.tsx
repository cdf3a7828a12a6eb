import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from './router.ts';

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string };

/** An ordinary link that navigates inside the app; a new tab or window still works as usual. */
export function Link({ to, onClick, ...rest }: Props) {
  function handle(e: MouseEvent<HTMLAnchorElement>) {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  }
  return <a href={to} onClick={handle} {...rest} />;
}
