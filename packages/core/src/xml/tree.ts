import { XmlReader, type XmlReaderOptions, XmlToken } from "./reader.js";

/** An element of a parsed document. `attributes` has no prototype: any name, "__proto__" included, is just data. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  /** 1-based line and column of the start tag (0 when parsed with `positions: false`). */
  line: number;
  column: number;
}

/** A child of an element: an element, or a run of text. */
export type XmlNode = XmlElement | string;

export interface ParseXmlOptions extends XmlReaderOptions {
  /**
   * What to do with text that is only white space: `"drop-indent"` (default) drops runs that contain a line break,
   * the indentation of data formats, and keeps other runs (the spaces between inline elements of mixed content);
   * `"keep"` keeps all of it.
   */
  whitespace?: "drop-indent" | "keep";
  /**
   * Record each element's line and column (default true). Counting lines costs a streaming reader a tenth of its
   * speed; with `false`, `line` and `column` are 0.
   */
  positions?: boolean;
}

/**
 * Builds elements from reader events. Used for whole documents and, one subtree at a time, when streaming.
 * @internal
 */
export class TreeBuilder {
  private readonly stack: XmlElement[] = [];
  private readonly keepIndent: boolean;
  private readonly positions: boolean;

  constructor(options: ParseXmlOptions = {}) {
    this.keepIndent = options.whitespace === "keep";
    this.positions = options.positions !== false;
  }

  get depth(): number {
    return this.stack.length;
  }

  start(reader: XmlReader): void {
    const line = this.positions ? reader.line() : 0;
    const el: XmlElement = { name: reader.name, attributes: reader.attributes(), children: [], line, column: this.positions ? reader.column : 0 };
    this.stack[this.stack.length - 1]?.children.push(el);
    this.stack.push(el);
  }

  text(reader: XmlReader): void {
    const parent = this.stack[this.stack.length - 1];
    if (!parent) return;
    if (!this.keepIndent && !reader.isCData && reader.isIndentation()) return;
    const text = reader.text;
    const children = parent.children;
    const last = children[children.length - 1];
    if (typeof last === "string") children[children.length - 1] = last + text;
    else children.push(text);
  }

  /** Closes the current element; returns it when it was the outermost one being built. */
  end(): XmlElement | undefined {
    const el = this.stack.pop();
    return this.stack.length === 0 ? el : undefined;
  }
}

/**
 * Parses a whole XML document into a light tree of {@link XmlElement}s, through the safe {@link XmlReader}.
 *
 * @throws {XmlError} for input that is not well-formed XML, nests deeper than `maxDepth` or uses undeclared
 * entities; the error gives the line, column and element path.
 * @example
 * ```ts
 * const root = parseXml('<bill congress="115"><number>1865</number></bill>');
 * root.attributes.congress; // "115"
 * childText(root, "number"); // "1865"
 * ```
 */
export function parseXml(text: string, options: ParseXmlOptions = {}): XmlElement {
  const reader = new XmlReader(text, options);
  const builder = new TreeBuilder(options);
  let root: XmlElement | undefined;
  for (let t = reader.next(); t !== XmlToken.End; t = reader.next()) {
    if (t === XmlToken.StartTag) builder.start(reader);
    else if (t === XmlToken.Text) builder.text(reader);
    else if (t === XmlToken.EndTag) root = builder.end() ?? root;
  }
  return root!;
}

/** The name without its namespace prefix: "dc:title" → "title". */
export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon === -1 ? name : name.slice(colon + 1);
}

/**
 * The first child element with this name (matched on the whole name, or on the local name when `name` has no prefix
 * and the child's has one).
 *
 * @example
 * ```ts
 * childElement(parseXml("<a><b/></a>"), "b")?.name; // "b"
 * ```
 */
export function childElement(el: XmlElement, name: string): XmlElement | undefined {
  for (const c of el.children) if (typeof c !== "string" && (c.name === name || localName(c.name) === name)) return c;
  return undefined;
}

/**
 * Every child element with this name, or every child element when no name is given.
 *
 * @example
 * ```ts
 * childElements(parseXml("<a><b/><c/><b/></a>"), "b").length; // 2
 * ```
 */
export function childElements(el: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) {
    if (typeof c !== "string" && (name === undefined || c.name === name || localName(c.name) === name)) out.push(c);
  }
  return out;
}

/**
 * All the text inside an element, its descendants' included, in document order.
 *
 * @example
 * ```ts
 * elementText(parseXml("<p>Section <num>230</num></p>")); // "Section 230"
 * ```
 */
export function elementText(el: XmlElement): string {
  let out = "";
  for (const c of el.children) out += typeof c === "string" ? c : elementText(c);
  return out;
}

/**
 * The trimmed text of the first child element with this name, or undefined when there is none (or it is empty).
 *
 * @example
 * ```ts
 * childText(parseXml("<bill><number> 1865 </number></bill>"), "number"); // "1865"
 * ```
 */
export function childText(el: XmlElement, name: string): string | undefined {
  const child = childElement(el, name);
  if (!child) return undefined;
  const text = elementText(child).trim();
  return text === "" ? undefined : text;
}
