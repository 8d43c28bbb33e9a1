export { run, nodeIo } from "./run.js";
export { EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE, UsageError, type CliIo, type OutputFormat } from "./io.js";
