import { useState, type ReactNode } from 'react';
import type { AcceptConflicts, ConflictAnswer, TimeSlot } from '../../api/types.ts';
import { conflictAnswerOf } from './conflictAnswer.ts';
import { ConflictsPanel } from './ConflictsPanel.tsx';

/**
 * The conflicts-and-offers step of any form that sets a hearing's time (schedule, move, continue): a
 * 409 answer is kept and shown as the panel; picking an offered time, or setting it anyway with a
 * reason, sends the same request again with that change.
 */
export function useConflictOffers<B extends AcceptConflicts>(opts: {
  /** Sends a request (through the page's form, so it is busy meanwhile). */
  resend: (body: B) => void | Promise<void>;
  /** The request with an offered time put in. */
  withSlot: (body: B, slot: TimeSlot) => B;
}): {
  /**
   * Sends `body` with `send`: its answer when it went through, null when it answered with conflicts
   * (now shown). Any other error is thrown as it was.
   */
  attempt: <R>(body: B, send: () => Promise<R>) => Promise<R | null>;
  panel: (busy: boolean) => ReactNode;
} {
  const [state, setState] = useState<{ answer: ConflictAnswer; body: B } | null>(null);
  return {
    async attempt<R>(body: B, send: () => Promise<R>): Promise<R | null> {
      setState(null);
      try {
        return await send();
      } catch (err) {
        const answer = conflictAnswerOf(err);
        if (!answer) throw err;
        setState({ answer, body });
        return null;
      }
    },
    panel: (busy) =>
      state && (
        <ConflictsPanel
          answer={state.answer}
          busy={busy}
          onPick={(slot) => void opts.resend(opts.withSlot(state.body, slot))}
          onAccept={(reason) =>
            void opts.resend({ ...state.body, acceptConflicts: true, acceptConflictsReason: reason })
          }
        />
      ),
  };
}
