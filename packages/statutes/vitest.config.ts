import { civickitVitestConfig } from "../../vitest.shared.js";

export default civickitVitestConfig(import.meta.dirname);
