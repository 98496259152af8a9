import { existsSync, readFileSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { App, TerraformStack } from "cdktf";
import { ConfigError, loadEnvironments } from "./config/load";
import { Guardrails } from "./guardrails/engine";
import { findLiteralSecrets } from "./guardrails/literal-secrets";
import { RULES } from "./guardrails/rules";
import { AwsLayerStack } from "./stacks/aws-stack";
import { harborFromExisting, HarborLayerStack } from "./stacks/harbor-stack";
import { inputsFromExisting, KubernetesLayerStack } from "./stacks/kubernetes-stack";

/**
 * Builds every environment's stacks into one app: `<env>-aws`, `<env>-kubernetes`, `<env>-harbor`, and registers
 * the guardrails once per stack. An environment that brings its own cluster and data stores
 * (`kubernetes.source: existing`) has no `<env>-aws`; one that configures an existing Harbor
 * (`registry.source: existing`) has only `<env>-harbor`. `only` limits it to some environments.
 */
export function buildApp(app: App, only?: readonly string[]): Guardrails[] {
  const guards: Guardrails[] = [];
  for (const env of loadEnvironments(undefined, only)) {
    const stacks: TerraformStack[] = [];
    if (env.registry.source === "existing") {
      stacks.push(new HarborLayerStack(app, env, harborFromExisting(env)));
    } else {
      const aws = env.kubernetes.source === "existing" ? undefined : new AwsLayerStack(app, env);
      const kubernetes = new KubernetesLayerStack(app, env, aws ? aws.outputs : inputsFromExisting(env));
      stacks.push(...(aws ? [aws] : []), kubernetes, new HarborLayerStack(app, env, kubernetes.outputs));
    }
    const guard = new Guardrails(env, RULES);
    stacks.forEach((stack) => guard.attach(stack));
    guards.push(guard);
  }
  return guards;
}

/** Literal secrets in the synthesized stacks of an output folder. */
export function scanOutput(outdir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(outdir, "manifest.json"), "utf8")) as { stacks: Record<string, { synthesizedStackPath: string }> };
  return Object.entries(manifest.stacks).flatMap(([name, entry]) =>
    findLiteralSecrets(name, JSON.parse(readFileSync(join(outdir, entry.synthesizedStackPath), "utf8"))),
  );
}

/** At most `max` lines per rule id, then a count: one mistake in a 2,000-robot config should not fill the terminal. */
export function capPerRule(lines: readonly string[], max: number): string[] {
  const seen = new Map<string, number>();
  const out: string[] = [];
  for (const line of lines) {
    const id = /\[([A-Z0-9-]+)\]/.exec(line)?.[1] ?? "";
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    if (n <= max) out.push(`  ${line}`);
  }
  for (const [id, n] of seen) if (n > max && id) out.push(`  ... and ${n - max} more [${id}] violations`);
  return out;
}

const OUTDIR = "cdktf.out";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/**
 * Validates all configuration before building anything, runs the guardrails on every stack as it is synthesized,
 * scans the result for literal secrets, and only then replaces cdktf.out with the new output: a failed run never
 * leaves a half-written cdktf.out behind. Under the cdktf CLI (CDKTF_OUTDIR set) the CLI owns the output folder.
 */
export function main(): void {
  const only = process.env.HARBOR_ENVIRONMENTS?.split(",").map((s) => s.trim()).filter(Boolean);
  const cliOutdir = process.env.CDKTF_OUTDIR || undefined;
  const outdir = cliOutdir ?? `${OUTDIR}.staging-${process.pid}`;
  const discard = () => {
    if (!cliOutdir) rmSync(outdir, { recursive: true, force: true });
  };
  const app = new App({ outdir });
  let guards: Guardrails[];
  try {
    guards = buildApp(app, only);
    app.synth();
  } catch (err) {
    discard();
    if (err instanceof ConfigError) fail(err.message);
    if (err instanceof Error && err.message.startsWith("Validation failed")) {
      // cdktf prefixes each line with the stack's path (ours already name the resource) and suggests
      // skipValidation, which would switch the guardrails off: drop both.
      const lines = err.message
        .split("\n")
        .slice(1)
        .filter((l) => l.trim() && !l.includes("skipValidation"))
        .map((l) => l.trim().replace(/^\[[^\]]+\] /, ""));
      fail(`Guardrails failed (waive a rule only with a reason, see README "Guardrails"):\n${capPerRule(lines, 10).join("\n")}`);
    }
    throw err;
  }
  const secrets = scanOutput(outdir);
  if (secrets.length > 0) {
    discard();
    fail(`Guardrails failed: [SECRET-LITERAL] secrets must be references to generated or stored secrets:\n${secrets.map((s) => `  ${s}`).join("\n")}`);
  }
  for (const line of guards.flatMap((g) => g.summary())) console.log(line);
  if (!cliOutdir) {
    if (existsSync(OUTDIR)) rmSync(OUTDIR, { recursive: true, force: true });
    renameSync(outdir, OUTDIR);
  }
}

if (require.main === module) main();
