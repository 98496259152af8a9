// Runs a TypeScript entry point of ours without a type-checking runner (esbuild bundle, dependencies external).
// Usage: node scripts/run-ts.mjs scripts/<file>.ts
import { relative, resolve } from "node:path";
import { loadTs, root } from "./build.mjs";

loadTs(relative(root, resolve(process.argv[2])));
