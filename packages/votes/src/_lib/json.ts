import { VoteFormatError } from "./errors.js";

/** A JSON object (not an array, not null), or undefined. */
export function asObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** Parses JSON text, or takes an already-parsed value. */
export function readJson(input: unknown, file: string | undefined): unknown {
  if (typeof input !== "string") return input;
  try {
    return JSON.parse(input) as unknown;
  } catch (error) {
    throw new VoteFormatError("JSON_SYNTAX", `not JSON: ${error instanceof Error ? error.message : String(error)}`, { where: { file }, cause: error });
  }
}

export function str(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() === "" ? undefined : value.trim();
  if (typeof value === "number") return String(value);
  return undefined;
}
