export declare function describeCorpus(name: string, fn: () => void): void;
