import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// @civickit/core runs in browsers as well as Node: its source may use no Node built-ins.
const srcDir = join(import.meta.dirname, "../src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

describe("portability", () => {
  const files = sourceFiles(srcDir);
  it("finds the sources", () => {
    expect(files.length).toBeGreaterThan(10);
  });
  it.each(files.map((f) => [relative(srcDir, f), f]))("%s uses no Node built-ins", (_, file) => {
    const code = readFileSync(file, "utf8");
    expect(code).not.toMatch(/from\s+["'](node:|fs|path|os|url|util|stream|buffer|worker_threads)["'/]/);
    expect(code).not.toMatch(/\b(process\.|Buffer\.|require\()/);
  });
});
