import { XmlError } from "../errors.js";

/**
 * What {@link XmlReader.next} found. `NeedMore`: the buffer ends inside a token and more input may follow (feed it,
 * or call `end()`); `End`: the document is complete.
 */
export const XmlToken = { StartTag: 1, EndTag: 2, Text: 3, NeedMore: 4, End: 5 } as const;
export type XmlTokenType = (typeof XmlToken)[keyof typeof XmlToken];

export interface XmlReaderOptions {
  /** Deepest element nesting accepted; deeper input is refused with `XML_DEPTH`. Default 256. */
  maxDepth?: number;
  /** A file or source name, put into every error. */
  file?: string;
  /**
   * Skip text tokens that are only white space with a line break (the indentation of data formats) instead of
   * reporting them. Default false.
   */
  skipIndentation?: boolean;
}

/** The five entities XML predefines; nothing else is ever expanded. */
const PREDEFINED: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
});

const EMPTY_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze(Object.create(null) as Record<string, string>);

/** "\r\n" and a lone "\r" become "\n" (XML 1.0 § 2.11). */
function normalizeLineEnds(text: string): string {
  if (text.indexOf("\r") === -1) return text;
  // replaceAll with a string is several times faster here than a global regex.
  const crlf = text.replaceAll("\r\n", "\n");
  return crlf.indexOf("\r") === -1 ? crlf : crlf.replaceAll("\r", "\n");
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58 || c >= 0xc0;
}

/**
 * A fast pull reader for XML, the one every civickit parser reads through. It works over a string or over chunks
 * fed as they arrive, and is safe by construction: it never expands entities other than the five predefined ones and
 * character references, skips a DOCTYPE without reading or fetching anything it declares, refuses nesting deeper than
 * `maxDepth`, keeps attributes in objects with no prototype, and reports errors with line, column and element path.
 *
 * Token data (`name`, `text`, `attributes()`) describe the current token and are valid until the next call to
 * `next()` or `feed()`.
 *
 * @example
 * ```ts
 * const reader = new XmlReader("<bill><number>1865</number></bill>");
 * for (let t = reader.next(); t !== XmlToken.End; t = reader.next()) {
 *   if (t === XmlToken.Text && reader.path() === "/bill/number") console.log(reader.text); // "1865"
 * }
 * ```
 */
export class XmlReader {
  /** Name of the current start or end tag, as written (with any prefix, e.g. "dc:title"). */
  name = "";
  /** Whether the current start tag closed itself (`<a/>`); its end tag is reported next. */
  selfClosing = false;
  /** Whether the current text came from a CDATA section. */
  isCData = false;

  private buf = "";
  private pos = 0;
  private base = 0;
  private ended = false;
  private readonly maxDepth: number;
  private readonly file: string | undefined;
  private readonly skipIndentation: boolean;
  private readonly stack: string[] = [];
  private rootSeen = false;
  private rootClosed = false;
  private pendingEnd = false;
  private tokStart = 0;
  private textStart = 0;
  private textEnd = 0;
  private attrCache: Record<string, string> | null = null;
  /** The current start tag's attributes: name start, name end, value start, value end, … (`spanCount` of them). */
  private readonly spans: number[] = [];
  private spanCount = 0;
  // Line counting is lazy: newlines are counted only up to the offsets somebody asks about, always moving forward.
  private scanAbs = 0;
  private scanLine = 1;
  // The absolute offset of the first line break at or after scanAbs, or -1 when the buffer has none there (then only
  // more input can bring one): one-line documents are not scanned to their end at every start tag.
  private nextBreak = -2;
  private scanLineStart = 0;
  private baseLine = 1;
  private baseLineStart = 0;

  /** A reader over a whole document (`text` given) or, with no text, one to `feed()` chunk by chunk and then `end()`. */
  constructor(text?: string, options: XmlReaderOptions = {}) {
    this.maxDepth = options.maxDepth ?? 256;
    this.file = options.file;
    this.skipIndentation = options.skipIndentation ?? false;
    if (text !== undefined) {
      this.buf = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
      this.noteSpecials(this.buf);
      this.ended = true;
    }
  }

