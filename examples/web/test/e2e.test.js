// The browser demo, end to end in real Chromium (Debian's, driven by playwright-core): build it with Vite, serve the
// build, paste a press release, check the highlighted citations and their links, load a BILLSTATUS file and a roll
// call, check their summaries, and save a screenshot. Without Chromium the test skips with a message, except under
// CI=true, where that is a failure (.ci/run installs Chromium).
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { build, preview } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractCitations } from "@civickit/citations";
import { sample } from "@civickit/example-samples";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const root = fileURLToPath(new URL("..", import.meta.url));
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && process.env.CI === "true") throw new Error(`Chromium is required under CI=true and was not found at ${CHROMIUM}`);
if (!hasChromium) console.warn(`web demo: skipping the browser test: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);

describe.skipIf(!hasChromium)("the web demo in Chromium", () => {
  let outDir;
  let server;
  let browser;
  let page;
  const errors = [];

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), "civickit-web-"));
    await build({ root, logLevel: "silent", build: { outDir, emptyOutDir: true } });
    server = await preview({ root, logLevel: "silent", build: { outDir }, preview: { port: 0, host: "127.0.0.1" } });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto(server.resolvedUrls.local[0]);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.httpServer.close(resolve) : resolve()));
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it("highlights every citation of a pasted press release, with its link and parsed fields", async () => {
    const release = readFileSync(sample("release.txt"), "utf8");
    await page.fill("#input", release);
    // The page finds what the library finds in Node: the same citations, in the same places.
    const expected = extractCitations(release).map((c) => c.match);
    expect(expected.length).toBeGreaterThanOrEqual(15);
    await expect.poll(() => page.locator("#count").textContent()).toBe(String(expected.length));
    expect(await page.locator("#output a.cite").allTextContents()).toEqual(expected);
    const usc = page.locator('#output a.cite[data-type="usc"]', { hasText: "47 U.S.C. § 230(e)" });
    expect(await usc.getAttribute("href")).toBe("https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title47-section230&num=0&edition=prelim");
    expect(await page.locator('#output a.cite[data-type="publicLaw"]').getAttribute("href")).toBe("https://www.govinfo.gov/link/plaw/115/public/164?link-type=html#publ");
    expect(await page.locator('#output a.cite[data-type="case"]', { hasText: "817 F.3d 12" }).getAttribute("title")).toBe("Doe v. Backpage.com, LLC, 817 F.3d 12 (1st Cir. 2016)");
    // The text around the citations is kept as written.
    expect(await page.locator("#output").textContent()).toContain("making\nit Public Law 115-164 (132 Stat. 1253).");
    // The side panel: the parsed fields of each citation.
    const entry = page.locator("#citations li", { hasText: "18 U.S.C. § 1591(e)" });
    expect(await entry.locator("dd").first().textContent()).toBe("usc/18/1591/e");
    expect(await entry.textContent()).toContain("title18");
  });

  it("summarises a dropped BILLSTATUS file, and then knows the bill's names in the text", async () => {
    const before = await page.locator('#output a.cite[data-type="act"]', { hasText: "Stop Enabling Sex Traffickers Act" }).count();
    expect(before).toBe(0);
    await page.setInputFiles("#file", sample("BILLSTATUS-115hr1865.xml"));
    await expect.poll(() => page.locator("#summary h3.bill").textContent()).toBe("H.R. 1865 (115th Congress): Allow States and Victims to Fight Online Sex Trafficking Act of 2017");
    expect(await page.locator("#summary .status").textContent()).toBe("ENACTED:SIGNED");
    expect(await page.locator("#summary .timeline li").count()).toBe(9);
    expect(await page.locator("#summary .timeline li").nth(3).textContent()).toBe("2018-02-27 Passed the House 388–25 (roll 91)");
    // The bill's names are now known: its own title (already among the built-in acts) and its related bill S. 1693's.
    await expect.poll(() => page.locator("#count").textContent()).toBe(String(extractCitations(readFileSync(sample("release.txt"), "utf8")).length + 1));
    const sesta = page.locator('#output a.cite[data-type="act"]', { hasText: "Stop Enabling Sex Traffickers Act" });
    expect(await sesta.getAttribute("href")).toBe("https://www.congress.gov/bill/115th-congress/senate-bill/1693");
  });

  it("summarises a roll call with its outcome check and a chart by party", async () => {
    await page.setInputFiles("#file", sample("house-roll-2018-091.xml"));
    await expect.poll(() => page.locator("#summary h3.vote").textContent()).toBe("House roll call 91 · 2018-02-27");
    expect(await page.locator("#summary .result").textContent()).toContain("Passed 388–25");
    expect(await page.locator("#summary .check").textContent()).toBe("Agrees with the published result.");
    expect(await page.locator('#summary .bar[data-party="R"] .yea').getAttribute("style")).toBe("width:90.3%");
    expect(await page.locator('#summary .bar[data-party="D"] .nay').getAttribute("style")).toBe("width:5.7%");
    mkdirSync(join(root, "test-results"), { recursive: true });
    await page.screenshot({ path: join(root, "test-results", "web-demo.png"), fullPage: true });
  });

  it("says what is wrong with a file it cannot read", async () => {
    await page.setInputFiles("#file", sample("BILLSTATUS-truncated.xml"));
    await expect.poll(() => page.locator("#error").textContent()).toMatch(/^the document ends inside <title> \(BILLSTATUS-truncated\.xml, line 11, column 1/);
    expect(errors).toEqual([]);
  });
});
