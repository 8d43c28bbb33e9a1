// A worker of parseBillStatusFiles: reads and parses the files it is sent, one at a time, and posts back each Bill
// (or what went wrong, as plain data).
import { readFile } from "node:fs/promises";
import { parentPort } from "node:worker_threads";
import { isCivicError } from "@civickit/core/errors";
import { parseBillStatusXml } from "../billstatus-xml.js";

interface Job {
  id: number;
  file: string;
}

parentPort?.on("message", (job: Job) => {
  void (async () => {
    try {
      const xml = await readFile(job.file, "utf8");
      parentPort?.postMessage({ id: job.id, bill: parseBillStatusXml(xml, { file: job.file }) });
    } catch (error) {
      parentPort?.postMessage({
        id: job.id,
        error: isCivicError(error)
          ? { code: error.code, message: error.message, where: error.where ?? null }
          : { code: "READ_FAILED", message: error instanceof Error ? error.message : String(error), where: { file: job.file } },
      });
    }
  })();
});
