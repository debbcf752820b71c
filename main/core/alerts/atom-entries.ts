// Just enough XML to read an Atom feed's entries (RFC 4287) whose children are flat text elements,
// as MeteoAlarm's CAP feeds are: no dependency, and every surprise is a ShapeError, never a crash.
import { ShapeError } from '../providers/json-shape.ts';

type AtomLink = Readonly<{ href: string; type: string | null; rel: string | null }>;

export type AtomEntry = Readonly<{
  /** Text of each direct child element by qualified name (`title`, `cap:event`), in document order. */
  fields: ReadonlyMap<string, readonly string[]>;
  links: readonly AtomLink[];
}>;

const ENTRY = /<entry(?:\s[^>]*)?>([\s\S]*?)<\/entry\s*>/g;
const ELEMENT = /<([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)(\s[^>]*?)?(\/>|>([\s\S]*?)<\/\1\s*>)/g;
const ATTRIBUTE = /([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function readAtomEntries(xml: string): AtomEntry[] {
  const start = xml.replace(/^\uFEFF/, '').trimStart();
  if (!/^(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*<feed[\s>]/.test(start)) {
    throw new ShapeError('response', 'an Atom feed', start.slice(0, 60));
  }
  if (!/<\/feed\s*>\s*$/.test(start)) throw new ShapeError('response', 'a complete Atom feed', start.slice(-60));
  const entries: AtomEntry[] = [];
  for (const [, body = ''] of start.matchAll(ENTRY)) entries.push(readEntry(body, `entry[${entries.length}]`));
  return entries;
}

function readEntry(body: string, path: string): AtomEntry {
  const fields = new Map<string, string[]>();
  const links: AtomLink[] = [];
  for (const [, name = '', attributes = '', , content] of body.matchAll(ELEMENT)) {
    if (name === 'link') {
      const a = readAttributes(attributes);
      const href = a.get('href');
      if (!href) throw new ShapeError(`${path}.link`, 'an href', attributes.trim());
      links.push({ href, type: a.get('type') ?? null, rel: a.get('rel') ?? null });
      continue;
    }
    const values = fields.get(name) ?? [];
    // An element holding elements (`cap:geocode`, `author`) keeps its raw inner text; nothing reads it.
    values.push(decode(content ?? '', `${path}.${name}`).trim());
    fields.set(name, values);
  }
  return { fields, links };
}

function readAttributes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [, name = '', , double, single] of text.matchAll(ATTRIBUTE)) out.set(name, decode(double ?? single ?? '', name));
  return out;
}

/** Character data: CDATA sections kept as they are, entity and character references resolved. */
function decode(text: string, path: string): string {
  return text
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : resolveReferences(part, path)))
    .join('');
}

function resolveReferences(text: string, path: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);|&/g, (whole, ref: string | undefined) => {
    if (ref === undefined) throw new ShapeError(path, 'XML text (a bare & must be &amp;)', text);
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      if (!(code > 0 && code <= 0x10ffff)) throw new ShapeError(path, 'a valid character reference', whole);
      return String.fromCodePoint(code);
    }
    const named = NAMED[ref];
    if (named === undefined) throw new ShapeError(path, 'one of the five XML entities', whole);
    return named;
  });
}
