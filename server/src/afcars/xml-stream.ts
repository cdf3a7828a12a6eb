/**
 * Splits an AFCARS XML file, read as a stream, into its top-level pieces without holding the whole file:
 * the root's start tag, each child element of the root other than `records` (E1, E2), and each child of
 * `records` (one `record` per child). Every piece comes with the line it starts on and its exact text, which
 * fast-xml-parser then parses on its own (afcars-xml.ts). Memory is one record plus one read chunk, and
 * the scan is linear, so a file of any number of records imports.
 *
 * Only what the split needs is read here: tags (with quoted attribute values), comments, CDATA sections
 * and processing instructions. A DOCTYPE is refused (no entity declarations from a file we import).
 * Element names are compared whole; the well-formedness of each piece is fast-xml-parser's to check.
 */

export type XmlPiece =
  | { kind: 'root'; tag: string; line: number }
  | { kind: 'element'; parent: 'root' | 'records'; name: string; xml: string; line: number };

/** A problem with the file's structure, at a line of the file. */
export class XmlStructureError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

const NAME = /^[^\s/>]+/;

/** The local name of a qualified name (`acf:data` → `data`). */
export const localName = (qname: string): string => qname.slice(qname.indexOf(':') + 1);

export async function* splitXml(input: AsyncIterable<string>): AsyncGenerator<XmlPiece> {
  const it = input[Symbol.asyncIterator]();
  let buf = '';
  let pos = 0; // next character to look at
  let line = 1; // the line of buf[pos]
  let ended = false;
  let started = false;
  const stack: string[] = []; // open elements, by qualified name
  let rootSeen = false;
  // The piece being captured: where it starts in buf, its line, its name and the depth it closes at.
  let capture: {
    start: number;
    line: number;
    name: string;
    depth: number;
    parent: 'root' | 'records';
  } | null = null;

  /**
   * Reads the next chunk, dropping what is behind both the scan and the capture. Returns how far indexes
   * into `buf` moved back (0 or more), or null at the end of the input.
   */
  async function more(): Promise<number | null> {
    if (ended) return null;
    const next = await it.next();
    if (next.done) {
      ended = true;
      return null;
    }
    const first = !started;
    started = true;
    const keep = capture ? capture.start : pos;
    buf = buf.slice(keep) + (first ? next.value.replace(/^\uFEFF/, '') : next.value);
    pos -= keep;
    if (capture) capture.start -= keep;
    return keep;
  }

  /** Moves the scan to `to`, counting the lines passed. */
  function advance(to: number): void {
    for (let i = buf.indexOf('\n', pos); i !== -1 && i < to; i = buf.indexOf('\n', i + 1)) line += 1;
    pos = to;
  }

  /** The index just past the first `close` at or after `from`, reading more as needed; -1 at the end. */
  async function find(close: string, from: number): Promise<number> {
    for (;;) {
      const at = buf.indexOf(close, from);
      if (at !== -1) return at + close.length;
      const searched = Math.max(from, buf.length - close.length + 1);
      const shift = await more();
      if (shift === null) return -1;
      from = searched - shift;
    }
  }

  /** The end (just past `>`) of the tag starting at `lt`, skipping quoted attribute values. */
  async function tagEnd(lt: number): Promise<number> {
    let quote: string | null = null;
    let i = lt + 1;
    for (;;) {
      for (; i < buf.length; i += 1) {
        const ch = buf[i];
        if (quote) {
          if (ch === quote) quote = null;
        } else if (ch === '"' || ch === "'") quote = ch;
        else if (ch === '>') return i + 1;
      }
      const shift = await more();
      if (shift === null) return -1;
      i -= shift;
    }
  }

  for (;;) {
    const lt = buf.indexOf('<', pos);
    if (lt === -1) {
      if (!capture && stack.length === 0 && buf.slice(pos).trim() !== '')
        throw new XmlStructureError(line, 'text outside the root element');
      advance(buf.length);
      if ((await more()) === null) break;
      continue;
    }
    if (!capture && stack.length === 0 && buf.slice(pos, lt).trim() !== '')
      throw new XmlStructureError(line, 'text outside the root element');
    advance(lt);
    // Enough characters to tell a comment, CDATA or DOCTYPE from a tag.
    while (buf.length - pos < 9 && (await more()) !== null);
    const startLine = line;
    let end: number;
    if (buf.startsWith('<!--', pos)) end = await find('-->', pos + 4);
    else if (buf.startsWith('<![CDATA[', pos)) end = await find(']]>', pos + 9);
    else if (buf.startsWith('<?', pos)) end = await find('?>', pos + 2);
    else if (buf.startsWith('<!', pos))
      throw new XmlStructureError(line, 'a DOCTYPE or other declaration is not allowed');
    else end = await tagEnd(pos);
    if (end === -1)
      throw new XmlStructureError(startLine, 'the file ends inside a tag, comment or CDATA section');

    const token = buf.slice(pos, end);
    if (token.startsWith('</')) {
      const name = NAME.exec(token.slice(2))?.[0] ?? '';
      const open = stack.pop();
      if (open !== name)
        throw new XmlStructureError(
          startLine,
          open === undefined ? `</${name}> closes nothing` : `</${name}> closes <${open}>`,
        );
      advance(end);
      if (capture && stack.length === capture.depth) {
        yield {
          kind: 'element',
          parent: capture.parent,
          name: capture.name,
          xml: buf.slice(capture.start, end),
          line: capture.line,
        };
        capture = null;
      }
      continue;
    }
    if (token.startsWith('<!') || token.startsWith('<?')) {
      advance(end);
      continue;
    }
    const name = NAME.exec(token.slice(1))?.[0] ?? '';
    if (name === '') throw new XmlStructureError(startLine, 'a tag without a name');
    const selfClosing = token.endsWith('/>');
    if (stack.length === 0) {
      if (rootSeen) throw new XmlStructureError(startLine, `a second root element <${name}>`);
      rootSeen = true;
      yield { kind: 'root', tag: token, line: startLine };
    } else if (!capture) {
      const parent =
        stack.length === 1 && localName(name) !== 'records'
          ? 'root'
          : stack.length === 2 && localName(stack[1] as string) === 'records'
            ? 'records'
            : null;
      if (parent)
        capture = { start: pos, line: startLine, name: localName(name), depth: stack.length, parent };
    }
    advance(end);
    if (selfClosing) {
      if (capture && stack.length === capture.depth) {
        yield { kind: 'element', parent: capture.parent, name: capture.name, xml: token, line: capture.line };
        capture = null;
      }
    } else stack.push(name);
  }
  if (!rootSeen) throw new XmlStructureError(line, 'the file holds no XML element');
  if (stack.length > 0)
    throw new XmlStructureError(line, `the file ends before </${stack[stack.length - 1]}>`);
}
