// Runs a TypeScript entry point of ours without a type-checking runner: bundles it with esbuild (dependencies
// external) into dist/scripts/ and runs it. Usage: node scripts/run-ts.mjs scripts/<file>.ts [args]
import { buildSync } from "esbuild";
import { createRequire } from "node:module";
import { basename, join, resolve } from "node:path";
import { root } from "./build.mjs";

const entry = resolve(process.argv[2]);
const outfile = join(root, "dist", "scripts", basename(entry).replace(/\.ts$/, ".js"));
buildSync({ entryPoints: [entry], outfile, bundle: true, platform: "node", target: "node20", format: "cjs", packages: "external", logLevel: "warning" });
createRequire(import.meta.url)(outfile);
