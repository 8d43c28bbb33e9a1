/**
 * Where a problem is. Every field is optional: a parser fills in what it knows (a file name from the caller, a
 * line and column from the XML reader, the XML path of the element being read, the span of text in a string input).
 */
export interface CivicErrorLocation {
  /** The file or source name the caller gave. */
  file?: string;
  /** 1-based line. */
  line?: number;
  /** 1-based column, in UTF-16 code units. */
  column?: number;
  /** The XML path of the element, such as `/billStatus/bill/actions/item[3]`. */
  path?: string;
  /** Start and end offsets (JS string indices) of the offending text. */
  span?: readonly [number, number];
}

/**
 * The machine-readable codes civickit raises. Packages add their own; the union stays open so that a newer package
 * does not break code that switches on an older list.
 */
export type CivicErrorCode =
  | "INVALID_ID"
  | "INVALID_DATE"
  | "INVALID_ARGUMENT"
  | "VALIDATION"
  | "XML_SYNTAX"
  | "XML_DEPTH"
  | "XML_ENTITY"
  | "XML_TRUNCATED"
  | (string & {});

export interface CivicErrorOptions {
  where?: CivicErrorLocation;
  /** The input that was rejected, when it is short enough to be worth showing (identifiers, dates). */
  input?: string;
  cause?: unknown;
}

function describeWhere(where: CivicErrorLocation | undefined): string {
  if (!where) return "";
  const parts: string[] = [];
  if (where.file) parts.push(where.file);
  if (where.line !== undefined) parts.push(where.column !== undefined ? `line ${where.line}, column ${where.column}` : `line ${where.line}`);
  if (where.path) parts.push(`at ${where.path.length > 160 ? "…" + where.path.slice(-160) : where.path}`);
  if (parts.length === 0 && where.span) parts.push(`at offset ${where.span[0]}`);
  return parts.length ? ` (${parts.join(", ")})` : "";
}

/**
 * The one error type civickit throws. `code` is for programs, `message` for people, `where` says where the problem is.
 *
 * @example
 * ```ts
 * try {
 *   parseBillId("H.X. 12");
 * } catch (error) {
 *   if (error instanceof CivicError && error.code === "INVALID_ID") console.error(error.message);
 * }
 * ```
 */
export class CivicError extends Error {
  override name = "CivicError";
  readonly code: CivicErrorCode;
  readonly where: CivicErrorLocation | undefined;
  readonly input: string | undefined;
  /** The message without the location suffix. */
  readonly reason: string;

  constructor(code: CivicErrorCode, reason: string, options: CivicErrorOptions = {}) {
    super(reason + describeWhere(options.where), options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.reason = reason;
    this.where = options.where;
    this.input = options.input;
  }

  /** A plain object for logs and JSON output. */
  toJSON(): { name: string; code: string; message: string; where?: CivicErrorLocation; input?: string } {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      ...(this.where ? { where: this.where } : {}),
      ...(this.input !== undefined ? { input: this.input } : {}),
    };
  }
}

/**
 * An identifier (bill, law, amendment, vote) that could not be read, or could not be written in the style asked.
 *
 * @example
 * ```ts
 * new IdentifierError("no bill type in \"1865\"", "1865").code; // "INVALID_ID"
 * ```
 */
export class IdentifierError extends CivicError {
  override name = "IdentifierError";
  constructor(reason: string, input: string, options: Omit<CivicErrorOptions, "input"> = {}) {
    super("INVALID_ID", reason, { ...options, input });
  }
}

/**
 * XML that is not well formed, too deep, or uses entities civickit refuses to expand.
 *
 * @example
 * ```ts
 * err.code; // "XML_SYNTAX" | "XML_DEPTH" | "XML_ENTITY" | "XML_TRUNCATED"
 * err.where; // { file, line, column, path }
 * ```
 */
export class XmlError extends CivicError {
  override name = "XmlError";
}

/** One failed check of a model against its schema. */
export interface ValidationIssue {
  path: string;
  message: string;
}

/**
 * Data that was read but does not fit the model's schema (a missing bill number, a date that is not a date).
 *
 * @example
 * ```ts
 * err.issues; // [{ path: "number", message: "Too small: expected number to be >=1" }]
 * ```
 */
export class ValidationError extends CivicError {
  override name = "ValidationError";
  readonly issues: readonly ValidationIssue[];
  constructor(reason: string, issues: readonly ValidationIssue[], options: CivicErrorOptions = {}) {
    super("VALIDATION", reason, options);
    this.issues = issues;
  }
}

/**
 * A result that is either a value or the error that prevented it, for the non-throwing `safeParseX` functions.
 */
export type SafeResult<T, E extends CivicError = CivicError> = { success: true; data: T } | { success: false; error: E };

/**
 * Is this value a {@link CivicError}? Works across copies of the package (bundled twice, or across realms).
 *
 * @example
 * ```ts
 * isCivicError(new CivicError("INVALID_ID", "bad")); // true
 * ```
 */
export function isCivicError(value: unknown): value is CivicError {
  return value instanceof CivicError || (value instanceof Error && typeof (value as { code?: unknown }).code === "string" && "reason" in value);
}
