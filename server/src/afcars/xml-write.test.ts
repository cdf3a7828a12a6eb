import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  afcarsRecordXml,
  afcarsXmlHead,
  afcarsXmlTail,
  cellOf,
  escapeXmlText,
  type AfcarsRecord,
} from '@hearth/core';
import { describe, expect, it } from 'vitest';
import { parsePiece, readRecord, type XmlElement } from './afcars-xml.ts';

const FIXTURES = resolve(import.meta.dirname, '../../../../shared/fixtures/afcars2020');
const P01 = join(FIXTURES, 'Test_Cases_Revised_v5_Person_01_-Multi-Removals_OOH.xml');
const P03 = join(FIXTURES, 'Test_Cases_Revised_v5_Person_03_-_Adopt_-_Safe_Haven_OOH.xml');

/** The record element of a whole file. */
async function recordOf(path: string): Promise<XmlElement> {
  const root = parsePiece(await readFile(path, 'utf8'), 1);
  const rec = root.children.find((c) => c.name === 'records')?.children[0];
  if (!rec) throw new Error('no record');
  return rec;
}

/** Element names in document order, without what is inside the blocks Hearth writes empty. */
function names(el: XmlElement, out: string[] = []): string[] {
  out.push(el.name);
  if (
    el.name === 'E123_E146_foster_parent_information' ||
    el.name === 'E157_E186_adoptive_parents_information'
  )
    return out;
  for (const c of el.children) names(c, out);
  return out;
}

/** The carried values of a record, without lines. */
const values = (rec: AfcarsRecord): unknown =>
  JSON.parse(JSON.stringify(rec, (k, v: unknown) => (k === 'line' ? undefined : v)));

describe('writing AFCARS XML', () => {
  it.each([
    ['Person 01', P01],
    ['Person 03', P03],
  ])(
    'writes %s with the editor’s elements in the editor’s order, and reads back the same values',
    async (_, path) => {
      const original = await recordOf(path);
      const record = readRecord(original);
      const written = parsePiece(afcarsRecordXml(record), 1);
      expect(names(written)).toEqual(names(original));
      expect(values(readRecord(written))).toEqual(values(record));
    },
  );

  it('writes the root in the ACF namespace with E1 and E2, and escapes text', () => {
    const head = afcarsXmlHead({ E1: cellOf('35'), E2: cellOf('202703') }, { comment: 'a -- b' });
    const doc = parsePiece(`${head}${afcarsXmlTail()}`, 1);
    expect(head).toContain('<!-- a - - b -->');
    expect(head).toContain('<acf:data xmlns:acf="http://www.acf.hhs.gov"');
    expect(head).toContain('xsi:schemaLocation="http://www.acf.hhs.gov schema_ooh.xsd"');
    expect(doc.children.map((c) => [c.name, c.text])).toEqual([
      ['E1_title_iv_agency', '35'],
      ['E2_report_date', '202703'],
      ['records', null],
    ]);
    expect(escapeXmlText('A&B <C> "d"')).toBe('A&amp;B &lt;C&gt; "d"');
    expect(escapeXmlText('a\u0001b\uD800c\tz')).toBe('a\uFFFDb\uFFFDc\tz');
  });
});
