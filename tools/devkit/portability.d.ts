export declare function describePortableSource(srcDir: string): void;
