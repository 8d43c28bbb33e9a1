import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

/** Checks that a package's source uses no Node built-ins, so that it runs in browsers as well as Node. */
export function describePortableSource(srcDir) {
  describe("portability", () => {
    const files = sourceFiles(srcDir);
    it("finds the sources", () => {
      expect(files.length).toBeGreaterThan(3);
    });
    it.each(files.map((f) => [relative(srcDir, f), f]))("%s uses no Node built-ins", (_, file) => {
      const code = readFileSync(file, "utf8");
      expect(code).not.toMatch(/from\s+["'](node:|fs|path|os|url|util|stream|buffer|worker_threads|child_process)["'/]/);
      expect(code).not.toMatch(/\b(process\.|Buffer\.|require\()/);
    });
  });
}
