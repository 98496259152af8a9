// The cdktf `app` command: rebuilds dist/main.js when a source changed (so `cdktf deploy` never runs stale code)
// and synthesizes. Run directly (`npm run synth`) it writes cdktf.out itself; under the cdktf CLI it writes
// where the CLI says (CDKTF_OUTDIR).
import { createRequire } from "node:module";
import { buildIfStale } from "./build.mjs";

// cdktf captures and formats a full stack trace for every token it creates (thousands per synth) only to quote it
// in errors about unresolvable tokens; that formatting is about a tenth of a synth here (npm run bench). Real
// errors keep their stack traces. HARBOR_TOKEN_TRACES=1 restores cdktf's token traces for debugging.
if (!process.env.HARBOR_TOKEN_TRACES) {
  Error.prepareStackTrace = (error, frames) => (error instanceof Error ? `${error}\n${frames.map((f) => `    at ${f}`).join("\n")}` : "");
}

const require = createRequire(import.meta.url);
require(buildIfStale()).main();
