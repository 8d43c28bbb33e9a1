// skipElement over a whole document jumps from tag to tag; fed chunk by chunk it reads token by token. Both must end
// in the same place and reject the same broken input.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { corpusFiles } from "@civickit/devkit/corpus";
import { describeCorpus } from "@civickit/devkit/vitest";
import { XmlReader, XmlToken, isCivicError } from "../../src/index.js";

/** The names of the elements at `depth` 2, reading each child of those by skipping it. */
function walk(reader: XmlReader): string[] {
  const out: string[] = [];
  for (let t = reader.next(); t !== XmlToken.End; t = reader.next()) {
    if (t === XmlToken.NeedMore) break;
    if (t === XmlToken.StartTag && reader.depth === 2) {
      out.push(reader.name);
      const depth = reader.depth;
      for (let name = reader.nextChild(depth); name !== null; name = reader.nextChild(depth)) {
        out.push(`  ${name}`);
        reader.skipElement();
      }
    }
  }
  return out;
}

function streamed(xml: string): XmlReader {
  // Fed whole but not ended: skipElement takes the token-by-token path.
  const r = new XmlReader();
  r.feed(xml);
  return r;
}

describeCorpus("skipElement over whole documents agrees with token-by-token skipping", () => {
  const files = [...corpusFiles("billstatus", [".xml"]), ...corpusFiles("uslm", [".xml"]), ...corpusFiles("votes-senate", [".xml"]), ...corpusFiles("votes-house", [".xml"])];
  it.each(files.map((f) => [f.split("/").slice(-2).join("/"), f]))("%s", (_name, file) => {
    const xml = readFileSync(file, "utf8");
    expect(walk(new XmlReader(xml))).toEqual(walk(streamed(xml)));
  });
});

describe("skipElement on broken input", () => {
  it.each([
    ["mismatched end tag", "<a><b><c><d></c></b></a>", "XML_SYNTAX"],
    ["truncated", "<a><b><c><d>", "XML_TRUNCATED"],
    ["truncated inside a tag", '<a><b><c x="1', "XML_TRUNCATED"],
    ["not a tag", "<a><b>< c</b></a>", "XML_SYNTAX"],
    ["DOCTYPE inside", "<a><b><!DOCTYPE x></b></a>", "XML_SYNTAX"],
    ["too deep", `<a><b>${"<x>".repeat(300)}${"</x>".repeat(300)}</b></a>`, "XML_DEPTH"],
  ])("%s", (_name, xml, code) => {
    const r = new XmlReader(xml);
    r.next();
    r.next();
    try {
      r.skipElement();
      expect.unreachable();
    } catch (error) {
      expect(isCivicError(error) && error.code).toBe(code);
    }
  });

  it("quoted attribute values may hold '>' and '<'-free text; self-closing and comments are stepped over", () => {
    const r = new XmlReader(`<a><b x="1>2" y='z'><c/><!-- </b> --><![CDATA[</b>]]><d k="v">t</d></b><e>after</e></a>`);
    r.next();
    r.next();
    r.skipElement();
    expect(r.nextChild(1)).toBe("e");
    expect(r.readElementText()).toBe("after");
  });
  it("nextChild passes over the text between children, in a whole document and in a fed one", () => {
    const xml = `<a>lead <b x="1&amp;2" y="t\tu">b</b> middle &amp; more <![CDATA[cd]]><!-- c --><c/>tail</a>`;
    const whole = new XmlReader(xml);
    whole.next();
    expect(whole.nextChild(1)).toBe("b");
    expect([whole.attribute("x"), whole.attribute("y")]).toEqual(["1&2", "t u"]);
    expect(whole.readElementText()).toBe("b");
    expect(whole.nextChild(1)).toBe("c");
    expect(whole.nextChild(1)).toBeNull();
    const fed = new XmlReader();
    for (const chunk of [xml.slice(0, 7), xml.slice(7, 40), xml.slice(40)]) fed.feed(chunk);
    fed.end();
    fed.next();
    expect(fed.nextChild(1)).toBe("b");
    fed.skipElement();
    expect(fed.nextChild(1)).toBe("c");
    expect(fed.nextChild(1)).toBeNull();
  });
  it("nextLeaf reads a leaf child whole, and leaves any other child as nextChild does", () => {
    const xml = `<r>\n  <a>1 &amp; 2</a>\n  <b x="1">attr</b><c><d>deep</d></c><e/><f><![CDATA[<cd>]]></f><g></g><h>last</h>\n</r>`;
    const r = new XmlReader(xml);
    r.next();
    const seen: [string, string | undefined, string, string | undefined][] = [];
    for (let name = r.nextLeaf(1); name !== null; name = r.nextLeaf(1)) {
      const leaf = r.leafText;
      const x = r.attribute("x");
      seen.push([name, leaf, leaf ?? r.readElementText(), x]);
    }
    expect(seen.map(([name, leaf, text]) => [name, leaf, text])).toEqual([
      ["a", "1 & 2", "1 & 2"],
      // A leaf may have attributes: they are read as for any start tag.
      ["b", "attr", "attr"],
      ["c", undefined, "deep"],
      ["e", undefined, ""],
      ["f", undefined, "<cd>"],
      ["g", "", ""],
      ["h", "last", "last"],
    ]);
    expect(seen[1]?.[3]).toBe("1");
    expect(r.next()).toBe(XmlToken.End);
    // A self-closing tag with attributes is no leaf; a bad attribute is an error as anywhere else.
    const self = new XmlReader(`<r><e k="v"/><f k=v>x</f></r>`);
    self.next();
    expect([self.nextLeaf(1), self.leafText, self.attribute("k")]).toEqual(["e", undefined, "v"]);
    expect(() => self.nextLeaf(1)).toThrow(/attribute k of <f> is not quoted/);
  });

  it("nextLeaf still checks what it reads: a leaf whose end tag does not match is an error with its place", () => {
    const r = new XmlReader(`<r>\n<a>text</b></r>`, { file: "f.xml" });
    r.next();
    expect(() => {
      for (let name = r.nextLeaf(1); name !== null; name = r.nextLeaf(1)) if (r.leafText === undefined) r.readElementText();
    }).toThrow(/end tag <\/b> does not match <a>.*f\.xml.*line 2/s);
    // While more input may come, it reads through nextChild; once end() is called, leaves are read whole again.
    const fed = new XmlReader();
    fed.feed("<r><a>one</a><b>tw");
    fed.feed("o</b><c>three</c></r>");
    fed.next();
    expect(fed.nextLeaf(1)).toBe("a");
    expect(fed.leafText).toBeUndefined();
    expect(fed.readElementText()).toBe("one");
    expect(fed.nextLeaf(1)).toBe("b");
    expect(fed.readElementText()).toBe("two");
    fed.end();
    expect(fed.nextLeaf(1)).toBe("c");
    expect(fed.leafText).toBe("three");
    expect(fed.nextLeaf(1)).toBeNull();
  });
});
