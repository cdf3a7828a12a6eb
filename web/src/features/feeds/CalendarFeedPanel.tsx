import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../api/client.ts';
import { getCalendarFeed, renewCalendarFeed } from '../../api/hearth.ts';
import type { CalendarFeed } from '../../api/types.ts';
import { useResource } from '../../api/useResource.ts';
import { Alert } from '../../components/Alert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { feedsEn } from '../../i18n/feeds.en.ts';
import { isFeedAddress, webcalAddress, type CopyStatus, type PanelStage } from './calendarFeed.ts';

type Words = typeof feedsEn;

/**
 * "Your hearings in your calendar", on every home: the account's private iCalendar address with a Copy
 * button, how to subscribe in Google, Outlook and Apple calendars, and a way to replace the address
 * (after a confirmation) when it was shared by mistake.
 */
export function CalendarFeedPanel() {
  const { m } = useI18n();
  const loaded = useResource('calendar-feed', getCalendarFeed);
  const [renewed, setRenewed] = useState<CalendarFeed | null>(null);
  const [stage, setStage] = useState<PanelStage>('showing');
  const [copy, setCopy] = useState<CopyStatus>('idle');
  const [error, setError] = useState<ApiError | null>(null);
  const feed = renewed ?? (loaded.status === 'ok' ? loaded.data : null);

  async function copyAddress(url: string, input: HTMLInputElement | null): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
      setCopy('copied');
    } catch {
      // No clipboard (an old browser, or a page not served over HTTPS): select it for the person.
      input?.select();
      setCopy('failed');
    }
  }

  async function renew(): Promise<void> {
    setStage('renewing');
    setError(null);
    try {
      setRenewed(await renewCalendarFeed());
      setCopy('idle');
    } catch (err) {
      setError(err as ApiError);
    } finally {
      setStage('showing');
    }
  }

  return (
    <section aria-labelledby="calendar-feed-heading" className="margin-top-4">
      <h2 id="calendar-feed-heading">{m.feeds.title}</h2>
      <p>{m.feeds.intro}</p>
      <p>{m.feeds.privacy}</p>
      {!feed && loaded.status === 'loading' && <Loading />}
      {!feed && loaded.status === 'error' && <ProblemAlert error={loaded.error} />}
      {error && <ProblemAlert error={error} />}
      {feed && isFeedAddress(feed.url) && (
        <CalendarFeedView
          words={m.feeds}
          url={feed.url}
          stage={stage}
          copy={copy}
          renewed={renewed !== null}
          onCopy={copyAddress}
          onAskNew={() => setStage('confirming')}
          onConfirm={() => void renew()}
          onCancel={() => setStage('showing')}
        />
      )}
    </section>
  );
}

type ViewProps = {
  words: Words;
  url: string;
  stage: PanelStage;
  copy: CopyStatus;
  renewed: boolean;
  onCopy: (url: string, input: HTMLInputElement | null) => Promise<void>;
  onAskNew: () => void;
  onConfirm: () => void;
  onCancel: () => void;
};

/** The address, the ways to subscribe, and replacing the address; stateless, so it renders in tests. */
export function CalendarFeedView(props: ViewProps) {
  const { words: w, url, stage, copy } = props;
  const input = useRef<HTMLInputElement>(null);
  const confirm = useRef<HTMLDivElement>(null);
  const askButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  // Focus follows the question: onto it when it opens, back to the button when it is answered.
  useEffect(() => {
    if (stage === 'confirming') confirm.current?.focus();
    else if (wasConfirming.current) askButton.current?.focus();
    wasConfirming.current = stage === 'confirming';
  }, [stage]);
  return (
    <>
      {props.renewed && (
        <Alert type="success" slim live>
          {w.madeNew}
        </Alert>
      )}
      <label className="usa-label" htmlFor="calendar-feed-url">
        {w.addressLabel}
      </label>
      <div className="usa-hint" id="calendar-feed-hint">
        {w.addressHint}
      </div>
      <input
        ref={input}
        className="usa-input maxw-none"
        id="calendar-feed-url"
        type="text"
        readOnly
        value={url}
        aria-describedby="calendar-feed-hint"
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="margin-top-1">
        <button type="button" className="usa-button" onClick={() => void props.onCopy(url, input.current)}>
          {w.copy}
        </button>
        <a className="usa-button usa-button--outline" href={webcalAddress(url)}>
          {w.openInApp}
        </a>
      </div>
      <p role="status" className="text-base-dark">
        {copy === 'copied' ? w.copied : copy === 'failed' ? w.copyFailed : ''}
      </p>
      <h3>{w.howTitle}</h3>
      <ul className="usa-list">
        {w.how.map((h) => (
          <li key={h.where}>
            <strong>{h.where}:</strong> {h.steps}
          </li>
        ))}
      </ul>
      <h3>{w.newTitle}</h3>
      <p>{w.newText}</p>
      {stage === 'confirming' ? (
        <div
          ref={confirm}
          tabIndex={-1}
          role="group"
          aria-labelledby="calendar-feed-confirm"
          className="usa-alert usa-alert--warning margin-y-2"
        >
          <div className="usa-alert__body">
            <h4 className="usa-alert__heading" id="calendar-feed-confirm">
              {w.confirmTitle}
            </h4>
            <p className="usa-alert__text">{w.confirmText}</p>
            <div className="margin-top-1">
              <button type="button" className="usa-button usa-button--secondary" onClick={props.onConfirm}>
                {w.confirmYes}
              </button>
              <button type="button" className="usa-button usa-button--outline" onClick={props.onCancel}>
                {w.confirmNo}
              </button>
            </div>
          </div>
        </div>
      ) : (
        <button
          ref={askButton}
          type="button"
          className="usa-button usa-button--outline"
          disabled={stage === 'renewing'}
          onClick={props.onAskNew}
        >
          {stage === 'renewing' ? w.making : w.makeNew}
        </button>
      )}
    </>
  );
}
