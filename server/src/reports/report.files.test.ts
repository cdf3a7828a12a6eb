import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { assembleReport, NEW_MEXICO_RULE_PACK, redactReport, SENSITIVE_FIELD_CLASSES } from '@hearth/core';
import { childFacts, reportFacts } from '../../../core/src/reports/test-facts.ts';
import { renderReportDocx } from './report.docx.ts';
import { outlineReport } from './report.outline.ts';
import { renderReportPdf } from './report.pdf.ts';
import { REPORT_WORDS } from './report-words.ts';

/** The writers alone: a copy opened with a real DOCX reader (mammoth) and a real PDF reader (unpdf). */
const ALL = [...SENSITIVE_FIELD_CLASSES];
const model = assembleReport(
  reportFacts({
    kind: 'casa',
    children: [
      childFacts({
        givenName: 'Ñico',
        sensitive: [{ fieldClass: 'health', summary: 'Asthma; inhaler at school' }],
      }),
    ],
    narrative: {
      status: 'submitted',
      updatedOn: '2025-06-01',
      observations: 'Ñico is doing well at school & loves <robotics>.\n\nHe asked about his sister.',
      childWishes: 'To see his sister every week.',
      recommendations: 'Weekly sibling visits.',
    },
  }),
  '2025-06-02',
  NEW_MEXICO_RULE_PACK,
);
const at = new Date('2025-06-02T15:00:00Z');

function documentFor(recipient: 'judge' | 'parent', language: 'en' | 'es') {
  const grants = recipient === 'judge' ? ALL : [];
  const { model: copy, withheld } = redactReport(model, {
    recipient,
    recipientGrants: grants,
    generatorGrants: ALL,
  });
  return outlineReport(copy, { recipient, withheld, language, timeZone: 'America/Denver', generatedAt: at });
}

async function docxText(buf: Buffer): Promise<{ text: string; html: string }> {
  const { value: text } = await mammoth.extractRawText({ buffer: buf });
  const { value: html } = await mammoth.convertToHtml({ buffer: buf });
  return { text, html };
}
async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  const { text, totalPages } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
  return { text, pages: totalPages };
}

describe('the DOCX writer', () => {
  it('writes a document a DOCX reader opens: title, recipient, headings, tables, escaped text', async () => {
    const d = documentFor('judge', 'en');
    const buf = renderReportDocx(d, { createdAt: at, pageWords: REPORT_WORDS.en.page });
    expect(buf.subarray(0, 2).toString()).toBe('PK');
    const { text, html } = await docxText(buf);
    expect(text).toContain('CASA volunteer’s report to the court');
    expect(text).toContain('Copy for: The judge');
    expect(text).toContain('Nothing in the records was left out of this copy.');
    expect(text).toContain('Ñico is doing well at school & loves <robotics>.');
    expect(text).toContain('Asthma; inhaler at school');
    expect(html).toContain('<h1>Hearing</h1>');
    expect(html).toContain('<h2>Ñico Testchild</h2>');
    expect(html).toMatch(/<table>.*Foster family \(not relatives\)/s);
  });

  it('gives the same bytes for the same copy (fixed zip timestamps)', () => {
    const d = documentFor('parent', 'en');
    const a = renderReportDocx(d, { createdAt: at, pageWords: REPORT_WORDS.en.page });
    const b = renderReportDocx(d, { createdAt: at, pageWords: REPORT_WORDS.en.page });
    expect(a.equals(b)).toBe(true);
  });

  it('writes a parent’s copy in Spanish, saying that information was left out, without it', async () => {
    const d = documentFor('parent', 'es');
    const { text } = await docxText(renderReportDocx(d, { createdAt: at, pageWords: REPORT_WORDS.es.page }));
    expect(text).toContain('Informe del voluntario de CASA al tribunal');
    expect(text).toContain('Copia para: Uno de los padres');
    expect(text).toContain('Esta copia no incluye cierta información');
    expect(text).toContain('No se incluye en esta copia');
    for (const hidden of ['Asthma', 'Rivera foster home', '12 Calle Falsa', '505-555-0100'])
      expect(text).not.toContain(hidden);
  });
});

describe('the PDF writer', () => {
  it('writes the copy with its recipient on the first page and numbered pages', async () => {
    const d = documentFor('judge', 'en');
    const { text, pages } = await pdfText(
      await renderReportPdf(d, { createdAt: at, pageWords: REPORT_WORDS.en.page }),
    );
    expect(text).toContain('Copy for: The judge');
    expect(text).toContain('Asthma; inhaler at school');
    expect(text).toContain('Ñico is doing well'); // Ñ is in WinAnsi: drawn as it is
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain('Confidential children’s court record');
  });

  it('leaves the withheld values out of a parent’s copy', async () => {
    const d = documentFor('parent', 'es');
    const { text } = await pdfText(
      await renderReportPdf(d, { createdAt: at, pageWords: REPORT_WORDS.es.page }),
    );
    expect(text).toContain('Copia para: Uno de los padres');
    expect(text).toContain('No se incluye en esta copia');
    for (const hidden of ['Asthma', 'Rivera foster home', '12 Calle Falsa', '505-555-0100'])
      expect(text).not.toContain(hidden);
  });
});
