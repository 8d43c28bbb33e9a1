import { libraryConfig } from "../../tsup.shared.js";

// Every module an entry: computeOutcome alone then bundles without zod or yaml.
export default libraryConfig(["src/*.ts"]);
