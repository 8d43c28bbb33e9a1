import { describe, expect, it } from "vitest";
import * as fc from "fast-check";
import { CivicError, XmlError, XmlReader, XmlToken, childElement, childElements, childText, elementText, localName, parseXml, type XmlTokenType } from "../../src/index.js";

function tokens(xml: string): string[] {
  const r = new XmlReader(xml);
  const out: string[] = [];
  for (let t: XmlTokenType = r.next(); t !== XmlToken.End; t = r.next()) {
    if (t === XmlToken.StartTag) out.push(`<${r.name}${JSON.stringify(r.attributes())}`);
    else if (t === XmlToken.EndTag) out.push(`</${r.name}`);
    else out.push(JSON.stringify(r.text));
  }
  return out;
}

function xmlError(xml: string, options = {}): XmlError {
  try {
    parseXml(xml, options);
  } catch (e) {
    if (e instanceof XmlError) return e;
    throw new Error(`not an XmlError: ${String(e)}`);
  }
  throw new Error("no error");
}

describe("XmlReader", () => {
  it("reports start tags, attributes, text and end tags, and self-closing tags as a pair", () => {
    expect(tokens(`<?xml version="1.0"?><a x="1" y='two'>hi<b/><!-- note --><c>there</c></a>`)).toEqual([
      '<a{"x":"1","y":"two"}',
      '"hi"',
      "<b{}",
      "</b",
      "<c{}",
      '"there"',
      "</c",
      "</a",
    ]);
  });

  it("decodes the predefined entities and character references, in text and attributes", () => {
    const root = parseXml(`<a t="&quot;1&quot; &amp; &#x41;&#66;">&lt;&gt;&amp;&apos;&quot; &#x2014; &#128512;</a>`);
    expect(root.attributes.t).toBe('"1" & AB');
    expect(elementText(root)).toBe(`<>&'" \u2014 \u{1F600}`);
  });

  it("keeps CDATA as text, verbatim", () => {
    expect(elementText(parseXml("<a><![CDATA[<p>&amp; x</p>]]></a>"))).toBe("<p>&amp; x</p>");
  });

  it("attribute() finds one attribute as attributes() does", () => {
    const r = new XmlReader(`<a x="1" xy='2' y="&amp;3"/>`);
    r.next();
    expect([r.attribute("x"), r.attribute("xy"), r.attribute("y"), r.attribute("z")]).toEqual(["1", "2", "&3", undefined]);
    expect(r.attributes()).toEqual({ x: "1", xy: "2", y: "&3" });
    // Attribute syntax is checked when the tag is read, whether or not the attributes are.
    expect(() => new XmlReader(`<a x=1 y="2"/>`).next()).toThrow(/attribute x of <a> is not quoted/);
    const spaced = new XmlReader(`<a x  =  'spaced' >t</a>`);
    spaced.next();
    expect(spaced.attribute("x")).toBe("spaced");
  });

  it("allows > inside quoted attribute values", () => {
    expect(parseXml(`<a href="x>y" b='<'/>`).attributes).toEqual({ href: "x>y", b: "<" });
  });

  it("normalises line ends and attribute white space", () => {
    const root = parseXml("<a t=\"x\ny\">1\r\n2\r3</a>");
    expect(root.attributes.t).toBe("x y");
    expect(elementText(root)).toBe("1\n2\n3");
  });

  it("gives each element its line and column", () => {
    const root = parseXml("<a>\n  <b>\n    <c/>\n  </b>\n</a>");
    const b = childElement(root, "b")!;
    expect([root.line, root.column]).toEqual([1, 1]);
    expect([b.line, b.column]).toEqual([2, 3]);
    expect([childElement(b, "c")!.line, childElement(b, "c")!.column]).toEqual([3, 5]);
  });

  it("places elements on long lines, in one piece and fed in chunks where the line break comes later", async () => {
    const xml = `<a>${"<b/>".repeat(2000)}<c/>\n${"<b/>".repeat(10)}\n  <d/></a>`;
    const root = parseXml(xml);
    const at = (el: { line: number; column: number } | undefined) => [el?.line, el?.column];
    expect(at(childElement(root, "c"))).toEqual([1, 8004]);
    expect(at(childElements(root, "b")[2000])).toEqual([2, 1]);
    expect(at(childElement(root, "d"))).toEqual([3, 3]);
    const { streamXmlElements } = await import("../../src/index.js");
    const chunks = xml.match(/[\s\S]{1,37}/g) ?? [];
    const seen: unknown[] = [];
    for await (const { element } of streamXmlElements(chunks, (path) => path.length === 2 && path[1] !== "b")) seen.push([element.name, element.line, element.column]);
    expect(seen).toEqual([["c", 1, 8004], ["d", 3, 3]]);
  });

  it("drops indentation but keeps spaces between inline elements", () => {
    const root = parseXml("<p>\n  <i>a</i> <b>b</b>\n</p>");
    expect(root.children.map((c) => (typeof c === "string" ? c : c.name))).toEqual(["i", " ", "b"]);
    expect(parseXml("<p>\n  <i>a</i>\n</p>", { whitespace: "keep" }).children).toHaveLength(3);
  });

  it("skips a byte-order mark, comments, processing instructions and a DOCTYPE", () => {
    const root = parseXml('\ufeff<?xml version="1.0"?>\n<!DOCTYPE rollcall-vote PUBLIC "-//US House//DTD" "vote.dtd">\n<!-- c --><?pi x?><a/>');
    expect(root.name).toBe("a");
  });

  it("readElementText reads a whole element's text and skipElement passes over one", () => {
    const r = new XmlReader("<a>\n  <b>x<i>y</i>z</b>\n  <c><d>skip</d></c>\n  <e/>\n  <f>last</f>\n</a>", { skipIndentation: true });
    const seen: string[] = [];
    for (let t = r.next(); t !== XmlToken.End; t = r.next()) {
      if (t === XmlToken.StartTag && r.name === "b") seen.push(`b=${r.readElementText()}`);
      else if (t === XmlToken.StartTag && r.name === "c") r.skipElement();
      else if (t === XmlToken.StartTag && r.name === "e") seen.push(`e=${r.readElementText()}`);
      else if (t === XmlToken.StartTag) seen.push(`<${r.name}`);
      else if (t === XmlToken.Text) seen.push(JSON.stringify(r.text));
      else seen.push(`</${r.name}`);
    }
    expect(seen).toEqual(["<a", "b=xyz", "e=", "<f", '"last"', "</f", "</a"]);
    const cut = new XmlReader();
    cut.feed("<a><b>unfinished");
    cut.next();
    cut.next();
    expect(() => cut.readElementText()).toThrow(/buffered input/);
  });

  it("helpers find children by name or local name", () => {
    const root = parseXml('<meta xmlns:dc="x"><dc:title>T</dc:title><n>1</n><n>2</n><e> </e></meta>');
    expect(childText(root, "title")).toBe("T");
    expect(childText(root, "dc:title")).toBe("T");
    expect(childElements(root, "n").map(elementText)).toEqual(["1", "2"]);
    expect(childText(root, "e")).toBeUndefined();
    expect(childText(root, "missing")).toBeUndefined();
    expect(localName("dc:title")).toBe("title");
  });
});

