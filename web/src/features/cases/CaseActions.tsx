import type { Permission } from '@hearth/core';
import type { CaseDetail } from '../../api/types.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { formPaths } from '../forms/paths.ts';
import { usePermitted } from '../forms/permitted.ts';
import { RecordActions, type ActionLink } from '../forms/RecordActions.tsx';

/**
 * What the signed-in person may record on this case, as links to the forms, and the message of a save
 * that just brought them back here. Links follow the roles' permissions; the server still decides.
 */
export function CaseActions({ detail }: { detail: CaseDetail }) {
  const { m } = useI18n();
  const permitted = usePermitted();
  const w = m.forms.actions;
  const open = detail.status === 'open';
  const links: (ActionLink & { permission: Permission; show?: boolean })[] = [
    { to: formPaths.scheduleHearing(detail.id), text: w.scheduleHearing, permission: 'hearing.schedule' },
    { to: formPaths.recordOrder(detail.id), text: w.recordOrder, permission: 'order.record' },
    { to: formPaths.addChild(detail.id), text: w.addChild, permission: 'participant.manage', show: open },
    { to: formPaths.editCase(detail.id), text: w.editCase, permission: 'case.update' },
    {
      to: `/cases/${encodeURIComponent(detail.id)}/reviews`,
      text: m.pacing.reviewsLink,
      permission: 'child.readHistory',
    },
  ];
  const shown = links.filter((l) => l.show !== false && permitted(l.permission));
  return <RecordActions page={`/cases/${encodeURIComponent(detail.id)}`} links={shown} />;
}
