/** Bundles a snippet for the browser as an app would (minified, tree-shaken) and gives its size. */
export function bundleSize(code: string, resolveDir: string): Promise<{ text: string; bytes: number; gzipBytes: number }>;
