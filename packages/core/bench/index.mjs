// pnpm bench for @civickit/core: the XML layer against the parsers people would otherwise use, on the real corpus,
// and identifier parsing in items per second.
import { readFileSync } from "node:fs";
import { XMLParser } from "fast-xml-parser";
import { SaxesParser } from "saxes";
import { Parser as HtmlParser } from "htmlparser2";
import { corpusFiles, corpusSkipMessage, corpusDir } from "@civickit/devkit/corpus";
import { runSuite } from "@civickit/devkit/bench";
import { XmlReader, XmlToken, parseXml, parseBillId, parseLawId, parseVoteId } from "@civickit/core";

const PKG = "@civickit/core";

function xmlCases(texts) {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const fxp = new XMLParser({ ignoreAttributes: false, processEntities: true });
  return [
    { name: "fast-xml-parser 5 (parse)", baseline: true, bytes, fn: () => { for (const t of texts) fxp.parse(t); } },
    {
      name: "saxes 6 (events)",
      bytes,
      fn: () => {
        for (const t of texts) {
          const p = new SaxesParser();
          let n = 0;
          p.on("opentag", () => n++);
          p.on("text", () => n++);
          p.write(t).close();
        }
      },
    },
    {
      name: "htmlparser2 12 (xmlMode events)",
      bytes,
      fn: () => {
        for (const t of texts) {
          let n = 0;
          const p = new HtmlParser({ onopentag: () => n++, ontext: () => n++ }, { xmlMode: true });
          p.write(t);
          p.end();
        }
      },
    },
    {
      name: "civickit XmlReader (tokens + text)",
      bytes,
      fn: () => {
        for (const t of texts) {
          const r = new XmlReader(t);
          let n = 0;
          for (let k = r.next(); k !== XmlToken.End; k = r.next()) if (k === XmlToken.Text) n += r.text.length;
        }
      },
    },
    {
      name: "civickit XmlReader (tokens + attributes + text)",
      bytes,
      fn: () => {
        for (const t of texts) {
          const r = new XmlReader(t);
          for (let k = r.next(); k !== XmlToken.End; k = r.next()) {
            if (k === XmlToken.StartTag) r.attributes();
            else if (k === XmlToken.Text) void r.text;
          }
        }
      },
    },
    { name: "civickit parseXml (tree)", bytes, fn: () => { for (const t of texts) parseXml(t); } },
    {
      name: "bare indexOf('<') scan (ceiling)",
      bytes,
      fn: () => {
        let n = 0;
        for (const t of texts) for (let i = t.indexOf("<"); i !== -1; i = t.indexOf("<", i + 1)) n++;
        return n;
      },
    },
  ];
}

const read = (files) => files.map((f) => readFileSync(f, "utf8"));

if (corpusDir() === null) {
  console.log(corpusSkipMessage());
} else {
  const groups = {
    "BILLSTATUS corpus": read(corpusFiles("billstatus", [".xml"])),
    "USLM corpus": read(corpusFiles("uslm", [".xml"])),
    "roll-call vote XML corpus": read([...corpusFiles("votes-senate", [".xml"]), ...corpusFiles("votes-house", [".xml"])]),
  };
  for (const [title, texts] of Object.entries(groups)) {
    const mb = (texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6).toFixed(1);
    runSuite(PKG, `XML: ${title} (${texts.length} files, ${mb} MB)`, xmlCases(texts));
  }
}

const billSpellings = ["H.R. 1865", "S. 1693", "hr1865-115", "H.R. 1865, 115th Cong.", "S. J. Res. 14", "House Resolution 755", "BILLS-115hr1865enr", "https://www.congress.gov/bill/115th-congress/house-bill/1865/text"];
const naive = (text) => {
  // Baseline: the minimal regex a user might write for just "H.R. 1865" / "S. 1693".
  const m = /^(H\.R\.|S\.)\s*(\d+)$/.exec(text);
  return m ? { type: m[1] === "S." ? "s" : "hr", number: Number(m[2]) } : null;
};
runSuite(PKG, "identifiers", [
  { name: "naive regex (2 forms only)", baseline: true, items: billSpellings.length, fn: () => billSpellings.map(naive) },
  { name: "parseBillId (every form)", items: billSpellings.length, fn: () => billSpellings.map((s) => parseBillId(s)) },
  { name: "parseLawId", items: 3, fn: () => ["Pub. L. No. 115-164", "Public Law 115–164", "PLAW-115publ164"].map((s) => parseLawId(s)) },
  { name: "parseVoteId", items: 3, fn: () => ["s60-115.2018", "https://clerk.house.gov/evs/2018/roll091.xml", "vote_115_2_00060.xml"].map((s) => parseVoteId(s)) },
]);
