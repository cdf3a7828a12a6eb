import { CasePage } from '../features/cases/CasePage.tsx';
import { ChildPage } from '../features/children/ChildPage.tsx';
import { adminPage } from '../features/admin/adminRoutes.tsx';
import { DataPage } from '../features/data/DataPage.tsx';
import { DocketPage } from '../features/dockets/DocketPage.tsx';
import { HomePage } from '../features/home/HomePage.tsx';
import { SearchPage } from '../features/search/SearchPage.tsx';
import { NotFoundPage } from '../components/NotFoundPage.tsx';
import { HearingNoticesPage } from '../features/notices/HearingNoticesPage.tsx';
import { formRoute } from '../features/forms/formRoutes.tsx';
import { pacingPage } from '../features/pacing/pacingRoutes.tsx';
import { conflictsRoute } from '../features/conflicts/conflictRoutes.tsx';
import { courtMeasuresRoute } from '../features/court-measures/courtMeasuresRoutes.tsx';
import { cqiRoute } from '../features/cqi/cqiRoutes.tsx';

/** The pages, by address. Every page is behind sign-in (App shows the sign-in page otherwise). */
export function Routes({ path }: { path: string }) {
  if (path === '/') return <HomePage />;
  const form = formRoute(path);
  if (form) return form;
  if (path === '/search') return <SearchPage />;
  if (path === '/data') return <DataPage />;
  if (path === '/docket') return <DocketPage />;
  const admin = adminPage(path);
  if (admin) return admin;
  const pacing = pacingPage(path);
  if (pacing) return pacing;
  const measures = courtMeasuresRoute(path);
  if (measures) return measures;
  const cqi = cqiRoute(path);
  if (cqi) return cqi;
  const hearingChange = conflictsRoute(path);
  if (hearingChange) return hearingChange;
  const caseMatch = /^\/cases\/([^/]+)\/?$/.exec(path);
  if (caseMatch) return <CasePage key={caseMatch[1]} caseId={decodeURIComponent(caseMatch[1]!)} />;
  const noticesMatch = /^\/hearings\/([^/]+)\/notices\/?$/.exec(path);
  if (noticesMatch)
    return <HearingNoticesPage key={noticesMatch[1]} hearingId={decodeURIComponent(noticesMatch[1]!)} />;
  const childMatch = /^\/children\/([^/]+)\/?$/.exec(path);
  if (childMatch) return <ChildPage key={childMatch[1]} childId={decodeURIComponent(childMatch[1]!)} />;
  return <NotFoundPage />;
}
