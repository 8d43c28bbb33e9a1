// The benchmark harness every package plugs into. A suite is a list of cases over the same input; one of them is the
// baseline, and every case is reported as throughput and as a ratio to that baseline measured in the same process.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const minTimeMs = Number(process.env.CIVICKIT_BENCH_MS ?? 1500);

/**
 * Milliseconds per call of `fn`: the median of several timed rounds after a warm-up. The machines this runs on are
 * shared and noisy; a median of rounds is steadier than one long mean and, unlike a best-of, not a lucky draw.
 */
function measure(fn) {
  // Start each case from a collected heap, so that one case's garbage is not charged to the next
  // (bench scripts run with --expose-gc).
  globalThis.gc?.();
  // Warm up long enough for the JIT to settle on optimised code (at least 5 calls).
  const warmEnd = performance.now() + Math.min(800, minTimeMs / 2);
  let warm = 0;
  do {
    fn();
    warm++;
  } while (performance.now() < warmEnd || warm < 5);
  const rounds = 7;
  const perRound = minTimeMs / rounds;
  const samples = [];
  for (let r = 0; r < rounds; r++) {
    let runs = 0;
    const start = performance.now();
    let now = start;
    do {
      fn();
      runs++;
      now = performance.now();
    } while (now - start < perRound);
    samples.push((now - start) / runs);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(rounds / 2)];
}

function fmt(n, digits = 1) {
  if (!Number.isFinite(n)) return "-";
  return n >= 100 ? Math.round(n).toLocaleString("en-US") : n.toFixed(digits);
}

/**
 * Runs a suite and prints its table. Each case: `{ name, fn, bytes?, items?, baseline? }` where `bytes` and `items`
 * are what one call of `fn` processes. Returns the rows and appends them to bench-results/<pkg>.json.
 */
export function runSuite(pkg, title, cases) {
  const baseline = cases.find((c) => c.baseline) ?? cases[0];
  const rows = cases.map((c) => {
    const msPerRun = measure(c.fn);
    return {
      suite: title,
      name: c.name,
      baseline: c === baseline,
      msPerRun,
      mbPerSec: c.bytes ? c.bytes / 1e6 / (msPerRun / 1000) : null,
      itemsPerSec: c.items ? c.items / (msPerRun / 1000) : null,
    };
  });
  const base = rows.find((r) => r.baseline);
  for (const r of rows) r.ratio = base.msPerRun / r.msPerRun;

  const header = ["case", "ms/run", "MB/s", "items/s", `x ${base.name}`];
  const table = rows.map((r) => [
    r.name + (r.baseline ? " (baseline)" : ""),
    fmt(r.msPerRun, 2),
    r.mbPerSec === null ? "-" : fmt(r.mbPerSec),
    r.itemsPerSec === null ? "-" : fmt(r.itemsPerSec, 0),
    fmt(r.ratio, 2),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells) => "| " + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ") + " |";
  console.log(`\n${pkg} — ${title}`);
  console.log(line(header));
  console.log("|" + widths.map((w, i) => (i === 0 ? "-" : "") + "-".repeat(w) + (i === 0 ? "-" : ":")).join("|") + "|");
  for (const row of table) console.log(line(row));

  const out = join(repoRoot, "bench-results", `${pkg.replace(/^@civickit\//, "")}.json`);
  mkdirSync(dirname(out), { recursive: true });
  const previous = existsSync(out) ? JSON.parse(readFileSync(out, "utf8")) : null;
  const doc = previous && previous.startedAt === startedAt ? previous : { package: pkg, startedAt, node: process.version, suites: [] };
  doc.suites = doc.suites.filter((s) => s.title !== title).concat([{ title, rows }]);
  writeFileSync(out, JSON.stringify(doc, null, 2) + "\n");
  return rows;
}

const startedAt = new Date().toISOString();
