export declare function describePortableSource(srcDir: string, options?: { nodeOnly?: string[] }): void;
