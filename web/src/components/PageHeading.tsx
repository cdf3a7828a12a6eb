import { useEffect, useRef, type ReactNode } from 'react';
import { hasNavigated } from '../app/router.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

/**
 * The page's one h1. It names the page in the browser tab and, after an in-app navigation, takes focus so
 * a screen reader announces the new page (as a full page load would).
 */
export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const { m } = useI18n();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = m.app.pageTitle(title);
  }, [title, m]);
  useEffect(() => {
    if (hasNavigated()) ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="hearth-page-heading">
      {children ?? title}
    </h1>
  );
}
