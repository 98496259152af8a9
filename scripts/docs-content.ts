import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App } from "cdktf";
import { environmentJsonSchema } from "../config/json-schema";
import { RULES } from "../guardrails/rules";
import { architectureDoc, configurationDoc, guardrailsDoc } from "../lib/docs";
import { buildApp } from "../main";

/** The example environment's stacks, synthesized as `cdktf synth` would, with the manifest's dependencies. */
function synthesizeExample() {
  const outdir = mkdtempSync(join(tmpdir(), "docs-"));
  try {
    const app = new App({ outdir });
    buildApp(app, ["example"]);
    app.synth();
    const manifest = JSON.parse(readFileSync(join(outdir, "manifest.json"), "utf8"));
    const stacks: Record<string, object> = {};
    const dependencies: Record<string, string[]> = {};
    for (const [name, entry] of Object.entries<{ synthesizedStackPath: string; dependencies: string[] }>(manifest.stacks)) {
      stacks[name] = JSON.parse(readFileSync(join(outdir, entry.synthesizedStackPath), "utf8"));
      dependencies[name] = entry.dependencies;
    }
    return { stacks, dependencies };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** Every generated document by its path in the project. */
export function generatedDocs(): Record<string, string> {
  const { stacks, dependencies } = synthesizeExample();
  return {
    "docs/architecture.md": architectureDoc("example", stacks, dependencies),
    "docs/configuration.md": configurationDoc(environmentJsonSchema() as never),
    "docs/guardrails.md": guardrailsDoc(RULES),
  };
}