  /** Adds the next chunk of a streamed document. */
  feed(chunk: string): void {
    if (this.ended) throw this.error("XML_SYNTAX", "input fed after end()");
    if (this.base === 0 && this.buf.length === 0 && chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    if (this.pos > 0) {
      this.locateAbs(this.base + this.pos);
      this.baseLine = this.scanLine;
      this.baseLineStart = this.scanLineStart;
      this.buf = this.buf.slice(this.pos);
      this.base += this.pos;
      this.pos = 0;
    }
    this.buf += chunk;
    if (this.nextBreak === -1) this.nextBreak = -2;
    this.noteSpecials(chunk);
  }

  // Whether "&" and "\r" occur in the input at all: most documents have no "&", many no "\r", and text then needs
  // no decoding. Line ends are normalised (XML 1.0 § 2.11) in the text that is read, not in the whole input.
  private mayHaveAmp = false;
  private mayHaveCr = false;

  private noteSpecials(text: string): void {
    if (!this.mayHaveAmp && text.indexOf("&") !== -1) this.mayHaveAmp = true;
    if (!this.mayHaveCr && text.indexOf("\r") !== -1) this.mayHaveCr = true;
  }

  /** Says no more input will come: a token left unfinished is then an error. */
  end(): void {
    this.ended = true;
  }

  /** Current nesting depth (1 inside the root element). */
  get depth(): number {
    return this.stack.length;
  }

  /** The names of the open elements, outermost first. Do not modify. */
  get openElements(): readonly string[] {
    return this.stack;
  }

  /** The XML path of the current position: "/billStatus/bill/actions". */
  path(): string {
    return "/" + this.stack.join("/");
  }

  /** Offset of the current token in the whole input (JS string index). */
  get offset(): number {
    return this.base + this.tokStart;
  }

  /** Line and column (1-based) where the current token starts. */
  location(): { line: number; column: number } {
    this.locateAbs(this.base + this.tokStart);
    return { line: this.scanLine, column: this.lastColumn };
  }

  /** 1-based line where the current token starts (cheaper than `location()` when called on every token). */
  line(): number {
    this.locateAbs(this.base + this.tokStart);
    return this.scanLine;
  }

  /** 1-based column of the token `line()` was last asked about. */
  get column(): number {
    return this.lastColumn;
  }

  /** The current text token, with entities and character references decoded and line ends normalised. */
  get text(): string {
    const raw = this.buf.slice(this.textStart, this.textEnd);
    if (this.isCData) return this.mayHaveCr ? normalizeLineEnds(raw) : raw;
    return this.decode(raw, this.textStart);
  }

  /** Whether the current text token is only white space (cheaper than reading `text`). */
  isWhitespace(): boolean {
    const buf = this.buf;
    for (let i = this.textStart; i < this.textEnd; i++) if (!isSpace(buf.charCodeAt(i))) return false;
    return true;
  }

  /** Whether the current text token is white space with a line break in it: indentation in data formats. */
  isIndentation(): boolean {
    const buf = this.buf;
    let newline = false;
    for (let i = this.textStart; i < this.textEnd; i++) {
      const c = buf.charCodeAt(i);
      if (c === 10) newline = true;
      else if (c !== 32 && c !== 9 && c !== 13) return false;
    }
    return newline;
  }

  /**
   * After a start tag: reads to its end tag and returns all the text inside (descendants' text included), leaving the
   * reader after the end tag. For a reader over a whole document; a streaming reader must have the element buffered.
   */
  readElementText(): string {
    const depth = this.stack.length;
    if (!this.pendingEnd) {
      // The common leaf, <name>text</name>: read the text and step over the end tag in one go.
      const name = this.stack[depth - 1]!;
      const lt = this.leafEnd(this.pos, name);
      if (lt !== -1) {
        const start = this.pos;
        this.tokStart = start;
        this.pos = lt + 2 + name.length + 1;
        this.closeElement();
        return this.decode(this.buf.slice(start, lt), start);
      }
    }
    let out = "";
    for (;;) {
      const t = this.next();
      if (t === XmlToken.Text) out += this.text;
      else if (t === XmlToken.EndTag && this.stack.length < depth) return out;
      else if (t === XmlToken.NeedMore || t === XmlToken.End) {
        throw this.error("XML_TRUNCATED", "readElementText() reached the end of the buffered input inside the element");
      }
    }
  }

  /**
   * Moves to the next child element of the element opened at `depth` (the reader's `depth` at its start tag)
   * and returns the child's name, or null once that element has ended. Deeper descendants are passed over; read each
   * child (`readElementText()`, `skipElement()` or a loop of your own) before asking for the next.
   *
   * @example
   * ```ts
   * const depth = reader.depth;
   * for (let name = reader.nextChild(depth); name !== null; name = reader.nextChild(depth)) {
   *   if (name === "congress") congress = reader.readElementText();
   *   else reader.skipElement();
   * }
   * ```
   */
  nextChild(depth: number): string | null {
    for (;;) {
      // Text between children is passed over: over a whole document, step to the next "<" without a text token.
      if (this.ended && !this.pendingEnd && this.stack.length > 0) {
        const lt = this.buf.indexOf("<", this.pos);
        if (lt !== -1) this.pos = lt;
      }
      const t = this.next();
      if (t === XmlToken.StartTag) {
        if (this.stack.length === depth + 1) return this.name;
      } else if (t === XmlToken.EndTag) {
        if (this.stack.length < depth) return null;
      } else if (t === XmlToken.End || t === XmlToken.NeedMore) return null;
    }
  }

  /**
   * The text of the child {@link nextLeaf} just read when it was a leaf (`<name>text</name>`), decoded; undefined when
   * the child has markup inside, and the reader then stands after its start tag.
   */
  leafText: string | undefined = undefined;

  /**
   * {@link nextChild}, and when the child is a leaf (`<name a="1">text</name>`: text only, attributes allowed and
   * read with `attribute()` until the next call) its text read at once into {@link leafText}, the reader left after
   * its end tag: record formats are mostly such leaves, and this reads each in one step. Otherwise `leafText` is
   * undefined and the child is read as after `nextChild`.
   *
   * @example
   * ```ts
   * for (let name = reader.nextLeaf(depth); name !== null; name = reader.nextLeaf(depth)) {
   *   const text = reader.leafText ?? reader.readElementText();
   * }
   * ```
   */
  nextLeaf(depth: number): string | null {
    if (this.ended && !this.pendingEnd && this.stack.length === depth && depth < this.maxDepth) {
      const buf = this.buf;
      const lt = buf.indexOf("<", this.pos);
      if (lt !== -1 && isNameStart(buf.charCodeAt(lt + 1))) {
        let i = lt + 2;
        let c = buf.charCodeAt(i);
        while (c > 62 || c === 45 || (c >= 48 && c <= 58) || c === 46) c = buf.charCodeAt(++i);
        // Attributes are read (and checked) as for any start tag; attribute() then reads them until the next call.
        this.tokStart = lt;
        this.spanCount = 0;
        this.attrCache = null;
        const gt = c === 62 ? i : isSpace(c) ? this.scanAttributes(i) : -1;
        if (gt !== -1 && buf.charCodeAt(gt - 1) !== 47) {
          const name = buf.slice(lt + 1, i);
          const close = this.leafEnd(gt + 1, name);
          if (close !== -1) {
            this.name = name;
            this.selfClosing = false;
            this.pos = close + 2 + name.length + 1;
            this.leafText = this.decode(buf.slice(gt + 1, close), gt + 1);
            return name;
          }
        }
      }
    }
    this.leafText = undefined;
    return this.nextChild(depth);
  }

  /**
   * Where the end tag `</name>` begins when the text from `from` runs straight to it (no markup between), or -1: the
   * check that makes an element a leaf. (A slice and === measure faster here than startsWith: V8 compares equal-length
   * strings in bulk.)
   */
  private leafEnd(from: number, name: string): number {
    const buf = this.buf;
    const lt = buf.indexOf("<", from);
    const nameEnd = lt + 2 + name.length;
    return lt !== -1 && buf.charCodeAt(lt + 1) === 47 && buf.charCodeAt(nameEnd) === 62 && buf.slice(lt + 2, nameEnd) === name ? lt : -1;
  }

  /**
   * After a start tag: skips to its end tag. Over a whole document this jumps from tag to tag without reading the
   * text or the attributes in between (format readers skip most of a file, so this is where their time goes); the
   * skipped tags must still nest and match, or it is an error, as everywhere else.
   */
  skipElement(): void {
    if (this.ended && !this.pendingEnd) {
      this.skipBuffered();
      return;
    }
    const depth = this.stack.length;
    for (;;) {
      const t = this.next();
      if (t === XmlToken.EndTag && this.stack.length < depth) return;
      if (t === XmlToken.NeedMore || t === XmlToken.End) {
        throw this.error("XML_TRUNCATED", "skipElement() reached the end of the buffered input inside the element");
      }
    }
  }

  /** Scratch for skipBuffered: the name offsets of the elements open inside the one being skipped. */
  private readonly skipOpens: number[] = [];

  private skipBuffered(): void {
    const buf = this.buf;
    const len = buf.length;
    // Names of the elements opened inside the skipped one, as [start, end) offsets: compared in place, never sliced.
    const opens = this.skipOpens;
    let top = 0;
    let pos = this.pos;
    for (;;) {
      const lt = buf.indexOf("<", pos);
      if (lt === -1 || lt + 1 >= len) {
        this.tokStart = len;
        throw this.error("XML_TRUNCATED", `the document ends inside <${this.stack[this.stack.length - 1] ?? ""}>`);
      }
      this.tokStart = lt;
      const c1 = buf.charCodeAt(lt + 1);
      if (c1 === 47 /* / */) {
        const gt = buf.indexOf(">", lt + 2);
        if (gt === -1) throw this.error("XML_TRUNCATED", "the document ends inside an end tag");
        let nameEnd = gt;
        while (nameEnd > lt + 2 && isSpace(buf.charCodeAt(nameEnd - 1))) nameEnd--;
        const nameLen = nameEnd - (lt + 2);
        if (top === 0) {
          const open = this.stack[this.stack.length - 1]!;
          if (nameLen !== open.length || !buf.startsWith(open, lt + 2)) throw this.error("XML_SYNTAX", `end tag </${buf.slice(lt + 2, nameEnd)}> does not match <${open}>`);
          this.pos = gt + 1;
          this.closeElement();
          return;
        }
        const start = opens[top - 2]!;
        const end = opens[top - 1]!;
        let same = end - start === nameLen;
        for (let k = 0; same && k < nameLen; k++) same = buf.charCodeAt(start + k) === buf.charCodeAt(lt + 2 + k);
        if (!same) throw this.error("XML_SYNTAX", `end tag </${buf.slice(lt + 2, nameEnd)}> does not match <${buf.slice(start, end)}>`);
        top -= 2;
        pos = gt + 1;
        continue;
      }
      if (c1 === 33 /* ! */) {
        if (buf.startsWith("<!--", lt)) {
          const end = buf.indexOf("-->", lt + 4);
          if (end === -1) throw this.error("XML_TRUNCATED", "the document ends inside a comment");
          pos = end + 3;
        } else if (buf.startsWith("<![CDATA[", lt)) {
          const end = buf.indexOf("]]>", lt + 9);
          if (end === -1) throw this.error("XML_TRUNCATED", "the document ends inside a CDATA section");
          pos = end + 3;
        } else throw this.error("XML_SYNTAX", "a markup declaration inside an element");
        continue;
      }
      if (c1 === 63 /* ? */) {
        const end = buf.indexOf("?>", lt + 2);
        if (end === -1) throw this.error("XML_TRUNCATED", "the document ends inside a processing instruction");
        pos = end + 2;
        continue;
      }
      if (!isNameStart(c1)) throw this.error("XML_SYNTAX", `"<" followed by ${JSON.stringify(buf.charAt(lt + 1))} is not a tag`);
      let i = lt + 2;
      while (i < len) {
        const c = buf.charCodeAt(i);
        if (c === 62 || c === 47 || isSpace(c)) break;
        if (c === 60) throw this.error("XML_SYNTAX", "unexpected \"<\" inside a tag name");
        i++;
      }
      // The end of the tag, stepping over quoted attribute values (they may hold ">").
      let j = i;
      for (; j < len; j++) {
        const c = buf.charCodeAt(j);
        if (c === 62) break;
        if (c === 34 || c === 39) {
          const close = buf.indexOf(c === 34 ? '"' : "'", j + 1);
          if (close === -1) break;
          j = close;
        } else if (c === 60) throw this.error("XML_SYNTAX", "unexpected \"<\" inside a tag");
      }
      if (j >= len) throw this.error("XML_TRUNCATED", "the document ends inside a start tag");
      if (buf.charCodeAt(j - 1) !== 47) {
        if (this.stack.length + top / 2 >= this.maxDepth) throw this.error("XML_DEPTH", `elements nested deeper than ${this.maxDepth}`);
        opens[top++] = lt + 1;
        opens[top++] = i;
      }
      pos = j + 1;
    }
  }

  /** The attributes of the current start tag, in an object with no prototype ("__proto__" is just a name). */
  attributes(): Record<string, string> {
    if (this.attrCache === null) this.attrCache = this.parseAttributes();
    return this.attrCache;
  }

  /** One attribute of the current start tag, read without building the attributes object. */
  attribute(name: string): string | undefined {
    if (this.attrCache !== null) return this.attrCache[name];
    const spans = this.spans;
    const buf = this.buf;
    for (let k = 0; k < this.spanCount; k += 4) {
      const nameStart = spans[k]!;
      if (spans[k + 1]! - nameStart === name.length && buf.startsWith(name, nameStart)) return this.attributeValue(spans[k + 2]!, spans[k + 3]!);
    }
    return undefined;
  }

  /** An {@link XmlError} located at the current token (or at `offset`), with the element path. */
  error(code: "XML_SYNTAX" | "XML_DEPTH" | "XML_ENTITY" | "XML_TRUNCATED", reason: string, offset?: number): XmlError {
    this.locateAbs(offset ?? this.base + this.tokStart);
    const line = this.scanLine;
    const column = this.lastColumn;
    return new XmlError(code, reason, { where: { file: this.file, line, column, path: this.path() } });
  }

  /** Moves to the next token. */
  next(): XmlTokenType {
    if (this.pendingEnd) {
      this.pendingEnd = false;
      this.closeElement();
      return XmlToken.EndTag;
    }
    for (;;) {
      const buf = this.buf;
      const pos = this.pos;
      const len = buf.length;
      if (pos >= len) {
        if (!this.ended) return XmlToken.NeedMore;
        this.tokStart = pos;
        if (this.stack.length > 0) throw this.error("XML_TRUNCATED", `the document ends inside <${this.stack[this.stack.length - 1]!}>`);
        if (!this.rootSeen) throw this.error("XML_SYNTAX", "no root element: the input is empty or not XML");
        return XmlToken.End;
      }
      if (buf.charCodeAt(pos) !== 60 /* < */) {
        // Text up to the next "<".
        let lt = buf.indexOf("<", pos);
        if (lt === -1) {
          if (!this.ended) return XmlToken.NeedMore;
          lt = len;
        }
        this.tokStart = pos;
        this.textStart = pos;
        this.textEnd = lt;
        this.isCData = false;
        this.pos = lt;
        if (this.stack.length === 0) {
          if (!this.isWhitespace()) {
            throw this.error("XML_SYNTAX", this.rootSeen ? "text after the root element" : "text before the root element: not XML");
          }
          continue;
        }
        if (this.skipIndentation && this.isIndentation()) continue;
        return XmlToken.Text;
      }
      if (pos + 1 >= len) {
        if (!this.ended) return XmlToken.NeedMore;
        this.tokStart = pos;
        throw this.error("XML_TRUNCATED", "the document ends inside a tag");
      }
      const c1 = buf.charCodeAt(pos + 1);
      this.tokStart = pos;
      if (c1 === 47 /* / */) {
        // </name>: compared in place with the open element's name, without slicing a new string.
        const open = this.stack[this.stack.length - 1];
        const afterName = pos + 2 + (open === undefined ? 0 : open.length);
        // (A slice and === measure faster here than startsWith: V8 compares equal-length strings in bulk.)
        const fast = open !== undefined && buf.charCodeAt(afterName) === 62 && buf.slice(pos + 2, afterName) === open;
        const gt = fast ? afterName : buf.indexOf(">", pos + 2);
        if (gt === -1) {
          if (!this.ended) return XmlToken.NeedMore;
          throw this.error("XML_TRUNCATED", "the document ends inside an end tag");
        }
        if (!fast) {
          let nameEnd = gt;
          while (nameEnd > pos + 2 && isSpace(buf.charCodeAt(nameEnd - 1))) nameEnd--;
          const name = buf.slice(pos + 2, nameEnd);
          if (open === undefined) throw this.error("XML_SYNTAX", `end tag </${name}> with no element open`);
          if (open !== name) throw this.error("XML_SYNTAX", `end tag </${name}> does not match <${open}>`);
        }
        this.pos = gt + 1;
        this.closeElement();
        return XmlToken.EndTag;
      }
      if (c1 === 33 /* ! */) {
        const skipped = this.skipMarkupDeclaration(pos);
        if (skipped === XmlToken.NeedMore) return XmlToken.NeedMore;
        if (skipped === XmlToken.Text) return XmlToken.Text;
        continue;
      }
      if (c1 === 63 /* ? */) {
        const end = buf.indexOf("?>", pos + 2);
        if (end === -1) {
          if (!this.ended) return XmlToken.NeedMore;
          throw this.error("XML_TRUNCATED", "the document ends inside a processing instruction");
        }
        this.pos = end + 2;
        continue;
      }
      return this.readStartTag(pos);
    }
  }

  private closeElement(): void {
    this.name = this.stack.pop()!;
    if (this.stack.length === 0) this.rootClosed = true;
  }

  private readStartTag(pos: number): XmlTokenType {
    const buf = this.buf;
    const len = buf.length;
    if (!isNameStart(buf.charCodeAt(pos + 1))) throw this.error("XML_SYNTAX", `"<" followed by ${JSON.stringify(buf.charAt(pos + 1))} is not a tag`);
    let i = pos + 2;
    for (; i < len; i++) {
      const c = buf.charCodeAt(i);
      // Letters, "_" and "-" (most of a name) are told apart with one or two comparisons.
      if (c > 62 || c === 45) continue;
      if (c === 62 /* > */ || c === 47 /* / */ || isSpace(c)) break;
      if (c === 60 /* < */) throw this.error("XML_SYNTAX", "unexpected \"<\" inside a tag name");
    }
    // The attributes are read here, once: their offsets are kept for attributes() and attribute(), and their syntax
    // is checked whether or not anybody reads them.
    this.spanCount = 0;
    const c = buf.charCodeAt(i);
    const j = c === 62 ? i : c === 47 && buf.charCodeAt(i + 1) === 62 ? i + 1 : this.scanAttributes(i);
    if (j === -1) {
      if (!this.ended) return XmlToken.NeedMore;
      throw this.error("XML_TRUNCATED", "the document ends inside a start tag");
    }
    if (this.rootClosed) throw this.error("XML_SYNTAX", "a second root element");
    if (this.stack.length >= this.maxDepth) throw this.error("XML_DEPTH", `elements nested deeper than ${this.maxDepth}`);
    const selfClosing = buf.charCodeAt(j - 1) === 47;
    this.name = buf.slice(pos + 1, i);
    this.selfClosing = selfClosing;
    this.attrCache = null;
    this.stack.push(this.name);
    this.rootSeen = true;
    this.pos = j + 1;
    this.pendingEnd = selfClosing;
    return XmlToken.StartTag;
  }

  /** Comments, CDATA and DOCTYPE. Returns Text for CDATA, NeedMore, or End to mean "skipped, go on". */
  private skipMarkupDeclaration(pos: number): XmlTokenType {
    const buf = this.buf;
    if (buf.length - pos < 9 && !this.ended) return XmlToken.NeedMore;
    if (buf.startsWith("<!--", pos)) {
      const end = buf.indexOf("-->", pos + 4);
      if (end === -1) {
        if (!this.ended) return XmlToken.NeedMore;
        throw this.error("XML_TRUNCATED", "the document ends inside a comment");
      }
      this.pos = end + 3;
      return XmlToken.End;
    }
    if (buf.startsWith("<![CDATA[", pos)) {
      const end = buf.indexOf("]]>", pos + 9);
      if (end === -1) {
        if (!this.ended) return XmlToken.NeedMore;
        throw this.error("XML_TRUNCATED", "the document ends inside a CDATA section");
      }
      if (this.stack.length === 0) throw this.error("XML_SYNTAX", "CDATA outside the root element");
      this.textStart = pos + 9;
      this.textEnd = end;
      this.isCData = true;
      this.pos = end + 3;
      return XmlToken.Text;
    }
    if (buf.startsWith("<!DOCTYPE", pos)) {
      if (this.rootSeen) throw this.error("XML_SYNTAX", "a DOCTYPE after the root element started");
      // Skip the whole declaration, internal subset included, without interpreting any of it.
      let bracket = 0;
      for (let i = pos + 9; i < buf.length; i++) {
        const c = buf.charCodeAt(i);
        if (c === 34 || c === 39) {
          const close = buf.indexOf(c === 34 ? '"' : "'", i + 1);
          if (close === -1) break;
          i = close;
        } else if (c === 91 /* [ */) bracket++;
        else if (c === 93 /* ] */) bracket--;
        else if (c === 62 && bracket <= 0) {
          this.pos = i + 1;
          return XmlToken.End;
        }
      }
      if (!this.ended) return XmlToken.NeedMore;
      throw this.error("XML_TRUNCATED", "the document ends inside the DOCTYPE");
    }
    throw this.error("XML_SYNTAX", "\"<!\" that starts no comment, CDATA section or DOCTYPE");
  }

  private parseAttributes(): Record<string, string> {
    const spans = this.spans;
    if (this.spanCount === 0) return EMPTY_ATTRIBUTES;
    const attrs = Object.create(null) as Record<string, string>;
    for (let k = 0; k < this.spanCount; k += 4) {
      const name = this.buf.slice(spans[k], spans[k + 1]);
      if (name in attrs) throw this.error("XML_SYNTAX", `attribute ${name} repeated in <${this.name}>`, this.base + spans[k]!);
      attrs[name] = this.attributeValue(spans[k + 2]!, spans[k + 3]!);
    }
    return attrs;
  }

  private attributeValue(start: number, end: number): string {
    // Most values hold no "&" and no white space but spaces: then the value is the text as written.
    const buf = this.buf;
    let i = start;
    for (; i < end; i++) {
      const c = buf.charCodeAt(i);
      if (c === 38 || c === 10 || c === 9 || c === 13) break;
    }
    if (i === end) return buf.slice(start, end);
    // Line ends in attribute values become spaces below, so decode need not normalise them first.
    const value = this.decode(this.buf.slice(start, end), start, false);
    // Attribute-value normalisation (XML 1.0 § 3.3.3): white-space characters become spaces.
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (c === 10 || c === 9 || c === 13) return value.replace(/\r\n|[\t\n\r]/g, " ");
    }
    return value;
  }

