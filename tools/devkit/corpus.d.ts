export declare function corpusLocation(): string;
export declare function corpusDir(): string | null;
export declare function corpusSkipMessage(): string;
export declare function corpusFiles(kind: string, extensions?: readonly string[]): string[];
