/**
 * Reads the pieces of an AFCARS 2020 out-of-home-care file (xml-stream.ts) with fast-xml-parser into the
 * model of core/src/afcars/model.ts, keeping the line each element starts on. Elements are matched by local
 * name (afcars2020.md §1.1: only the root is qualified); an empty element in any of its spellings
 * (`<X></X>`, `<X/>`, whitespace only) is null.
 */
import {
  cellOf,
  emptyCell,
  emptyFosterHomeFlags,
  FOSTER_HOME_FLAGS,
  RACE_FLAGS,
  type AfcarsCell,
  type AfcarsLivingArrangement,
  type AfcarsRecord,
  type AfcarsRemoval1993,
  type AfcarsRemoval2020,
} from '@hearth/core';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** One element: its local name, the line it starts on, its text (leaves) and its child elements. */
export type XmlElement = { name: string; line: number; text: string | null; children: XmlElement[] };

/** A piece that is not well-formed XML, at a line of the file. */
export class XmlSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

const parser = new XMLParser({
  preserveOrder: true,
  captureMetaData: true,
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  removeNSPrefix: true,
  processEntities: true,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
});
const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

type OrderedNode = Record<string, unknown> & { [key: symbol]: { startIndex?: number } | undefined };

/** Parses one piece of the file that starts on `firstLine`; its elements carry lines of the whole file. */
export function parsePiece(xml: string, firstLine: number): XmlElement {
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    throw new XmlSyntaxError(firstLine + valid.err.line - 1, `not well-formed XML: ${valid.err.msg}`);
  const newlines: number[] = [];
  for (let i = xml.indexOf('\n'); i !== -1; i = xml.indexOf('\n', i + 1)) newlines.push(i);
  const lineAt = (index: number | undefined): number => {
    if (index === undefined) return firstLine;
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((newlines[mid] as number) < index) lo = mid + 1;
      else hi = mid;
    }
    return firstLine + lo;
  };
  const convert = (node: OrderedNode): XmlElement | null => {
    const name = Object.keys(node).find((k) => k !== ':@' && k !== '#text');
    if (name === undefined) return null;
    const kids = (node[name] as OrderedNode[] | undefined) ?? [];
    const children: XmlElement[] = [];
    let text = '';
    for (const kid of kids) {
      if ('#text' in kid) text += String(kid['#text']);
      else {
        const el = convert(kid);
        if (el) children.push(el);
      }
    }
    return {
      name,
      line: lineAt(node[META]?.startIndex),
      text: text.trim() === '' ? null : text.trim(),
      children,
    };
  };
  const [top] = (parser.parse(xml) as OrderedNode[]).map(convert).filter((e): e is XmlElement => e !== null);
  if (!top) throw new XmlSyntaxError(firstLine, 'not well-formed XML: no element');
  return top;
}

const child = (el: XmlElement | undefined, name: string): XmlElement | undefined =>
  el?.children.find((c) => c.name === name);
const all = (el: XmlElement | undefined, name: string): XmlElement[] =>
  el ? el.children.filter((c) => c.name === name) : [];
/** The text of a child element; an absent one is empty, at its parent's line. */
const cell = (el: XmlElement, name: string): AfcarsCell => {
  const found = child(el, name);
  return found ? cellOf(found.children.length ? null : found.text, found.line) : emptyCell(el.line);
};

function livingArrangement(la: XmlElement): AfcarsLivingArrangement {
  const home = child(la, 'E114_E146_foster_family_home_type');
  const flags = emptyFosterHomeFlags(home?.line ?? la.line);
  if (home) for (const f of FOSTER_HOME_FLAGS) flags[f.element] = cell(home, f.name);
  return {
    line: la.line,
    E112: cell(la, 'E112_date_living_arrangement'),
    E113: cell(la, 'E113_foster_family_home'),
    flags,
    E120: cell(la, 'E120_other_living_arrangement_type'),
    E121: cell(la, 'E121_location_of_living_arrangement'),
    E122: cell(la, 'E122_jurisdiction_or_country'),
  };
}

function removal2020(r: XmlElement): AfcarsRemoval2020 {
  return {
    line: r.line,
    E69: cell(r, 'E69_removal_date'),
    E70: cell(r, 'E70_removal_transaction_date'),
    E71: cell(r, 'E71_removal_environment'),
    E3: cell(r, 'E3_local_agency'),
    livingArrangements: all(child(r, 'E112_E146_living_arrangements'), 'living_arrangement').map(
      livingArrangement,
    ),
    plans: all(child(r, 'E147_E148_permanency_plans'), 'permanency_plan').map((p) => ({
      line: p.line,
      E147: cell(p, 'E147_permanency_plan_date'),
      E148: cell(p, 'E148_permanency_plan_type'),
    })),
    reviews: all(child(r, 'E149_periodic_reviews'), 'E149_periodic_review_date').map((e) =>
      cellOf(e.text, e.line),
    ),
    hearings: all(child(r, 'E150_permanency_hearings'), 'E150_permanency_hearing_date').map((e) =>
      cellOf(e.text, e.line),
    ),
    visits: all(child(r, 'E151_E152_case_worker_visits'), 'case_worker_visit').map((v) => ({
      line: v.line,
      E151: cell(v, 'E151_case_worker_visit_date'),
      E152: cell(v, 'E152_case_worker_visit_location'),
    })),
    E153: cell(r, 'E153_exit_date'),
    E154: cell(r, 'E154_exit_transaction_date'),
    E155: cell(r, 'E155_exit_reason'),
    E156: cell(r, 'E156_transfer_to_another_agency'),
  };
}

const removal1993 = (r: XmlElement): AfcarsRemoval1993 => ({
  line: r.line,
  E69: cell(r, 'E69_removal_date'),
  E153: cell(r, 'E153_exit_date'),
  E155: cell(r, 'E155_exit_reason'),
});

/** The part of a `record` element that Hearth reads. */
export function readRecord(rec: XmlElement): AfcarsRecord {
  const removals = child(rec, 'E69_E186_removals');
  const race = Object.fromEntries(
    RACE_FLAGS.map((f) => [f.element, cell(rec, f.name)]),
  ) as AfcarsRecord['race'];
  return {
    line: rec.line,
    E4: cell(rec, 'E4_child_record_number'),
    E5: cell(rec, 'E5_date_of_birth'),
    E6: cell(rec, 'E6_sex'),
    race,
    E21: cell(rec, 'E21_child_hispanic_latino'),
    removals2020: all(removals, 'removal_2020').map(removal2020),
    removals1993: all(removals, 'removal_1993').map(removal1993),
  };
}

/** The text of a leaf piece (E1, E2). */
export const pieceText = (el: XmlElement): AfcarsCell => cellOf(el.children.length ? null : el.text, el.line);

/**
 * The namespace URI bound to the root's prefix (or the default namespace), read from its start tag.
 * Returns the qualified name's local part and the URI, or null when the prefix is not declared.
 */
export function rootNamespace(tag: string): { local: string; uri: string | null } {
  const name = /^<([^\s/>]+)/.exec(tag)?.[1] ?? '';
  const colon = name.indexOf(':');
  const prefix = colon === -1 ? null : name.slice(0, colon);
  const attr = prefix === null ? 'xmlns' : `xmlns:${prefix}`;
  const m = new RegExp(`\\s${attr.replace(':', '\\:')}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return { local: name.slice(colon + 1), uri: m ? (m[2] ?? m[3] ?? '') : null };
}
