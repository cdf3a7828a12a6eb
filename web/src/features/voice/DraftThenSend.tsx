import { useState } from 'react';
import type { ApiError } from '../../api/client.ts';
import { asApiError } from './voiceErrors.ts';

export type DraftStep = 'save' | 'send';

/**
 * The life of a youth's statement and of a caregiver's report: a draft saved as often as the writer likes,
 * then sent once. Sending saves unsent changes first and sends that version; a stale version (412) is
 * handed to `onStale`, any other failure kept as `error`.
 */
export function useDraftThenSend<D extends { version: number }>(opts: {
  saved: D | null;
  dirty: boolean;
  save: () => Promise<D>;
  send: (version: number) => Promise<D>;
  onSent: (sent: D) => void;
  onStale: () => void;
}) {
  const [busy, setBusy] = useState<DraftStep | null>(null);
  const [savedNotice, setSavedNotice] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  function reset() {
    setSavedNotice(false);
    setError(null);
  }
  async function run(step: DraftStep) {
    setBusy(step);
    try {
      const current = opts.dirty || !opts.saved ? await opts.save() : opts.saved;
      if (step === 'send') opts.onSent(await opts.send(current.version));
      else setSavedNotice(true);
    } catch (err) {
      const e = asApiError(err);
      if (e.status === 412) opts.onStale();
      else setError(e);
    } finally {
      setBusy(null);
    }
  }
  return { busy, savedNotice, error, reset, run, hideSavedNotice: () => setSavedNotice(false) };
}

/** "Save the draft" and "Send", each saying when it is at work; both wait while either is. */
export function DraftButtons({
  busy,
  onRun,
  words,
}: {
  busy: DraftStep | null;
  onRun: (step: DraftStep) => void;
  words: { save: string; saving: string; send: string; sending: string };
}) {
  return (
    <div className="usa-button-group">
      <button
        type="button"
        className="usa-button usa-button--outline"
        disabled={busy !== null}
        onClick={() => onRun('save')}
      >
        {busy === 'save' ? words.saving : words.save}
      </button>
      <button type="button" className="usa-button" disabled={busy !== null} onClick={() => onRun('send')}>
        {busy === 'send' ? words.sending : words.send}
      </button>
    </div>
  );
}
