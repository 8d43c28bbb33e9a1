import { XmlReader, XmlToken } from "@civickit/core";

/** The leaves of an XML document, flattened: "count/yeas" → "50", "legislator@name-id" → "A000370". */
export type Fields = Map<string, string>;

export interface FlatXml {
  root: string;
  /** Leaves outside any repeated element, by path below the root. */
  fields: Fields;
  /** Each repeated element's leaves, by path below it, in document order. */
  records: Map<string, Fields[]>;
}

/** Path strings are built once per distinct parent and name, not once per element. */
class PathCache {
  private readonly children = new Map<string, Map<string, string>>();
  private readonly attributeKeys = new Map<string, string[]>();

  child(parent: string, name: string): string {
    let byName = this.children.get(parent);
    if (!byName) this.children.set(parent, (byName = new Map<string, string>()));
    let path = byName.get(name);
    if (path === undefined) byName.set(name, (path = parent === "" ? name : `${parent}/${name}`));
    return path;
  }

  attributeKeysOf(path: string, names: readonly string[]): string[] {
    let keys = this.attributeKeys.get(path);
    if (!keys) this.attributeKeys.set(path, (keys = names.map((n) => `${path}@${n}`)));
    return keys;
  }
}

/**
 * Moves to the next child element of the element opened at `depth` (the reader's depth at its start tag) and returns
 * the child's name, or null once the element has ended. Deeper descendants are passed over; the caller reads each
 * child (`readElementText()`, `skipElement()`, or its own loop) before asking for the next.
 *
 * ```ts
 * const depth = reader.depth;
 * for (let name = nextChild(reader, depth); name !== null; name = nextChild(reader, depth)) …
 * ```
 */
export function nextChild(reader: XmlReader, depth: number): string | null {
  return reader.nextChild(depth);
}

/** After `reader.nextLeaf()`: the child's text, read at once when it was a leaf, or now, to its end tag. */
export function childText(reader: XmlReader): string {
  return reader.leafText ?? reader.readElementText();
}

/**
 * Reads a record-shaped XML document (the chambers' vote files) into flat fields in one pass of the safe reader, with
 * no tree. `repeat` names the elements that are repeated records ("member", "recorded-vote"); `attributesOf` names,
 * by element, the attributes that are kept (as "path@name"). A leaf that repeats outside a record keeps its first value.
 */
export function flattenXml(
  xml: string,
  file: string | undefined,
  repeat: ReadonlySet<string>,
  attributesOf: ReadonlyMap<string, readonly string[]>,
  /** Elements read by a handler of their own, which is called at the start tag and must read to the end tag. */
  handlers?: ReadonlyMap<string, (reader: XmlReader, index: number) => void>,
): FlatXml {
  const reader = new XmlReader(xml, { file });
  // Each handler with the count of elements it has read: one lookup per start tag.
  const handled = new Map<string, { read: (reader: XmlReader, index: number) => void; count: number }>();
  if (handlers) for (const [name, read] of handlers) handled.set(name, { read, count: 0 });
  const cache = new PathCache();
  const fields: Fields = new Map();
  const records = new Map<string, Fields[]>();
  const paths: string[] = [];
  const texts: string[] = [];
  const hasChild: boolean[] = [];
  let root = "";
  let record: Fields | null = null;
  let recordDepth = 0;
  for (let t = reader.next(); t !== XmlToken.End; t = reader.next()) {
    if (t === XmlToken.StartTag) {
      const depth = reader.depth;
      const name = reader.name;
      const handler = record === null && handled.size > 0 ? handled.get(name) : undefined;
      if (handler && depth > 1) {
        hasChild[depth - 1] = true;
        handler.read(reader, handler.count++);
        continue;
      }
      if (depth === 1) {
        root = name;
        paths[1] = "";
      } else {
        hasChild[depth - 1] = true;
        if (record === null && repeat.has(name)) {
          record = new Map();
          recordDepth = depth;
          let list = records.get(name);
          if (!list) records.set(name, (list = []));
          list.push(record);
          paths[depth] = "";
        } else {
          paths[depth] = cache.child(paths[depth - 1]!, name);
        }
      }
      texts[depth] = "";
      hasChild[depth] = false;
      const wanted = attributesOf.get(name);
      if (wanted) {
        const keys = cache.attributeKeysOf(paths[depth]!, wanted);
        const target = record ?? fields;
        for (let i = 0; i < wanted.length; i++) {
          const value = reader.attribute(wanted[i]!);
          if (value !== undefined) target.set(keys[i]!, value);
        }
      }
    } else if (t === XmlToken.Text) {
      // Only a leaf's text is kept: once an element has a child, the text around its children is layout.
      const depth = reader.depth;
      if (!hasChild[depth]) texts[depth] = (texts[depth] ?? "") + reader.text;
    } else {
      const depth = reader.depth + 1; // the element just closed
      if (!hasChild[depth] && depth > 1) {
        const path = paths[depth]!;
        const text = texts[depth]!.trim();
        const target = record ?? fields;
        if (!target.has(path)) target.set(path, text);
      }
      if (record !== null && depth === recordDepth) record = null;
    }
  }
  return { root, fields, records };
}

/** A non-empty field, or undefined. */
export function field(fields: Fields, path: string): string | undefined {
  const value = fields.get(path);
  return value === undefined || value === "" ? undefined : value;
}
