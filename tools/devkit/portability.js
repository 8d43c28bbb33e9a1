import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

/**
 * Checks that a package's source uses no Node built-ins, so that it runs in browsers as well as Node. `nodeOnly` names
 * directories under `srcDir` that are explicit Node entry points (they may use Node; nothing else may import them).
 */
export function describePortableSource(srcDir, options = {}) {
  const nodeOnly = (options.nodeOnly ?? []).map((d) => join(srcDir, d));
  describe("portability", () => {
    const all = sourceFiles(srcDir);
    const files = all.filter((f) => !nodeOnly.some((d) => f.startsWith(d + "/")));
    if (nodeOnly.length > 0) {
      it.each(files.map((f) => [relative(srcDir, f), f]))("%s does not import the Node entry points", (_, file) => {
        const code = readFileSync(file, "utf8");
        for (const d of options.nodeOnly) expect(code).not.toMatch(new RegExp(`from\\s+["'][./]*${d}/`));
      });
    }
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
