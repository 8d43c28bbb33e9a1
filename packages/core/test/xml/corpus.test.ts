import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { expect, it } from "vitest";
import { SaxesParser } from "saxes";
import { describeCorpus } from "@civickit/devkit/vitest";
import { corpusFiles } from "@civickit/devkit/corpus";
import { XmlReader, XmlToken, parseXml, streamXmlElements, type XmlElement } from "../../src/index.js";

// Every XML file of every kind in the corpus goes through the reader, and is checked against an independent parser
// (saxes): the same elements in the same order, the same attributes and the same text.
const kinds = ["billstatus", "uslm", "votes-senate", "votes-house", "unitedstates-json"];

function summarise(xml: string): { elements: number; names: string; attributes: string; text: string } {
  const r = new XmlReader(xml);
  let elements = 0;
  let names = "";
  let attributes = "";
  let text = "";
  for (let t = r.next(); t !== XmlToken.End; t = r.next()) {
    if (t === XmlToken.StartTag) {
      elements++;
      names += r.name + " ";
      attributes += JSON.stringify(Object.entries(r.attributes()));
    } else if (t === XmlToken.Text) text += r.text;
  }
  return { elements, names, attributes, text };
}

function summariseWithSaxes(xml: string): { elements: number; names: string; attributes: string; text: string } {
  const p = new SaxesParser();
  let elements = 0;
  let names = "";
  let attributes = "";
  let text = "";
  let depth = 0;
  p.on("closetag", () => depth--);
  p.on("opentag", (tag) => {
    depth++;
    elements++;
    names += tag.name + " ";
    attributes += JSON.stringify(Object.entries(tag.attributes));
  });
  // Our reader skips the white space outside the root element (the prolog); compare the document's content only.
  p.on("text", (t) => {
    if (depth > 0) text += t;
  });
  p.on("cdata", (t) => (text += t));
  p.write(xml).close();
  return { elements, names, attributes, text };
}

describeCorpus("the XML layer on every corpus XML file", () => {
  const files = kinds.flatMap((k) => corpusFiles(k, [".xml"]));
  it("finds the corpus files", () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it.each(files.map((f) => [basename(f), f]))("%s reads the same as an independent parser", (_, file) => {
    const xml = readFileSync(file, "utf8");
    const ours = summarise(xml);
    expect(ours.elements).toBeGreaterThan(0);
    expect(ours).toEqual(summariseWithSaxes(xml.replace(/^\ufeff/, "")));
    expect(parseXml(xml, { file }).name).toBeTruthy();
  });

  it("streams a USLM title section by section, as the whole-document parse sees it", async () => {
    const file = corpusFiles("uslm", [".xml"]).find((f) => basename(f) === "usc__usc01-2013-113-31.xml")!;
    const bytes = readFileSync(file);
    const chunks: Uint8Array[] = [];
    for (let i = 0; i < bytes.length; i += 16_384) chunks.push(bytes.subarray(i, i + 16_384));
    const ids: string[] = [];
    for await (const { element } of streamXmlElements(chunks, (path) => path[path.length - 1] === "section")) {
      ids.push(element.attributes.identifier ?? "");
    }
    // Title 1 of the U.S. Code begins with § 1, "Words denoting number, gender, and so forth".
    expect(ids[0]).toBe("/us/usc/t1/s1");
    // The same outermost sections, in the same order, as a walk of the whole-document tree finds.
    const outermost: string[] = [];
    const walk = (el: XmlElement): void => {
      if (el.name === "section") outermost.push(el.attributes.identifier ?? "");
      else for (const c of el.children) if (typeof c !== "string") walk(c);
    };
    walk(parseXml(bytes.toString("utf8")));
    expect(ids).toEqual(outermost);
  });
});
