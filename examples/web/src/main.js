// The civickit browser demo: the packages' own code, bundled by Vite, running in the page.
import { billNames, billTimeline, formatBill, parseBillStatusXml, parseCongressGovBill, parseUnitedStatesBill } from "@civickit/bills";
import { citationUrl, createNameIndex, extractCitations, formatCitation } from "@civickit/citations";
import { computeOutcome, formatVoteResult, parseVote } from "@civickit/votes";

const $ = (id) => document.getElementById(id);
const input = $("input");
const escape = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// Names of bills from the files dropped so far: once a bill is loaded, the text's mentions of its titles resolve to it.
const knownNames = [];
let names = createNameIndex();

function urlOf(c) {
  try {
    return citationUrl(c);
  } catch {
    return null;
  }
}

/** The fields a citation type adds, for the side panel: everything but the span and the canonical forms. */
function fieldsOf(c) {
  const { type, match, start, end, id, cite, ...fields } = c;
  return Object.entries(fields).filter(([, v]) => v !== null && v !== false && !(Array.isArray(v) && v.length === 0));
}

function render() {
  const text = input.value;
  const citations = extractCitations(text, { names });
  let html = "";
  let at = 0;
  citations.forEach((c, i) => {
    // A range's start and end span the same text: highlight it once.
    if (c.start < at) return;
    const url = urlOf(c);
    html += escape(text.slice(at, c.start));
    html += `<a class="cite${url ? "" : " nolink"}" data-index="${i}" data-type="${c.type}" title="${escape(c.cite)}"${url ? ` href="${escape(url)}" target="_blank" rel="noopener"` : ""}>${escape(c.match)}</a>`;
    at = c.end;
  });
  $("output").innerHTML = html + escape(text.slice(at));
  $("count").textContent = String(citations.length);
  $("citations").innerHTML = citations
    .map((c, i) => {
      const url = urlOf(c);
      const rows = [["id", c.id], ...fieldsOf(c)].map(([k, v]) => `<dt>${escape(k)}</dt><dd>${escape(typeof v === "object" ? JSON.stringify(v) : String(v))}</dd>`).join("");
      return `<li data-index="${i}"><div class="type">${escape(c.type)}</div><div class="bluebook">${url ? `<a href="${escape(url)}" target="_blank" rel="noopener">${escape(formatCitation(c, "bluebook"))}</a>` : escape(formatCitation(c, "bluebook"))}</div><dl>${rows}</dl></li>`;
    })
    .join("");
}

// Hovering a citation in the text marks its entry in the side panel, and the other way round.
function select(index) {
  for (const el of document.querySelectorAll(".selected")) el.classList.remove("selected");
  for (const el of document.querySelectorAll(`[data-index="${index}"]`)) el.classList.add("selected");
}
for (const id of ["output", "citations"]) {
  $(id).addEventListener("mouseover", (e) => {
    const el = e.target.closest("[data-index]");
    if (el) select(el.dataset.index);
  });
}

function showBill(bill) {
  const timeline = billTimeline(bill)
    .map((m) => `<li><time>${m.date}</time> ${escape(m.description)}</li>`)
    .join("");
  $("summary").innerHTML =
    `<h3 class="bill">${escape(formatBill(bill, "display"))}</h3>` +
    `<p>Status <b class="status">${bill.status.code}</b> since ${bill.status.date ?? "?"} · sponsor ${escape(bill.sponsors[0]?.name ?? "none")} · ${bill.cosponsors.length} cosponsors</p>` +
    `<ol class="timeline">${timeline}</ol>`;
  knownNames.push(...billNames(bill));
  names = createNameIndex(knownNames);
  render();
}

function showVote(vote) {
  const outcome = computeOutcome(vote);
  const rows = Object.entries(vote.byParty)
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([party, t]) => {
      const total = t.yea + t.nay + t.present + t.notVoting || 1;
      const pct = (n) => `${((n / total) * 100).toFixed(1)}%`;
      return `<span class="party">${escape(party)}</span><div class="bar" data-party="${escape(party)}"><span class="yea" style="width:${pct(t.yea)}"></span><span class="nay" style="width:${pct(t.nay)}"></span><span class="other" style="width:${pct(t.present + t.notVoting)}"></span></div><span>${t.yea}–${t.nay}${t.present + t.notVoting ? ` (${t.present + t.notVoting} other)` : ""}</span>`;
    })
    .join("");
  $("summary").innerHTML =
    `<h3 class="vote">${vote.chamber === "house" ? "House roll call" : "Senate vote"} ${vote.number} · ${vote.date.slice(0, 10)}</h3>` +
    `<p>${escape(vote.question)}</p>` +
    `<p class="result"><b>${escape(formatVoteResult(vote))}</b> — ${escape(outcome.explanation)} ` +
    `<span class="check">${outcome.agreesWithPublished === null ? "" : outcome.agreesWithPublished ? "Agrees with the published result." : `Disagrees with the published result “${escape(vote.result)}”.`}</span></p>` +
    `<div class="chart">${rows}</div>`;
}

async function load(file) {
  $("error").textContent = "";
  try {
    const text = await file.text();
    if (text.includes("<billStatus")) showBill(parseBillStatusXml(text, { file: file.name }));
    else if (/^\s*\{/.test(text) && /"bill_id"\s*:/.test(text)) showBill(parseUnitedStatesBill(JSON.parse(text)));
    else if (/^\s*\{\s*"bill"\s*:/.test(text)) showBill(parseCongressGovBill(JSON.parse(text)));
    else showVote(parseVote(text, { file: file.name }));
  } catch (error) {
    // Every parser throws a CivicError saying what is wrong and where.
    $("error").textContent = error instanceof Error ? error.message : String(error);
  }
}

input.addEventListener("input", render);
$("file").addEventListener("change", (e) => {
  const file = e.target.files?.[0];
  if (file) void load(file);
});
const drop = $("drop");
drop.addEventListener("dragover", (e) => {
  e.preventDefault();
  drop.classList.add("over");
});
drop.addEventListener("dragleave", () => drop.classList.remove("over"));
drop.addEventListener("drop", (e) => {
  e.preventDefault();
  drop.classList.remove("over");
  const file = e.dataTransfer?.files?.[0];
  if (file) void load(file);
});

input.value =
  "The President signed H.R. 1865, the Allow States and Victims to Fight Online Sex Trafficking Act, making it Public Law 115-164 (132 Stat. 1253). " +
  "It amends Section 230 of the Communications Decency Act at 47 U.S.C. § 230(e) and adds 18 U.S.C. § 2421A; the House passed it 388-25.";
render();
