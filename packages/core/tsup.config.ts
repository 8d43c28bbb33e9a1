import { libraryConfig } from "../../tsup.shared.js";

export default libraryConfig(["src/index.ts", "src/ids.ts", "src/calendar.ts", "src/schemas.ts", "src/errors.ts", "src/xml.ts"]);
