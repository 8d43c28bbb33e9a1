export { parseUslm, listSections, allProvisions, textOf, UslmError, LEVELS, type UslmDocument, type Provision, type ProvisionNote, type SectionSummary, type Level } from "./uslm.js";
export { getProvision, provisionText, usCodeReferences } from "./provisions.js";
export { identifierToCitation, citationToIdentifier } from "./identifiers.js";
export { lawInfo, amendments, popularNames, type LawInfo, type Amendment } from "./laws.js";
export { streamSections } from "./stream.js";
