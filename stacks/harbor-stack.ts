import { Construct } from "constructs";
import { TerraformOutput } from "cdktf";
import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import { EnvironmentConfig } from "../config/schema";
import { HarborAccess } from "../constructs/harbor/harbor-access";
import { PullSecretGrant, PullSecrets } from "../constructs/harbor/pull-secrets";
import { RegistryEndpoint, ReplicationRule } from "../constructs/harbor/registry-endpoint";
import { RegistryProject } from "../constructs/harbor/registry-project";
import { Robot } from "../constructs/harbor/robot";
import { SecretSources } from "../constructs/aws/secret-sources";
import { OidcLogin, SystemSettings } from "../constructs/harbor/system-settings";
import { ClusterAccess } from "../constructs/kubernetes/cluster-access";
import { EnvironmentStack } from "./environment-stack";
import { HarborLayerInputs } from "./interfaces";

/** The Harbor layer's inputs for an existing Harbor described in the config. */
export function harborFromExisting(env: EnvironmentConfig): HarborLayerInputs {
  const existing = env.registry.existing;
  if (!existing) throw new Error(`${env.name}.registry.existing: required when registry.source is existing`);
  return { region: env.aws.region, registryUrl: existing.url, clusterName: existing.clusterName, secretsKmsKeyArn: existing.secretsKmsKeyArn };
}

/**
 * `<env>-harbor`: registry as code. Projects, robots (with pull secrets delivered to namespaces), remote
 * registries, replication, proxy caches, webhooks, OIDC and the system schedules, from the environment config.
 */
export class HarborLayerStack extends EnvironmentStack {
  constructor(scope: Construct, env: EnvironmentConfig, inputs: HarborLayerInputs) {
    super(scope, env, "harbor");
    const reg = env.registry;
    this.addAwsProvider(inputs.region);
    new RandomProvider(this, "random");
    const secrets = new SecretSources(this, "secret-sources");
    const adminArn = inputs.adminSecretArn;
    const admin = adminArn ? { username: secrets.field(adminArn, "username", "admin"), password: secrets.field(adminArn, "password", "admin") } : undefined;
    const harbor = new HarborAccess(this, "harbor-access", { url: inputs.registryUrl, admin, insecure: reg.insecure });

    new SystemSettings(this, "system", { settings: reg.system });
    if (reg.oidc) new OidcLogin(this, "oidc", { settings: reg.oidc, secrets });

    const endpoints = Object.fromEntries(
      Object.entries(reg.registries).map(([name, settings]) => [name, new RegistryEndpoint(this, `registry-${name}`, { name, settings, secrets })]),
    );
    const projects = Object.fromEntries(
      Object.entries(reg.projects).map(([name, settings]) => [
        name,
        new RegistryProject(this, `project-${name}`, {
          name,
          settings,
          proxyRegistryId: settings.proxyCache ? endpoints[settings.proxyCache.registry].registryId : undefined,
          secrets,
        }),
      ]),
    );
    for (const [name, settings] of Object.entries(reg.replications)) {
      new ReplicationRule(this, `replication-${name}`, { name, settings, registryId: endpoints[settings.registry].registryId });
    }

    const projectNames = Object.fromEntries(Object.entries(projects).map(([name, p]) => [name, p.name]));
    const grants: PullSecretGrant[] = [];
    for (const [name, settings] of Object.entries(reg.robots)) {
      const robot = new Robot(this, `robot-${name}`, {
        name,
        settings,
        projectNames,
        namePrefix: this.namePrefix,
        registryHost: harbor.host,
        secretsKmsKeyArn: inputs.secretsKmsKeyArn,
        recoveryWindowDays: env.disposable ? 0 : 30,
      });
      new TerraformOutput(this, `robot_${name.replace(/[^a-zA-Z0-9_]/g, "_")}_secret_arn`, {
        value: robot.secretArn,
        description: `Secrets Manager secret with robot ${name}'s credentials`,
      });
      if (settings.pullSecrets) {
        grants.push({
          secretName: settings.pullSecrets.secretName ?? `harbor-${name}`.replace(/[^a-z0-9-]/g, "-"),
          namespaces: settings.pullSecrets.namespaces,
          username: robot.fullName,
          password: robot.password,
          patchDefaultServiceAccount: settings.pullSecrets.patchDefaultServiceAccount,
        });
      }
    }
    if (grants.length > 0) {
      if (!inputs.clusterName) throw new Error(`${env.name}.registry: pull secrets need a cluster (registry.existing.clusterName)`);
      new ClusterAccess(this, "cluster-access", { clusterName: inputs.clusterName, region: inputs.region });
      new PullSecrets(this, "pull-secrets", { registryHost: harbor.host, grants });
    }
  }
}
