import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/**
 * Bundles a snippet for the browser as an app would (minified, tree-shaken, the packages read from their sources through
 * the "@civickit/source" condition) and gives its size: what a one-function import really costs.
 *
 * @param {string} code - e.g. `export { parseBillId } from "@civickit/core";`
 * @param {string} resolveDir - where the imports resolve from (a package directory).
 * @returns {Promise<{ text: string, bytes: number, gzipBytes: number }>}
 */
export async function bundleSize(code, resolveDir) {
  const result = await build({
    stdin: { contents: code, resolveDir, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    conditions: ["@civickit/source"],
    write: false,
    logLevel: "silent",
  });
  const text = result.outputFiles[0].text;
  return { text, bytes: Buffer.byteLength(text), gzipBytes: gzipSync(text).length };
}
