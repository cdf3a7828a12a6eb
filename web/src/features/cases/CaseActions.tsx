import type { Permission } from '@hearth/core';
import type { CaseDetail } from '../../api/types.ts';
import { Link } from '../../app/Link.tsx';
import { Alert } from '../../components/Alert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useFlash } from '../forms/flash.ts';
import { formPaths } from '../forms/paths.ts';
import { usePermitted } from '../forms/permitted.ts';

/**
 * What the signed-in person may record on this case, as links to the forms, and the message of a save
 * that just brought them back here. Links follow the roles' permissions; the server still decides.
 */
export function CaseActions({ detail }: { detail: CaseDetail }) {
  const { m } = useI18n();
  const permitted = usePermitted();
  const flash = useFlash(`/cases/${encodeURIComponent(detail.id)}`);
  const w = m.forms.actions;
  const open = detail.status === 'open';
  const links: { to: string; text: string; permission: Permission; show?: boolean }[] = [
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
  return (
    <>
      {flash && (
        <Alert type="success" slim live>
          {flash}
        </Alert>
      )}
      {shown.length > 0 && (
        <nav aria-label={w.heading} className="margin-y-2">
          <ul className="usa-button-group">
            {shown.map((l) => (
              <li key={l.to} className="usa-button-group__item">
                <Link to={l.to} className="usa-button usa-button--outline">
                  {l.text}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </>
  );
}
