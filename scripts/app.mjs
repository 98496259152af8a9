// The cdktf `app` command: rebuilds dist/main.js when a source changed (so `cdktf deploy` never runs stale code)
// and synthesizes. Run directly (`npm run synth`) it writes cdktf.out itself; under the cdktf CLI it writes
// where the CLI says (CDKTF_OUTDIR).
import { createRequire } from "node:module";
import { buildIfStale } from "./build.mjs";

const require = createRequire(import.meta.url);
require(buildIfStale()).main();