  /**
   * Reads a start tag's attributes from `i` (just after the name) to its ">", recording their offsets in `spans` and
   * checking their syntax. Returns the offset of the ">", or -1 when the input ends first.
   */
  private scanAttributes(i: number): number {
    const buf = this.buf;
    const len = buf.length;
    const spans = this.spans;
    for (;;) {
      const before = i;
      let c = buf.charCodeAt(i);
      while (c === 32 || c === 10 || c === 9 || c === 13) c = buf.charCodeAt(++i);
      if (i >= len) return -1;
      if (c === 62 /* > */) return i;
      if (c === 47 /* / */) {
        if (i + 1 >= len) return -1;
        if (buf.charCodeAt(i + 1) === 62) return i + 1;
        throw this.error("XML_SYNTAX", `"/" not followed by ">" in <${buf.slice(this.tokStart + 1, this.attrStartOf())}>`, this.base + i);
      }
      if (i === before) throw this.error("XML_SYNTAX", `no space before attribute in <${buf.slice(this.tokStart + 1, this.attrStartOf())}>`, this.base + i);
      if (!isNameStart(c)) throw this.error("XML_SYNTAX", `bad attribute name in <${buf.slice(this.tokStart + 1, this.attrStartOf())}>`, this.base + i);
      const nameStart = i;
      for (; i < len; i++) {
        c = buf.charCodeAt(i);
        // Letters are above ">" and "-" is common in names: one or two comparisons for most characters.
        if (c > 62 || c === 45) continue;
        if (c === 61 /* = */ || c === 32 || c === 10 || c === 9 || c === 13 || c === 62 || c === 47) break;
      }
      const nameEnd = i;
      while (c === 32 || c === 10 || c === 9 || c === 13) c = buf.charCodeAt(++i);
      if (i >= len) return -1;
      if (c !== 61) throw this.error("XML_SYNTAX", `attribute ${buf.slice(nameStart, nameEnd)} of <${buf.slice(this.tokStart + 1, this.attrStartOf())}> has no value`, this.base + i);
      c = buf.charCodeAt(++i);
      while (c === 32 || c === 10 || c === 9 || c === 13) c = buf.charCodeAt(++i);
      if (i >= len) return -1;
      if (c !== 34 && c !== 39) throw this.error("XML_SYNTAX", `attribute ${buf.slice(nameStart, nameEnd)} of <${buf.slice(this.tokStart + 1, this.attrStartOf())}> is not quoted`, this.base + i);
      const close = buf.indexOf(c === 34 ? '"' : "'", i + 1);
      if (close === -1) return -1;
      const k = this.spanCount;
      spans[k] = nameStart;
      spans[k + 1] = nameEnd;
      spans[k + 2] = i + 1;
      spans[k + 3] = close;
      this.spanCount = k + 4;
      i = close + 1;
    }
  }

