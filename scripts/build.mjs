// Bundles main.ts and everything it imports, dependencies included, into one file, dist/main.js (esbuild, under a
// second). Type checking is its own step (`npm run typecheck`). One file spares Node resolving and opening the
// hundreds of modules of cdktf, its dependencies and the providers on every synth (about 14 % of a synth, measured
// interleaved); deep provider imports keep the bundle to the resources we use. `buildIfStale` skips the work when
// no source (nor package-lock.json) is newer than the bundle.
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
// Loaded only when something is rebuilt: a synth with an up-to-date bundle does not pay for it.
const buildSync = (options) => require("esbuild").buildSync(options);
const outfile = join(root, "dist", "main.js");
// Everything in the project can feed the bundle except these (a new source folder needs no change here).
const NOT_SOURCES = new Set(["node_modules", "dist", ".git", "test", "docs", "coverage", "scripts", ".github", ".ci"]);

export function build() {
  buildSync({
    entryPoints: [join(root, "main.ts")],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    sourcemap: "external",
    logLevel: "warning",
  });
  return outfile;
}

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, entry) => Math.max(max, newestMtime(join(path, entry))), stat.mtimeMs);
}

export function buildIfStale() {
  const built = existsSync(outfile) ? statSync(outfile).mtimeMs : 0;
  const entries = readdirSync(root).filter((e) => !NOT_SOURCES.has(e) && !e.startsWith("cdktf.out") && !e.startsWith("terraform."));
  const newest = Math.max(...entries.map((e) => newestMtime(join(root, e))));
  return newest < built ? outfile : build();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) build();

/** Bundles one TypeScript module of ours into dist/scripts/ and loads it (for scripts that reuse project code). */
export function loadTs(file) {
  const entry = join(root, file);
  const out = join(root, "dist", "scripts", file.replace(/[\\/]/g, "_").replace(/\.ts$/, ".js"));
  buildSync({ entryPoints: [entry], outfile: out, bundle: true, platform: "node", target: "node20", format: "cjs", packages: "external", logLevel: "warning" });
  return require(out);
}
