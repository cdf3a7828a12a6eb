import { useEffect, useRef, type Ref } from 'react';
import type { formsEn } from '../../i18n/forms.en.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { FieldValue } from './formValues.ts';
import type { FieldChange, StaleEdit } from './staleEdit.ts';

type Words = typeof formsEn.stale;

type ViewProps = {
  stale: StaleEdit;
  words: Words;
  /** The label of a field, as the form shows it. */
  labelOf: (field: string) => string;
  /** A value as a person reads it (a code's words, a date in their format); `empty` for nothing. */
  show: (field: string, value: FieldValue) => string;
  empty: string;
  onReapply: () => void;
  onDiscard: () => void;
  headingRef?: Ref<HTMLHeadingElement>;
};

/**
 * A stale edit explained in plain words: someone saved this record while the user was editing it. Shows
 * what the other person changed (saved now, against what the user started from), the user's own unsaved
 * changes, and two ways on: put my changes on the new version, or discard them.
 */
export function StaleEditView({
  stale,
  words,
  labelOf,
  show,
  empty,
  onReapply,
  onDiscard,
  headingRef,
}: ViewProps) {
  const both = new Set(stale.both);
  const value = (field: string, v: FieldValue) => {
    const text = show(field, v);
    return text.trim() === '' ? empty : text;
  };
  return (
    <div className="usa-alert usa-alert--warning margin-y-3">
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" tabIndex={-1} ref={headingRef} id="stale-edit-heading">
          {words.heading}
        </h2>
        <p className="usa-alert__text">{words.intro}</p>
        <h3 className="margin-bottom-0">{words.theirChanges}</h3>
        {stale.theirs.length === 0 ? (
          <p>{words.noVisibleChange}</p>
        ) : (
          <ChangeTable
            caption={words.theirChanges}
            headers={[words.field, words.savedNow, words.whenYouStarted]}
            rows={stale.theirs.map((c: FieldChange) => [
              labelOf(c.field),
              value(c.field, c.to),
              value(c.field, c.from),
            ])}
          />
        )}
        <h3 className="margin-bottom-0">{words.yourChanges}</h3>
        {stale.mine.length === 0 ? (
          <p>{words.noChanges}</p>
        ) : (
          <ChangeTable
            caption={words.yourChanges}
            headers={[words.field, words.yourValue, words.whenYouStarted]}
            rows={stale.mine.map((c) => [
              both.has(c.field) ? `${labelOf(c.field)} (${words.bothChanged})` : labelOf(c.field),
              value(c.field, c.to),
              value(c.field, c.from),
            ])}
          />
        )}
        <div className="usa-button-group margin-top-2">
          <button type="button" className="usa-button" onClick={onReapply} disabled={stale.mine.length === 0}>
            {words.reapply}
          </button>
          <button type="button" className="usa-button usa-button--outline" onClick={onDiscard}>
            {words.discard}
          </button>
        </div>
      </div>
    </div>
  );
}

function ChangeTable({ caption, headers, rows }: { caption: string; headers: string[]; rows: string[][] }) {
  return (
    <table className="usa-table usa-table--borderless usa-table--compact margin-top-1">
      <caption className="usa-sr-only">{caption}</caption>
      <thead>
        <tr>
          {headers.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([field, ...cells]) => (
          <tr key={field}>
            <th scope="row">{field}</th>
            {cells.map((c, i) => (
              <td key={i}>{c}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The notice in the reader's language; it takes focus when it appears. */
export function StaleEditNotice(props: Omit<ViewProps, 'words' | 'empty' | 'headingRef'>) {
  const { m } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [props.stale]);
  return <StaleEditView {...props} words={m.forms.stale} empty={m.forms.empty} headingRef={heading} />;
}
