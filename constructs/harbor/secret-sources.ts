import { Construct } from "constructs";
import { Fn, TerraformVariable } from "cdktf";
import { DataAwsSecretsmanagerSecretVersion } from "@cdktf/provider-aws/lib/data-aws-secretsmanager-secret-version";
import { SecretRef } from "../../config/registry-schema";

/**
 * Turns the config's secret references into Terraform expressions: a Secrets Manager secret read at plan time,
 * or a sensitive variable set through TF_VAR_<name>. Each source is declared once however often it is used.
 * The synthesized JSON only ever holds the reference, never the value.
 */
export class SecretSources extends Construct {
  private readonly secrets = new Map<string, DataAwsSecretsmanagerSecretVersion>();
  private readonly variables = new Map<string, TerraformVariable>();

  resolve(ref: SecretRef): string {
    if ("fromEnvironment" in ref) {
      let variable = this.variables.get(ref.fromEnvironment);
      if (!variable) {
        variable = new TerraformVariable(this, ref.fromEnvironment, {
          type: "string",
          sensitive: true,
          nullable: false,
          description: `Set with TF_VAR_${ref.fromEnvironment}`,
        });
        // A stable variable name, so that TF_VAR_<name> is what the user wrote.
        variable.overrideLogicalId(ref.fromEnvironment);
        this.variables.set(ref.fromEnvironment, variable);
      }
      return variable.stringValue;
    }
    let secret = this.secrets.get(ref.secretsManagerArn);
    if (!secret) {
      secret = new DataAwsSecretsmanagerSecretVersion(this, `secret-${this.secrets.size}`, { secretId: ref.secretsManagerArn });
      this.secrets.set(ref.secretsManagerArn, secret);
    }
    return ref.jsonKey ? Fn.lookup(Fn.jsondecode(secret.secretString), ref.jsonKey) : secret.secretString;
  }
}
