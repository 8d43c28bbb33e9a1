// The package READMEs document every export: a name added to a package's entry point without a line in its README
// fails here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";

const packages = ["core", "citations", "bills", "votes", "statutes", "cli"] as const;

it.each(packages)("the README of @civickit/%s names every export", async (name) => {
  const mod = (await import(`@civickit/${name}`)) as Record<string, unknown>;
  const readme = readFileSync(join(import.meta.dirname, "..", "..", name, "README.md"), "utf8");
  const names = Object.keys(mod);
  expect(names.length).toBeGreaterThan(3);
  expect(names.filter((n) => !readme.includes(n))).toEqual([]);
});
