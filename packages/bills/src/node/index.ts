// Node entry point of @civickit/bills: reading many BILLSTATUS files from disk, in this thread or spread over worker
// threads. The rest of the package runs anywhere; this part needs Node (files, workers).
import { readFile } from "node:fs/promises";
import { Worker } from "node:worker_threads";
import type { CivicError } from "@civickit/core/errors";
import { BillFormatError, parseBillStatusXml } from "../billstatus-xml.js";
import { asCivic } from "./read-error.js";
import type { Bill } from "../model.js";

/** One input of {@link parseBillStatusFiles}: a Bill, or what went wrong — never neither, never lost. */
export type BulkResult = { file: string; bill: Bill; error: null } | { file: string; bill: null; error: CivicError };

export interface BulkOptions {
  /**
   * Worker threads to spread the parsing over (0, the default, parses in this thread). With workers, results still
   * come in input order, and at most `2 × workers` files are in memory at once.
   */
  workers?: number;
  /** The worker script (the package's own built worker by default; tests point at one built from source). */
  workerUrl?: URL;
}


async function* inOrder(inputs: Iterable<string> | AsyncIterable<string>): AsyncGenerator<string> {
  for await (const file of inputs) yield file;
}

/**
 * Read BILLSTATUS files one by one (or over worker threads) and yield each as a Bill or as the error that stopped it,
 * in input order, with memory bounded by the files in flight rather than by their number.
 *
 * @example
 * ```ts
 * import { parseBillStatusFiles } from "@civickit/bills/node";
 * for await (const { file, bill, error } of parseBillStatusFiles(paths, { workers: 4 })) {
 *   if (error) console.error(`${file}: ${error.message}`);
 *   else console.log(bill.id, bill.status.code);
 * }
 * ```
 */
export async function* parseBillStatusFiles(inputs: Iterable<string> | AsyncIterable<string>, options: BulkOptions = {}): AsyncGenerator<BulkResult> {
  const workers = Math.max(0, Math.floor(options.workers ?? 0));
  if (workers === 0) {
    for await (const file of inOrder(inputs)) {
      try {
        const xml = await readFile(file, "utf8");
        yield { file, bill: parseBillStatusXml(xml, { file }), error: null };
      } catch (error) {
        yield { file, bill: null, error: asCivic(error, file) };
      }
    }
    return;
  }
  yield* withWorkers(inOrder(inputs), workers, options.workerUrl ?? new URL("./worker.js", import.meta.url));
}

interface Reply {
  id: number;
  bill?: Bill;
  error?: { code: string; message: string; where: CivicError["where"] | null };
}

async function* withWorkers(inputs: AsyncGenerator<string>, count: number, url: URL): AsyncGenerator<BulkResult> {
  const pending = new Map<number, { file: string; resolve: (r: BulkResult) => void }>();
  const spawn = (): Worker => {
    const w = new Worker(url);
    w.on("message", (reply: Reply) => {
      const job = pending.get(reply.id);
      if (!job) return;
      pending.delete(reply.id);
      job.resolve(
        reply.bill
          ? { file: job.file, bill: reply.bill, error: null }
          : { file: job.file, bill: null, error: new BillFormatError(reply.error?.code ?? "READ_FAILED", reply.error?.message ?? "failed", { where: reply.error?.where ?? { file: job.file } }) },
      );
    });
    w.on("error", (error) => {
      // A worker that dies fails the jobs it held; it is replaced.
      for (const [id, job] of pending) {
        if (assigned.get(id) === w) {
          pending.delete(id);
          job.resolve({ file: job.file, bill: null, error: asCivic(error, job.file) });
        }
      }
      const i = pool.indexOf(w);
      if (i >= 0) pool[i] = spawn();
    });
    return w;
  };
  const pool: Worker[] = Array.from({ length: count }, spawn);
  const assigned = new Map<number, Worker>();
  const queue: Promise<BulkResult>[] = [];
  let next = 0;
  try {
    for await (const file of inputs) {
      const id = next++;
      const worker = pool[id % count] as Worker;
      queue.push(
        new Promise<BulkResult>((resolve) => {
          pending.set(id, { file, resolve });
          assigned.set(id, worker);
          worker.postMessage({ id, file });
        }),
      );
      while (queue.length >= count * 2) yield await (queue.shift() as Promise<BulkResult>);
    }
    while (queue.length > 0) yield await (queue.shift() as Promise<BulkResult>);
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
