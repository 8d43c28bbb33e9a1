import { XmlReader, type XmlReaderOptions, XmlToken } from "./reader.js";
import { TreeBuilder, type ParseXmlOptions, type XmlElement } from "./tree.js";

/** What {@link streamXmlElements} reads: a string, a web `ReadableStream`, or any (async) iterable of chunks (a Node stream is one). */
export type XmlSource =
  | string
  | ReadableStream<Uint8Array | string>
  | AsyncIterable<Uint8Array | string>
  | Iterable<Uint8Array | string>;

/** A selected element, complete, with the path of its parent elements. */
export interface StreamedElement {
  element: XmlElement;
  /** Names of the enclosing elements, outermost first (the element itself is not included). */
  ancestors: string[];
}

async function* chunksOf(source: XmlSource): AsyncGenerator<string> {
  if (typeof source === "string") {
    yield source;
    return;
  }
  const decoder = new TextDecoder("utf-8", { fatal: false });
  const toText = (chunk: Uint8Array | string): string => (typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true }));
  if (typeof (source as ReadableStream).getReader === "function") {
    // Not every browser makes ReadableStream async-iterable; read it by hand.
    const reader = (source as ReadableStream<Uint8Array | string>).getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        yield toText(value);
      }
    } finally {
      reader.releaseLock();
    }
  } else {
    for await (const chunk of source as AsyncIterable<Uint8Array | string>) yield toText(chunk);
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

/**
 * Streams a document and yields each element that `select` picks, complete, as soon as its end tag is read. Only the
 * selected subtree is ever held in memory, so a document of any size streams in memory bounded by its largest
 * selected element. Selected elements inside a selected element are part of it, not yielded on their own.
 *
 * @param select - called at each start tag outside a selected element, with the names of the open elements
 *   (outermost first, the new element last).
 * @throws {XmlError} as {@link parseXml} does.
 * @example
 * ```ts
 * for await (const { element } of streamXmlElements(fileStream, (path) => path.at(-1) === "section")) {
 *   console.log(element.attributes.identifier);
 * }
 * ```
 */
export async function* streamXmlElements(
  source: XmlSource,
  select: (path: readonly string[]) => boolean,
  options: ParseXmlOptions & XmlReaderOptions = {},
): AsyncGenerator<StreamedElement> {
  const reader = new XmlReader(undefined, options);
  const builder = new TreeBuilder(options);
  let selectedDepth = 0;
  const drain = function* (): Generator<StreamedElement> {
    for (;;) {
      const t = reader.next();
      if (t === XmlToken.NeedMore || t === XmlToken.End) return;
      if (t === XmlToken.StartTag) {
        if (selectedDepth > 0 || select(reader.openElements)) {
          if (selectedDepth === 0) selectedDepth = reader.depth;
          builder.start(reader);
        }
      } else if (t === XmlToken.Text) {
        if (selectedDepth > 0) builder.text(reader);
      } else if (selectedDepth > 0) {
        const done = builder.end();
        if (done) {
          selectedDepth = 0;
          yield { element: done, ancestors: reader.openElements.slice() };
        }
      }
    }
  };
  for await (const chunk of chunksOf(source)) {
    reader.feed(chunk);
    yield* drain();
  }
  reader.end();
  yield* drain();
}
