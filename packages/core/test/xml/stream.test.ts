import { describe, expect, it } from "vitest";
import { XmlError, elementText, parseXml, streamXmlElements, childElements, type StreamedElement } from "../../src/index.js";

const doc = `<uscDoc><main><title><chapter>` +
  Array.from({ length: 50 }, (_, i) => `<section identifier="/us/usc/t1/s${i + 1}"><num>§ ${i + 1}.</num><heading>H${i + 1}</heading></section>`).join("") +
  `</chapter></title></main></uscDoc>`;

async function collect(source: Parameters<typeof streamXmlElements>[0]): Promise<StreamedElement[]> {
  const out: StreamedElement[] = [];
  for await (const s of streamXmlElements(source, (path) => path[path.length - 1] === "section")) out.push(s);
  return out;
}

function bytesIn(text: string, size: number): Uint8Array[] {
  const bytes = new TextEncoder().encode(text);
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

describe("streamXmlElements", () => {
  const expected = childElements(childElements(childElements(childElements(parseXml(doc), "main")[0]!, "title")[0]!, "chapter")[0]!, "section");

  it("yields each selected element, as parseXml would build it, with its ancestors", async () => {
    const got = await collect(doc);
    expect(got).toHaveLength(50);
    expect(got.map((s) => s.element)).toEqual(expected);
    expect(got[0]!.ancestors).toEqual(["uscDoc", "main", "title", "chapter"]);
  });

  it("reads byte chunks split inside multi-byte characters, from iterables and web streams", async () => {
    for (const size of [1, 3, 7, 64]) {
      const chunks = bytesIn(doc, size);
      const fromIterable = await collect(chunks);
      expect(fromIterable.map((s) => elementText(s.element))).toEqual(expected.map(elementText));
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          for (const c of chunks) controller.enqueue(c);
          controller.close();
        },
      });
      expect((await collect(stream)).map((s) => s.element)).toEqual(expected);
    }
  });

  it("throws an XmlError for a broken stream", async () => {
    await expect(collect(["<a><section>", "</a>"])).rejects.toBeInstanceOf(XmlError);
    await expect(collect(["<a><section>"])).rejects.toThrow(/ends inside/);
  });
});
