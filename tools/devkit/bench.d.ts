export interface BenchCase {
  name: string;
  fn: () => unknown;
  bytes?: number;
  items?: number;
  baseline?: boolean;
}
export interface BenchRow {
  suite: string;
  name: string;
  baseline: boolean;
  msPerRun: number;
  mbPerSec: number | null;
  itemsPerSec: number | null;
  ratio: number;
}
export declare function runSuite(pkg: string, title: string, cases: BenchCase[]): BenchRow[];