  /** Where the current tag's name ends (for messages). */
  private attrStartOf(): number {
    let i = this.tokStart + 1;
    const buf = this.buf;
    while (i < buf.length && !isSpace(buf.charCodeAt(i)) && buf.charCodeAt(i) !== 47 && buf.charCodeAt(i) !== 62) i++;
    return i;
  }

  /** Decodes the predefined entities and character references in `raw`, found at buffer offset `at`. */
  private decode(raw: string, at: number, lineEnds = true): string {
    const normalise = lineEnds && this.mayHaveCr;
    let amp = this.mayHaveAmp ? raw.indexOf("&") : -1;
    if (amp === -1) return normalise ? normalizeLineEnds(raw) : raw;
    let out = "";
    let last = 0;
    while (amp !== -1) {
      const semi = raw.indexOf(";", amp + 1);
      if (semi === -1 || semi - amp > 12) throw this.error("XML_SYNTAX", "a bare \"&\" (write &amp;)", this.base + at + amp);
      const ref = raw.slice(amp + 1, semi);
      let value: string | undefined;
      if (ref.charCodeAt(0) === 35 /* # */) {
        const hex = ref.charCodeAt(1) === 120 /* x */;
        const digits = ref.slice(hex ? 2 : 1);
        const code = (hex ? /^[0-9a-fA-F]{1,6}$/ : /^[0-9]{1,7}$/).test(digits) ? parseInt(digits, hex ? 16 : 10) : NaN;
        if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) {
          throw this.error("XML_SYNTAX", `bad character reference &${ref};`, this.base + at + amp);
        }
        value = String.fromCodePoint(code);
      } else {
        value = PREDEFINED[ref];
        if (value === undefined) {
          throw this.error(
            "XML_ENTITY",
            `undefined entity &${ref}; (only the five XML entities and character references are read; entities a DOCTYPE declares are never expanded)`,
            this.base + at + amp,
          );
        }
      }
      out += raw.slice(last, amp) + value;
      last = semi + 1;
      amp = raw.indexOf("&", last);
    }
    out += raw.slice(last);
    return normalise ? normalizeLineEnds(out) : out;
  }

  private lastColumn = 1;

  private locateAbs(abs: number): void {
    if (abs < this.scanAbs) {
      this.scanAbs = this.base;
      this.scanLine = this.baseLine;
      this.scanLineStart = this.baseLineStart;
      this.nextBreak = -2;
    }
    // No line break between where the last scan stopped and abs: nothing to count.
    if (this.nextBreak === -1 || (this.nextBreak >= abs && this.nextBreak >= 0)) {
      this.scanAbs = abs;
      this.lastColumn = abs - this.scanLineStart + 1;
      return;
    }
    const buf = this.buf;
    const target = Math.min(abs - this.base, buf.length);
    let i = Math.max(this.scanAbs - this.base, 0);
    for (;;) {
      const nl = buf.indexOf("\n", i);
      if (nl === -1 || nl >= target) {
        this.nextBreak = nl === -1 ? -1 : this.base + nl;
        break;
      }
      this.scanLine++;
      this.scanLineStart = this.base + nl + 1;
      i = nl + 1;
    }
    this.scanAbs = abs;
    this.lastColumn = abs - this.scanLineStart + 1;
  }
}
