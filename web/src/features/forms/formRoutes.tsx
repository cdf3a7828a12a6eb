import type { ReactNode } from 'react';
import { AddChildPage } from './AddChildPage.tsx';
import { DischargePage } from './DischargePage.tsx';
import { EditCasePage } from './EditCasePage.tsx';
import { EditChildPage } from './EditChildPage.tsx';
import { OpenCasePage } from './OpenCasePage.tsx';
import { RecordOrderPage } from './RecordOrderPage.tsx';
import { RecordPlacementPage } from './RecordPlacementPage.tsx';
import { RecordRemovalPage } from './RecordRemovalPage.tsx';
import { ScheduleHearingPage } from './ScheduleHearingPage.tsx';

const id = (s: string) => decodeURIComponent(s);

/** The form pages, by address; null when the address is not a form's. Each page is keyed by its address. */
export function formRoute(path: string): ReactNode | null {
  if (/^\/cases\/new\/?$/.test(path)) return <OpenCasePage key={path} />;
  let p = /^\/cases\/([^/]+)\/(edit|children\/new|hearings\/new|orders\/new)\/?$/.exec(path);
  if (p) {
    const caseId = id(p[1]!);
    if (p[2] === 'edit') return <EditCasePage key={path} caseId={caseId} />;
    if (p[2] === 'children/new') return <AddChildPage key={path} caseId={caseId} />;
    if (p[2] === 'hearings/new') return <ScheduleHearingPage key={path} caseId={caseId} />;
    return <RecordOrderPage key={path} caseId={caseId} />;
  }
  p = /^\/children\/([^/]+)\/(edit|removals\/new)\/?$/.exec(path);
  if (p) {
    const childId = id(p[1]!);
    return p[2] === 'edit' ? (
      <EditChildPage key={path} childId={childId} />
    ) : (
      <RecordRemovalPage key={path} childId={childId} />
    );
  }
  p = /^\/children\/([^/]+)\/removals\/([^/]+)\/(placements\/new|discharge)\/?$/.exec(path);
  if (p) {
    const [childId, removalId] = [id(p[1]!), id(p[2]!)];
    return p[3] === 'discharge' ? (
      <DischargePage key={path} childId={childId} removalId={removalId} />
    ) : (
      <RecordPlacementPage key={path} childId={childId} removalId={removalId} />
    );
  }
  return null;
}