describe("XmlReader on hostile input", () => {
  it("never expands entities a DOCTYPE declares (billion laughs)", () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">` +
      `<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><lolz>&lol3;</lolz>`;
    const start = performance.now();
    const e = xmlError(lol);
    expect(e.code).toBe("XML_ENTITY");
    expect(e.message).toContain("&lol3;");
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it("never reads external entities", () => {
    const e = xmlError(`<!DOCTYPE a [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><a>&xxe;</a>`);
    expect(e.code).toBe("XML_ENTITY");
  });

  it("steps over ] and > inside quoted strings of the internal subset", () => {
    expect(parseXml(`<!DOCTYPE a [<!ENTITY x "]>">]><a>ok</a>`).name).toBe("a");
  });

  it("refuses nesting deeper than the limit, which can be set", () => {
    const deep = "<a>".repeat(257) + "</a>".repeat(257);
    expect(xmlError(deep).code).toBe("XML_DEPTH");
    expect(parseXml("<a>".repeat(256) + "</a>".repeat(256)).name).toBe("a");
    expect(xmlError("<a><a><a></a></a></a>", { maxDepth: 2 }).code).toBe("XML_DEPTH");
    const start = performance.now();
    expect(xmlError("<a>".repeat(1_000_000)).code).toBe("XML_DEPTH");
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it("keeps __proto__ and constructor as plain attribute names", () => {
    const root = parseXml(`<__proto__ __proto__="x" constructor="y" toString="z"><constructor/></__proto__>`);
    expect(Object.getPrototypeOf(root.attributes)).toBeNull();
    expect(root.attributes.__proto__).toBe("x");
    expect(root.attributes.constructor).toBe("y");
    expect(root.name).toBe("__proto__");
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, "x")).toBe(false);
  });

  it.each([
    ["", "XML_SYNTAX", /no root element/],
    ["just text", "XML_SYNTAX", /not XML/],
    ["{\"json\": true}", "XML_SYNTAX", /not XML/],
    ["<a>", "XML_TRUNCATED", /ends inside <a>/],
    ["<a><b>text", "XML_TRUNCATED", /ends inside <b>/],
    ["<a", "XML_TRUNCATED", /ends inside a start tag/],
    ["<a><!-- open", "XML_TRUNCATED", /comment/],
    ["<a><![CDATA[x", "XML_TRUNCATED", /CDATA/],
    ["<a></b>", "XML_SYNTAX", /does not match <a>/],
    ["</a>", "XML_SYNTAX", /no element open/],
    ["<a/><b/>", "XML_SYNTAX", /second root/],
    ["<a/>text", "XML_SYNTAX", /after the root/],
    ["<a x=1/>", "XML_SYNTAX", /not quoted/],
    ["<a x='1' x='2'/>", "XML_SYNTAX", /repeated/],
    ["<a x='1'y='2'/>", "XML_SYNTAX", /no space before attribute/],
    ["<a x='1' / >", "XML_SYNTAX", /not followed by ">"/],
    ["<a>AT&T</a>", "XML_SYNTAX", /bare "&"/],
    ["<a>&#0;</a>", "XML_SYNTAX", /character reference/],
    ["<a>&#xD800;</a>", "XML_SYNTAX", /character reference/],
    ["<a>&nbsp;</a>", "XML_ENTITY", /&nbsp;/],
    ["<1a/>", "XML_SYNTAX", /not a tag/],
    ["<a><!BOGUS></a>", "XML_SYNTAX", /<!/],
    ["<a/><!DOCTYPE a>", "XML_SYNTAX", /DOCTYPE after/],
  ])("%j is a %s error", (xml, code, message) => {
    const e = xmlError(xml, { file: "input.xml" });
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
    expect(e.where?.file).toBe("input.xml");
    expect(e.where?.line).toBeGreaterThanOrEqual(1);
    expect(e.where?.column).toBeGreaterThanOrEqual(1);
  });

  it("says where the problem is: line, column and path", () => {
    const e = xmlError("<billStatus>\n  <bill>\n    <number>1 & 2</number>\n  </bill>\n</billStatus>", { file: "BILLSTATUS-x.xml" });
    expect(e.where).toEqual({ file: "BILLSTATUS-x.xml", line: 3, column: 15, path: "/billStatus/bill/number" });
  });

  it("ends every random input in a tree or a CivicError (fuzz)", () => {
    const pieces = fc.constantFrom("<a>", "</a>", "<b x='1'>", "</b>", "<c/>", "text", "&amp;", "&", "<!--", "-->", "<![CDATA[", "]]>", "<!DOCTYPE x [", "]>", "<?", "?>", "\"", "'", "=", " ", "\n", "<", ">", "/");
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.array(pieces, { maxLength: 60 }).map((p) => p.join(""))), (input) => {
        try {
          parseXml(input);
        } catch (e) {
          expect(e).toBeInstanceOf(CivicError);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe("XmlReader fed in chunks", () => {
  const doc = `<?xml version="1.0"?>\r\n<!DOCTYPE x [<!ENTITY e "v">]>\n<root a="1 &amp; 2">\r\n  <item n="1">one &lt;1&gt;\r\ntwo\rthree</item>\n  <item n="2"><![CDATA[two]]></item>\n  <!-- c -->\n  <empty/>\n  <t>\u00e9\u{1F600}</t>\n</root>\n`;

  function readChunked(text: string, cuts: number[]): string[] {
    const r = new XmlReader();
    const out: string[] = [];
    const drain = (): void => {
      for (;;) {
        const t = r.next();
        if (t === XmlToken.NeedMore || t === XmlToken.End) return;
        const { line, column } = r.location();
        if (t === XmlToken.StartTag) out.push(`<${r.name} ${JSON.stringify(r.attributes())} @${line}:${column}`);
        else if (t === XmlToken.EndTag) out.push(`</${r.name}`);
        else out.push(JSON.stringify(r.text));
      }
    };
    let last = 0;
    for (const cut of [...cuts].sort((a, b) => a - b)) {
      r.feed(text.slice(last, cut));
      drain();
      last = cut;
    }
    r.feed(text.slice(last));
    drain();
    r.end();
    drain();
    return out;
  }

  it("gives the same tokens and positions wherever the chunks are cut", () => {
    const whole = readChunked(doc, []);
    expect(whole.length).toBeGreaterThan(8);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: doc.length }), { maxLength: 12 }), (cuts) => {
        expect(readChunked(doc, cuts)).toEqual(whole);
      }),
      { numRuns: 500 },
    );
    // Every single cut point, one character at a time.
    expect(readChunked(doc, Array.from({ length: doc.length }, (_, i) => i))).toEqual(whole);
  });

  it("reports a document cut short after end()", () => {
    const r = new XmlReader();
    r.feed("<a><b>");
    expect(r.next()).toBe(XmlToken.StartTag);
    expect(r.next()).toBe(XmlToken.StartTag);
    expect(r.next()).toBe(XmlToken.NeedMore);
    r.end();
    expect(() => r.next()).toThrow(/ends inside <b>/);
  });
});
