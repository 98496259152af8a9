import { existsSync, renameSync, rmSync } from "node:fs";
import { App } from "cdktf";
import { ConfigError, loadEnvironments } from "./config/load";
import { AwsLayerStack } from "./stacks/aws-stack";
import { harborFromExisting, HarborLayerStack } from "./stacks/harbor-stack";
import { inputsFromExisting, KubernetesLayerStack } from "./stacks/kubernetes-stack";

/**
 * Builds every environment's stacks into one app: `<env>-aws`, `<env>-kubernetes`, `<env>-harbor`.
 * An environment that brings its own cluster and data stores (`kubernetes.source: existing`) has no `<env>-aws`;
 * one that configures an existing Harbor (`registry.source: existing`) has only `<env>-harbor`.
 * `only` limits it to some environments.
 */
export function buildApp(app: App, only?: readonly string[]): App {
  for (const env of loadEnvironments(undefined, only)) {
    if (env.registry.source === "existing") {
      // Registry as code for a Harbor that runs elsewhere: only the Harbor layer.
      new HarborLayerStack(app, env, harborFromExisting(env));
      continue;
    }
    const infrastructure = env.kubernetes.source === "existing" ? inputsFromExisting(env) : new AwsLayerStack(app, env).outputs;
    const kubernetes = new KubernetesLayerStack(app, env, infrastructure).outputs;
    new HarborLayerStack(app, env, kubernetes);
  }
  return app;
}

const OUTDIR = "cdktf.out";

/**
 * Validates all configuration before building anything, and synthesizes into a staging folder that replaces
 * cdktf.out only when synthesis succeeded: a failed run never leaves a half-written cdktf.out behind.
 * Under the cdktf CLI (CDKTF_OUTDIR set) the CLI owns the output folder.
 */
export function main(): void {
  const only = process.env.HARBOR_ENVIRONMENTS?.split(",").map((s) => s.trim()).filter(Boolean);
  const cliOutdir = process.env.CDKTF_OUTDIR || undefined;
  const staging = `${OUTDIR}.staging-${process.pid}`;
  const app = new App({ outdir: cliOutdir ?? staging });
  try {
    buildApp(app, only);
    app.synth();
  } catch (err) {
    if (!cliOutdir) rmSync(staging, { recursive: true, force: true });
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  if (!cliOutdir) {
    if (existsSync(OUTDIR)) rmSync(OUTDIR, { recursive: true, force: true });
    renameSync(staging, OUTDIR);
  }
}

if (require.main === module) main();
