import { Construct } from "constructs";
import { LocalBackend, S3Backend, TerraformStack } from "cdktf";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { EnvironmentConfig } from "../config/schema";

export type Layer = "aws" | "kubernetes" | "harbor";

/** `<environment>-<layer>`: `cdktf deploy 'prod-*'` selects one environment. */
export function stackName(env: EnvironmentConfig, layer: Layer): string {
  return `${env.name}-${layer}`;
}

/** Tags and labels every resource of an environment carries; the one place they are defined. */
export function environmentTags(env: EnvironmentConfig): Record<string, string> {
  return { environment: env.name, project: env.project, "managed-by": "cdktf" };
}

/**
 * A stack of one environment's layer, with its own state: an S3 key per stack (encrypted with the configured
 * KMS key, S3-native locking), or a local file in the project root for the example environments.
 */
export abstract class EnvironmentStack extends TerraformStack {
  readonly environment: EnvironmentConfig;
  readonly namePrefix: string;

  constructor(scope: Construct, env: EnvironmentConfig, layer: Layer) {
    const name = stackName(env, layer);
    super(scope, name);
    this.environment = env;
    this.namePrefix = `${env.project}-${env.name}`;
    const state = env.state;
    if (state.backend === "s3") {
      new S3Backend(this, {
        bucket: state.bucket,
        key: `${state.keyPrefix ?? `${env.project}/${env.name}`}/${name}.tfstate`,
        region: state.region,
        encrypt: true,
        kmsKeyId: state.kmsKeyArn,
      });
      // cdktf 0.21's S3Backend has no useLockfile; S3-native locking needs Terraform >= 1.10.
      this.addOverride("terraform.backend.s3.use_lockfile", true);
    } else {
      // Terraform runs in cdktf.out/stacks/<name>; keep the state in the project root so that cleaning
      // cdktf.out never deletes it (and the path is the same on every machine).
      new LocalBackend(this, { path: `../../../terraform.${name}.tfstate` });
    }
  }

  /** The aws provider every layer uses: the environment's region, account guard and default tags. */
  protected addAwsProvider(region: string): AwsProvider {
    const env = this.environment;
    return new AwsProvider(this, "aws", {
      region,
      allowedAccountIds: env.aws.allowedAccountIds.length > 0 ? [...env.aws.allowedAccountIds] : undefined,
      defaultTags: [{ tags: environmentTags(env) }],
    });
  }
}
