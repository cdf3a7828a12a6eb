import { CasePage } from '../features/cases/CasePage.tsx';
import { ChildPage } from '../features/children/ChildPage.tsx';
import { HomePage } from '../features/home/HomePage.tsx';
import { NotFoundPage } from '../components/NotFoundPage.tsx';

/** The pages, by address. Every page is behind sign-in (App shows the sign-in page otherwise). */
export function Routes({ path }: { path: string }) {
  if (path === '/') return <HomePage />;
  const caseMatch = /^\/cases\/([^/]+)\/?$/.exec(path);
  if (caseMatch) return <CasePage key={caseMatch[1]} caseId={decodeURIComponent(caseMatch[1]!)} />;
  const childMatch = /^\/children\/([^/]+)\/?$/.exec(path);
  if (childMatch) return <ChildPage key={childMatch[1]} childId={decodeURIComponent(childMatch[1]!)} />;
  return <NotFoundPage />;
}
