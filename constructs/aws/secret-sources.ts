import { createHash } from "node:crypto";
import { Construct } from "constructs";
import { Fn, TerraformVariable, Token } from "cdktf";
import { DataAwsSecretsmanagerSecretVersion } from "@cdktf/provider-aws/lib/data-aws-secretsmanager-secret-version";
import { SecretRef } from "../../config/registry-schema";

/**
 * Where a stack reads secrets from: Secrets Manager secrets read at plan time, and sensitive variables set through
 * TF_VAR_<name>. Each source is declared once however often it is used, under an id that does not depend on the
 * order of use. The synthesized JSON only ever holds the reference, never the value.
 */
export class SecretSources extends Construct {
  private readonly secrets = new Map<string, DataAwsSecretsmanagerSecretVersion>();
  private readonly variables = new Map<string, TerraformVariable>();

  /**
   * The current version of a Secrets Manager secret. A literal ARN is named after its hash; an ARN that is a
   * reference (another stack's output) needs a `name`.
   */
  version(arn: string, name?: string): DataAwsSecretsmanagerSecretVersion {
    const key = name ?? arn;
    let secret = this.secrets.get(key);
    if (!secret) {
      if (name === undefined && Token.isUnresolved(arn)) throw new Error(`${this.node.path}: name the secret read from a reference`);
      const id = name ?? `secret-${createHash("sha256").update(arn).digest("hex").slice(0, 12)}`;
      secret = new DataAwsSecretsmanagerSecretVersion(this, id, { secretId: arn });
      this.secrets.set(key, secret);
    }
    return secret;
  }

  /** One key of a JSON secret. */
  field(arn: string, key: string, name?: string): string {
    return Fn.lookup(Fn.jsondecode(this.version(arn, name).secretString), key);
  }

  /** A secret reference from the config. */
  resolve(ref: SecretRef): string {
    if ("fromEnvironment" in ref) return this.variable(ref.fromEnvironment);
    return ref.jsonKey ? this.field(ref.secretsManagerArn, ref.jsonKey) : this.version(ref.secretsManagerArn).secretString;
  }

  private variable(name: string): string {
    let variable = this.variables.get(name);
    if (!variable) {
      variable = new TerraformVariable(this, name, { type: "string", sensitive: true, nullable: false, description: `Set with TF_VAR_${name}` });
      // A stable variable name, so that TF_VAR_<name> is what the user wrote.
      variable.overrideLogicalId(name);
      this.variables.set(name, variable);
    }
    return variable.stringValue;
  }
}
