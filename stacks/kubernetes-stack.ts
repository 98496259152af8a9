import { Construct } from "constructs";
import { TerraformOutput } from "cdktf";
import { NamespaceV1 } from "@cdktf/provider-kubernetes/lib/namespace-v1";
import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import { TlsProvider } from "@cdktf/provider-tls/lib/provider";
import { EnvironmentConfig } from "../config/schema";
import { ClusterAccess } from "../constructs/kubernetes/cluster-access";
import { EfsStorage } from "../constructs/kubernetes/efs-storage";
import { ExternalDns } from "../constructs/kubernetes/external-dns";
import { HarborRelease } from "../constructs/kubernetes/harbor-release";
import { ADMIN_USERNAME, HarborSecrets } from "../constructs/kubernetes/harbor-secrets";
import { harborValues } from "../constructs/kubernetes/harbor-values";
import { LoadBalancerController } from "../constructs/kubernetes/load-balancer-controller";
import { EnvironmentStack, environmentTags } from "./environment-stack";
import { KubernetesLayerInputs, KubernetesLayerOutputs } from "./interfaces";

export const HARBOR_STORAGE_CLASS = "efs-harbor";
export const HARBOR_CLAIMS = { registry: "harbor-registry", jobLogs: "harbor-jobservice-logs" } as const;

/** The Kubernetes layer's inputs from an existing cluster and data stores described in the config. */
export function inputsFromExisting(env: EnvironmentConfig): KubernetesLayerInputs {
  const existing = env.kubernetes.existing;
  if (!existing) throw new Error(`${env.name}.kubernetes.existing: required when kubernetes.source is existing`);
  return {
    region: env.aws.region,
    vpcId: existing.vpcId,
    clusterName: existing.clusterName,
    database: existing.database,
    cache: existing.cache,
    fileSystemId: existing.fileSystemId,
    certificateArn: existing.certificateArn,
    hostedZoneId: existing.hostedZoneId,
    secretsKmsKeyArn: existing.secretsKmsKeyArn,
    roles: existing.roles,
  };
}

/**
 * `<env>-kubernetes`: Harbor in high availability on EKS through its official chart, with the ALB controller
 * and ExternalDNS, on the data stores of `KubernetesLayerInputs`. Publishes `KubernetesLayerOutputs`.
 */
export class KubernetesLayerStack extends EnvironmentStack {
  readonly outputs: KubernetesLayerOutputs;

  constructor(scope: Construct, env: EnvironmentConfig, inputs: KubernetesLayerInputs) {
    super(scope, env, "kubernetes");
    const tags = environmentTags(env);
    this.addAwsProvider(inputs.region);
    new RandomProvider(this, "random");
    new TlsProvider(this, "tls");
    new ClusterAccess(this, "cluster-access", { clusterName: inputs.clusterName, region: inputs.region });

    const ns = env.kubernetes.namespace;
    const namespace = new NamespaceV1(this, "namespace", {
      metadata: {
        name: ns,
        labels: {
          "app.kubernetes.io/part-of": "harbor",
          "app.kubernetes.io/managed-by": tags["managed-by"],
          environment: env.name,
          // Harbor's containers drop all capabilities and run as uid 10000: enforce baseline, warn on restricted.
          "pod-security.kubernetes.io/enforce": "baseline",
          "pod-security.kubernetes.io/warn": "restricted",
          "pod-security.kubernetes.io/audit": "restricted",
        },
      },
    });
    const namespaceName = namespace.metadata.name;

    const secrets = new HarborSecrets(this, "secrets", {
      namespace: namespaceName,
      namePrefix: this.namePrefix,
      databaseSecretArn: inputs.database.secretArn,
      cacheSecretArn: inputs.cache.secretArn,
      secretsKmsKeyArn: inputs.secretsKmsKeyArn,
      recoveryWindowDays: env.disposable ? 0 : 30,
    });

    const storage = new EfsStorage(this, "storage", {
      fileSystemId: inputs.fileSystemId,
      namespace: namespaceName,
      storageClassName: HARBOR_STORAGE_CLASS,
      claims: { [HARBOR_CLAIMS.registry]: { sizeGiB: env.harbor.storage.registrySizeGiB }, [HARBOR_CLAIMS.jobLogs]: { sizeGiB: 10 } },
    });

    const lbc = new LoadBalancerController(this, "load-balancer-controller", {
      clusterName: inputs.clusterName,
      region: inputs.region,
      vpcId: inputs.vpcId,
      roleArn: inputs.roles.loadBalancerController,
      chartVersion: env.kubernetes.loadBalancerController.chartVersion,
      replicas: env.kubernetes.loadBalancerController.replicas,
      tags,
    });
    new ExternalDns(this, "external-dns", {
      region: inputs.region,
      roleArn: inputs.roles.externalDns,
      zoneName: env.dns.zoneName,
      hostedZoneId: inputs.hostedZoneId,
      ownerId: this.namePrefix,
      chartVersion: env.kubernetes.externalDns.chartVersion,
    });

    const values = harborValues({
      registryHost: env.dns.registryHost,
      certificateArn: inputs.certificateArn,
      ingress: env.kubernetes.ingress,
      replicas: env.harbor.replicas,
      database: { ...inputs.database, sslMode: env.harbor.databaseSslMode },
      databaseConnectionBudget: env.database.maxConnections,
      cache: inputs.cache,
      claims: HARBOR_CLAIMS,
      storageClassName: HARBOR_STORAGE_CLASS,
      trivyCacheSizeGiB: env.harbor.storage.trivyCacheSizeGiB,
      s3: env.harbor.storage.s3,
      serviceMonitor: env.harbor.serviceMonitor,
      credentialsVersion: secrets.credentialsVersion,
    });
    new HarborRelease(this, "harbor", {
      namespace: namespaceName,
      chartVersion: env.harbor.chartVersion,
      values,
      dependsOn: [...secrets.secrets, ...Object.values(storage.claims), lbc.release],
    });

    const registryUrl = `https://${env.dns.registryHost}`;
    this.outputs = {
      region: inputs.region,
      registryUrl,
      adminUsername: ADMIN_USERNAME,
      adminSecretArn: secrets.adminSecretArn,
      namespace: ns,
      clusterName: inputs.clusterName,
      secretsKmsKeyArn: inputs.secretsKmsKeyArn,
    };

    new TerraformOutput(this, "registry_url", { value: registryUrl, description: "Harbor's UI and registry endpoint (docker login <host>)" });
    new TerraformOutput(this, "admin_secret_arn", { value: secrets.adminSecretArn, description: "Secrets Manager secret with the admin credentials" });
    new TerraformOutput(this, "admin_password_command", {
      value: `aws secretsmanager get-secret-value --region ${inputs.region} --secret-id ${secrets.adminSecretArn} --query SecretString --output text | jq -r .password`,
      description: "Prints the initial admin password (the value itself is never an output)",
    });
  }
}
