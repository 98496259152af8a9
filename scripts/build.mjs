// Transpiles main.ts and everything it imports into one file, dist/main.js (esbuild, ~0.1 s). Type checking
// is its own step (`npm run typecheck`); dependencies stay external and load from node_modules, so deep
// provider imports keep their cost.
import { buildSync } from "esbuild";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");

export function build() {
  buildSync({
    entryPoints: [join(root, "main.ts")],
    outfile: join(root, "dist", "main.js"),
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    packages: "external",
    sourcemap: "inline",
    logLevel: "warning",
  });
  return join(root, "dist", "main.js");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) build();
