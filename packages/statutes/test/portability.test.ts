import { join } from "node:path";
import { describePortableSource } from "@civickit/devkit/portability";

// @civickit/statutes runs in browsers as well as Node: its source may use no Node built-ins.
describePortableSource(join(import.meta.dirname, "../src"));
