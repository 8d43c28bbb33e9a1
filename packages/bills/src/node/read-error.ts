import { CivicError, isCivicError } from "@civickit/core/errors";
import { BillFormatError } from "../billstatus-xml.js";

/** What stopped one file, as a CivicError: the parser's own, or READ_FAILED for a file that could not be read. */
export function asCivic(error: unknown, file: string): CivicError {
  if (isCivicError(error)) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return new BillFormatError("READ_FAILED", `cannot read ${file}: ${code ?? (error instanceof Error ? error.message : String(error))}`, { where: { file }, cause: error });
}
