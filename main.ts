import { App } from "cdktf";
import { ConfigError, loadEnvironments } from "./config/load";
import { AwsLayerStack } from "./stacks/aws-stack";

/**
 * Builds every environment's stacks into one app: `<env>-aws`, `<env>-kubernetes`, `<env>-harbor`.
 * HARBOR_ENVIRONMENTS=a,b limits synthesis to some environments.
 */
export function buildApp(app: App, only?: readonly string[]): App {
  for (const env of loadEnvironments(undefined, only)) {
    new AwsLayerStack(app, env);
  }
  return app;
}

/** Validates all configuration first, so an invalid config never produces a partial cdktf.out. */
export function main(): void {
  const only = process.env.HARBOR_ENVIRONMENTS?.split(",").map((s) => s.trim()).filter(Boolean);
  const app = new App();
  try {
    buildApp(app, only);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  app.synth();
}

if (require.main === module) main();
