import { listChildren } from '../../api/hearth.ts';
import { useResource } from '../../api/useResource.ts';
import { Link } from '../../app/Link.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useMe } from '../session/SessionProvider.tsx';
import { voiceReaderOf } from './voiceModel.ts';

const voicePath = (childId: string) => `/children/${encodeURIComponent(childId)}/voice`;

/**
 * On the home of a young person ("Talk to the judge") or of a foster parent or relative caregiver ("Your
 * reports to the court"): the way to their voice pages. Decided by the scope of voice.read, not a role.
 */
export function VoiceHomeLinks() {
  const me = useMe();
  const reader = voiceReaderOf(me.roles.map((r) => r.role));
  if (reader !== 'self' && reader !== 'caregiver') return null;
  return <VoiceHomeSection reader={reader} />;
}

function VoiceHomeSection({ reader }: { reader: 'self' | 'caregiver' }) {
  const { m, fmt } = useI18n();
  const t = m.voice.home;
  const children = useResource('voice-home-children', listChildren);
  if (children.status !== 'ok' || children.data.items.length === 0) return null;
  return (
    <section aria-labelledby="voice-home-heading" className="usa-summary-box margin-top-3">
      <div className="usa-summary-box__body">
        <h2 id="voice-home-heading" className="usa-summary-box__heading">
          {reader === 'self' ? t.youthTitle : t.caregiverTitle}
        </h2>
        <p>{reader === 'self' ? t.youthIntro : t.caregiverIntro}</p>
        <ul className="usa-list usa-list--unstyled">
          {children.data.items.map((c) => (
            <li key={c.id}>
              <Link to={voicePath(c.id)} className="usa-button margin-top-1">
                {reader === 'self' ? t.youthLink : t.caregiverLink(fmt.name(c.givenName, c.familyName))}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}

/** On a child's page: the way to the child's voice for the coming hearings, for whoever may read it. */
export function ChildVoiceLink({ childId }: { childId: string }) {
  const { m } = useI18n();
  const me = useMe();
  const reader = voiceReaderOf(me.roles.map((r) => r.role));
  if (!reader) return null;
  return (
    <p>
      <Link to={voicePath(childId)}>{m.voice.childLink[reader]}</Link>
    </p>
  );
}
