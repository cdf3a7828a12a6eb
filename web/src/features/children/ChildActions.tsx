import type { ChildRecord } from '../../api/types.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { formPaths } from '../forms/paths.ts';
import { usePermitted } from '../forms/permitted.ts';
import { RecordActions, type ActionLink } from '../forms/RecordActions.tsx';

/**
 * What the signed-in person may record for this child, as links to the forms, and the message of a save
 * that just brought them back here. Removals and placements need the full record (the history); links
 * follow the roles' permissions, and the server still decides.
 */
export function ChildActions({ child }: { child: ChildRecord }) {
  const { m, fmt } = useI18n();
  const permitted = usePermitted();
  const w = m.forms.actions;
  const full = child.view === 'full';
  const links: ActionLink[] = [];
  if (permitted('child.update')) links.push({ to: formPaths.editChild(child.id), text: w.editChild });
  if (full && permitted('removal.record') && (child.cases ?? []).some((c) => c.status === 'open'))
    links.push({ to: formPaths.recordRemoval(child.id), text: w.recordRemoval });
  // Only an episode still open takes a new placement or a discharge.
  for (const r of (full ? (child.removals ?? []) : []).filter((r) => r.dischargeDate === null)) {
    const date = fmt.date(r.removalDate);
    if (permitted('placement.record'))
      links.push({ to: formPaths.recordPlacement(child.id, r.id), text: w.recordPlacement(date) });
    if (permitted('removal.record'))
      links.push({ to: formPaths.discharge(child.id, r.id), text: w.recordDischarge(date) });
  }
  return <RecordActions page={`/children/${encodeURIComponent(child.id)}`} links={links} />;
}
