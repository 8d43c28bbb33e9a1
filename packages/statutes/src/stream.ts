import { localName, streamXmlElements, type XmlSource } from "@civickit/core/xml";
import { provisionOf, type Provision } from "./uslm.js";

const isSection = (name: string | undefined) => name !== undefined && localName(name) === "section";

/**
 * The sections of a USLM document, one by one as each completes, from a string, a web `ReadableStream`, a Node stream
 * or any async iterable of chunks — memory bounded by the largest section, not the document. Sections quoted inside an
 * amendment are part of their section, not sections of the document.
 *
 * @example
 * ```ts
 * for await (const section of streamSections(createReadStream("usc42.xml"))) console.log(section.identifier);
 * ```
 */
export async function* streamSections(input: XmlSource): AsyncGenerator<Provision> {
  const select = (path: readonly string[]) => isSection(path[path.length - 1]) && !path.slice(0, -1).some((p) => isSection(p) || localName(p) === "quotedContent");
  for await (const { element } of streamXmlElements(input, select, { positions: false })) {
    const section = provisionOf(element);
    if (section) yield section;
  }
}
