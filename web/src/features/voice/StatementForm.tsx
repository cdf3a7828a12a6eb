import { useState } from 'react';
import { saveYouthStatement, sendYouthStatement } from '../../api/hearth.ts';
import type { StatementAudience, VoiceHearing, VoiceStatement } from '../../api/types.ts';
import { Alert } from '../../components/Alert.tsx';
import { TextArea } from '../../components/form/TextArea.tsx';
import { problemText } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { DraftButtons, type DraftStep, useDraftThenSend } from './DraftThenSend.tsx';
import { AUDIENCES, canSend, paragraphsOf, toggleAudience } from './voiceModel.ts';

const MAX = 4000;

/**
 * "What I want the judge to know": the young person's own draft, saved as often as they like and seen by
 * no one else, until they send it; then it is fixed, timestamped and on the judge's bench view.
 */
export function StatementForm({
  hearing,
  childId,
  onStale,
}: {
  hearing: VoiceHearing;
  childId: string;
  onStale: () => void;
}) {
  const { m, locale } = useI18n();
  const t = m.voice.statement;
  const [saved, setSaved] = useState<VoiceStatement | null>(hearing.statement);
  const [body, setBody] = useState(hearing.statement?.body ?? '');
  const [sharedWith, setSharedWith] = useState<StatementAudience[]>(hearing.statement?.sharedWith ?? []);
  const [empty, setEmpty] = useState(false);
  const id = `statement-${hearing.hearingId}`;
  const dirty = !saved || saved.body !== body || saved.sharedWith.join() !== sharedWith.join();
  const draft = useDraftThenSend({
    saved,
    dirty,
    async save() {
      const next = await saveYouthStatement(hearing.hearingId, childId, saved?.version ?? null, {
        body,
        language: locale,
        sharedWith,
      });
      setSaved(next);
      return next;
    },
    send: (version) => sendYouthStatement(hearing.hearingId, childId, version),
    onSent: setSaved,
    onStale,
  });

  if (saved?.status === 'sent') return <SentStatement statement={saved} />;

  function run(step: DraftStep) {
    draft.reset();
    setEmpty(false);
    if (step === 'send' && !canSend(body)) return setEmpty(true);
    void draft.run(step);
  }

  return (
    <form className="usa-form usa-form--large" noValidate onSubmit={(e) => e.preventDefault()}>
      <h3>{t.title}</h3>
      <TextArea
        id={id}
        label={t.label}
        hint={t.hint}
        value={body}
        maxLength={MAX}
        error={empty ? t.empty : undefined}
        onChange={(v) => {
          setBody(v);
          draft.hideSavedNotice();
        }}
      />
      <fieldset className="usa-fieldset margin-top-3">
        <legend className="usa-legend text-bold">{t.whoReads}</legend>
        <p>{t.always}</p>
        <p>{t.choose}</p>
        {AUDIENCES.map((a) => (
          <div className="usa-checkbox" key={a}>
            <input
              className="usa-checkbox__input"
              id={`${id}-share-${a}`}
              type="checkbox"
              checked={sharedWith.includes(a)}
              onChange={(e) => setSharedWith((s) => toggleAudience(s, a, e.target.checked))}
            />
            <label className="usa-checkbox__label" htmlFor={`${id}-share-${a}`}>
              {t.audience[a]}
            </label>
          </div>
        ))}
        <p className="text-base-dark">{t.parentsNote}</p>
        <p className="text-base-dark">{t.judgeMayShare}</p>
      </fieldset>
      {draft.savedNotice && (
        <Alert type="success" slim live>
          {t.saved}
        </Alert>
      )}
      {draft.error && (
        <Alert type="error" live>
          {problemText(draft.error, m.common.networkError)}
        </Alert>
      )}
      <p className="margin-top-3">{t.sendWarning}</p>
      <DraftButtons busy={draft.busy} onRun={run} words={t} />
    </form>
  );
}

/** What the young person sent, as they sent it, and who besides the judge and their lawyer may read it. */
export function SentStatement({ statement, own = true }: { statement: VoiceStatement; own?: boolean }) {
  const { m, fmt } = useI18n();
  const t = m.voice.statement;
  const shared = statement.sharedWith.map((a) => t.audience[a]);
  const when = fmt.hearingTime(statement.sentAt ?? statement.updatedAt);
  return (
    <div data-testid="sent-statement">
      <h3>{own ? t.sentTitle : t.titleOther}</h3>
      {own && (
        <Alert type="success" slim>
          {t.sentText(when)}
        </Alert>
      )}
      <blockquote
        className="border-left-05 border-primary padding-left-2 margin-x-0"
        lang={statement.language}
      >
        {paragraphsOf(statement.body).map((p, i) => (
          <p key={i}>“{p}”</p>
        ))}
      </blockquote>
      {!own && <p className="text-base-dark">{t.sentOther(when)}</p>}
      <p className="text-base-dark">{shared.length ? t.sharedWith(fmt.list(shared)) : t.sharedWithNoOne}</p>
    </div>
  );
}
