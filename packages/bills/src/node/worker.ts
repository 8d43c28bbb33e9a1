// A worker of parseBillStatusFiles: reads and parses the files it is sent, one at a time, and posts back each Bill
// (or what went wrong, as plain data).
import { readFile } from "node:fs/promises";
import { parentPort } from "node:worker_threads";
import { parseBillStatusXml } from "../billstatus-xml.js";
import { asCivic } from "./read-error.js";

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
      const e = asCivic(error, job.file);
      parentPort?.postMessage({ id: job.id, error: { code: e.code, message: e.reason, where: e.where ?? null } });
    }
  })();
});
