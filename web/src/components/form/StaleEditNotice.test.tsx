import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { formsEn } from '../../i18n/forms.en.ts';
import { formsEs } from '../../i18n/forms.es.ts';
import { summaryEntries } from './ErrorSummary.tsx';
import { explainStaleEdit } from './staleEdit.ts';
import { StaleEditView } from './StaleEditNotice.tsx';

const started = { givenName: 'Mia', county: 'Bernalillo' };
const stale = explainStaleEdit(
  started,
  { givenName: 'Amelia', county: 'Bernalillo' },
  { givenName: 'Mia', county: 'Sandoval' },
  ['givenName', 'county'],
);
const render = (words = formsEn) =>
  renderToStaticMarkup(
    <StaleEditView
      stale={stale}
      words={words.stale}
      empty={words.empty}
      labelOf={(f) => ({ givenName: 'First name', county: 'County' })[f] ?? f}
      show={(_f, v) => String(v)}
      onReapply={() => undefined}
      onDiscard={() => undefined}
    />,
  );

describe('the stale-edit notice', () => {
  it('says what happened, shows the other person’s change against where the user started, and the user’s own', () => {
    const html = render();
    expect(html).toContain('Someone else changed this record while you were editing it');
    expect(html).toMatch(/<th scope="row">County<\/th><td>Sandoval<\/td><td>Bernalillo<\/td>/);
    expect(html).toMatch(/<th scope="row">First name<\/th><td>Amelia<\/td><td>Mia<\/td>/);
    expect(html).toContain('Put my changes on the new version');
    expect(html).toContain('Discard my changes');
  });

  it('speaks Spanish to a Spanish reader', () => {
    expect(render(formsEs)).toContain('Otra persona cambió este registro mientras usted lo editaba');
  });
});

describe('the error summary', () => {
  it('lists problems in the order the fields are laid out, those of no field last', () => {
    const entries = summaryEntries({
      labels: { petitionNumber: 'Petition number', filingDate: 'Date filed', allegations: 'Allegations' },
      errors: { allegations: { key: 'chooseAtLeastOne' }, petitionNumber: { key: 'petitionFormat' } },
      other: [{ text: 'A case with this petition number exists.' }],
      say: (p) => ('key' in p ? formsEn.errors[p.key] : p.text),
    });
    expect(entries.map((e) => [e.key, e.label])).toEqual([
      ['petitionNumber', 'Petition number'],
      ['allegations', 'Allegations'],
      [null, null],
    ]);
    expect(entries[1]!.message).toBe('Choose at least one.');
  });
});
