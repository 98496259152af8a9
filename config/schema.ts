import { z } from "zod";
import { RegistrySchema } from "./registry-schema";

/**
 * The environment configuration schema. One YAML file per environment under config/environments is parsed
 * through it into a fully defaulted, immutable `EnvironmentConfig`. Every default is the secure, highly
 * available choice; weakening one is an explicit, visible line in the environment file.
 *
 * Descriptions (`.describe`) are the field reference: docs/configuration.md and the JSON Schema used for
 * editor completion are generated from them.
 */

// CloudWatch Logs accepts only these retention periods (PutRetentionPolicy).
export const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
] as const;

const logRetention = (def: number) =>
  z
    .number()
    .int()
    .refine((v) => (LOG_RETENTION_DAYS as readonly number[]).includes(v), {
      error: `must be one of CloudWatch's retention periods (${LOG_RETENTION_DAYS.join(", ")})`,
    })
    .default(def);

const dnsName = z
  .string()
  .regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, {
    error: "must be a lowercase DNS name such as registry.example.com",
  });

const awsRegion = z.string().regex(/^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$/, {
  error: "must be an AWS region code such as eu-west-1",
});

const iamPrincipalArn = z
  .string()
  .regex(/^arn:aws[a-z-]*:(iam|sts)::\d{12}:(role|user|assumed-role)\/[\w+=,.@/-]+$/, {
    error: "must be an IAM role or user ARN",
  });

const eksAddonVersion = z.string().regex(/^v\d+\.\d+\.\d+-eksbuild\.\d+$/, {
  error: "must be an EKS add-on version such as v1.19.5-eksbuild.1 (aws eks describe-addon-versions)",
});

const cidrV4 = z.cidrv4({ error: "must be an IPv4 CIDR block such as 10.0.0.0/16" });

// The subnet layout (constructs/aws/network.ts) carves /19 private and /22 public and data subnets out of a /16.
const vpcCidr = cidrV4.refine((c) => Number(c.split("/")[1]) === 16, { error: "the VPC must be a /16 (the subnet layout carves /19 and /22 subnets)" });

const StateSchema = z
  .discriminatedUnion("backend", [
    z.object({
      backend: z.literal("local").describe("Terraform state in local files next to the project (examples and experiments)."),
    }),
    z.object({
      backend: z.literal("s3").describe("Terraform state in S3, one key per stack, encrypted with a KMS key, S3-native locking."),
      bucket: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { error: "must be an S3 bucket name" }),
      region: awsRegion.describe("Region of the state bucket."),
      kmsKeyArn: z
        .string()
        .regex(/^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(key|alias)\/.+$/, { error: "must be a KMS key or alias ARN" })
        .describe("KMS key that encrypts the state objects."),
      keyPrefix: z
        .string()
        .regex(/^[A-Za-z0-9!_.*'()/-]+$/, { error: "must be an S3 key prefix without spaces" })
        .optional()
        .describe("Prefix of each stack's state key; the key is <prefix>/<stack>.tfstate. @default <project>/<environment>"),
    }),
  ])
  .describe("Where Terraform keeps this environment's state.");

const NetworkSchema = z
  .object({
    cidr: vpcCidr.default("10.0.0.0/16").describe("VPC CIDR block; split into public, private and data subnets per AZ."),
    availabilityZones: z
      .array(z.string().regex(/^[a-z]{2}(-gov)?-[a-z]+-\d[a-z]$/, { error: "must be an availability zone name such as eu-west-1a" }))
      .min(2, { error: "need at least 2 availability zones" })
      .max(4, { error: "at most 4 availability zones are supported by the subnet layout" })
      .refine((azs) => new Set(azs).size === azs.length, { error: "availability zones must be distinct" })
      .describe("Availability zones to spread every tier over. Production should use 3."),
    natGateways: z
      .enum(["perAz", "single"])
      .default("perAz")
      .describe("`perAz`: one NAT gateway per AZ, so losing an AZ does not cut the others off. `single`: one shared gateway (cheaper, a single point of failure)."),
    flowLogRetentionDays: logRetention(365).describe("Retention of VPC flow logs (all traffic) in CloudWatch Logs."),
  })
  .describe("The VPC.");

const DnsSchema = z
  .object({
    zoneName: dnsName.describe("Public Route53 hosted zone that holds the registry record."),
    createZone: z
      .boolean()
      .default(true)
      .describe("Create the hosted zone (true) or look up an existing one by name (false)."),
    registryHost: dnsName.describe("Host name of the registry (must be inside zoneName); also the ACM certificate's name."),
  })
  .describe("DNS and TLS for the registry.");

const DatabaseSchema = z
  .object({
    engineVersion: z
      .enum(["14", "15", "16", "17"])
      .default("17")
      .describe("PostgreSQL major version; RDS picks the newest minor and upgrades minors automatically."),
    instanceClass: z
      .string()
      .regex(/^db\.[a-z0-9]+\.[a-z0-9]+$/, { error: "must be an RDS instance class such as db.r7g.large" })
      .default("db.r7g.large")
      .describe("RDS instance class."),
    allocatedStorageGiB: z.number().int().min(20, { error: "gp3 needs at least 20 GiB" }).default(50).describe("Initial gp3 storage."),
    maxAllocatedStorageGiB: z.number().int().max(65536).default(500).describe("Storage autoscaling ceiling."),
    multiAz: z.boolean().default(true).describe("Synchronous standby in a second AZ with automatic failover."),
    backupRetentionDays: z
      .number()
      .int()
      .min(7, { error: "keep automated backups for at least 7 days" })
      .max(35, { error: "RDS keeps automated backups for at most 35 days" })
      .default(14)
      .describe("Automated backup retention."),
    maxConnections: z
      .number()
      .int()
      .min(50)
      .default(400)
      .describe("Connection budget Harbor may use in total; the chart's pools are sized from it."),
  })
  .describe("RDS PostgreSQL for Harbor.");

const CacheSchema = z
  .object({
    engine: z.enum(["valkey", "redis"]).default("valkey").describe("ElastiCache engine (Valkey is Redis-compatible and what Harbor's own chart ships)."),
    engineVersion: z.string().regex(/^\d+\.\d+$/, { error: "must be a major.minor version such as 8.0" }).default("8.0").describe("Engine version."),
    nodeType: z
      .string()
      .regex(/^cache\.[a-z0-9]+\.[a-z0-9]+$/, { error: "must be an ElastiCache node type such as cache.r7g.large" })
      .default("cache.r7g.large")
      .describe("Node type."),
    nodes: z
      .number()
      .int()
      .min(2, { error: "need a primary and at least one replica for failover" })
      .max(6)
      .default(3)
      .describe("Primary plus replicas, spread over the AZs. Cluster mode stays disabled: Harbor uses several database indexes."),
    snapshotRetentionDays: z.number().int().min(1, { error: "keep at least one daily snapshot" }).max(35).default(7).describe("Daily snapshot retention."),
  })
  .describe("ElastiCache (Redis protocol) for Harbor.");

const NodeGroupSchema = z.object({
  name: z.string().regex(/^[a-z][a-z0-9-]{0,30}$/, { error: "must be lowercase letters, digits and '-', starting with a letter" }),
  instanceTypes: z
    .array(z.string().regex(/^[a-z0-9]+\.[a-z0-9]+$/, { error: "must be an EC2 instance type such as m7i.large" }))
    .min(1, { error: "need at least one instance type" })
    .default(["m7i.large", "m6i.large"]),
  capacityType: z.enum(["ON_DEMAND", "SPOT"]).default("ON_DEMAND"),
  minSize: z.number().int().min(0).default(3),
  desiredSize: z.number().int().min(0).default(3),
  maxSize: z.number().int().min(1).default(6),
  diskSizeGiB: z.number().int().min(20).default(50),
  amiType: z.enum(["AL2023_x86_64_STANDARD", "AL2023_ARM_64_STANDARD", "BOTTLEROCKET_x86_64", "BOTTLEROCKET_ARM_64"]).default("AL2023_x86_64_STANDARD"),
  labels: z.record(z.string(), z.string()).default({}),
});

const ClusterSchema = z
  .object({
    version: z
      .string()
      .regex(/^1\.(3[0-9])$/, { error: "must be a Kubernetes minor version EKS supports, 1.30 or later" })
      .default("1.34")
      .describe("EKS Kubernetes version."),
    publicEndpoint: z
      .object({
        enabled: z.boolean().default(false).describe("Expose the API server publicly (the private endpoint is always on)."),
        cidrs: z.array(cidrV4).default([]).describe("CIDRs allowed to reach the public endpoint; required when enabled."),
      })
      .prefault({})
      .describe("The EKS API server's public endpoint."),
    adminPrincipalArns: z
      .array(iamPrincipalArn)
      .default([])
      .describe("IAM roles/users granted cluster admin through EKS access entries (authentication mode API)."),
    addons: z
      .object({
        vpcCni: eksAddonVersion.default("v1.20.4-eksbuild.1"),
        coredns: eksAddonVersion.default("v1.12.4-eksbuild.1"),
        kubeProxy: eksAddonVersion.default("v1.34.1-eksbuild.2"),
        podIdentityAgent: eksAddonVersion.default("v1.3.9-eksbuild.3"),
        efsCsiDriver: eksAddonVersion.default("v2.1.13-eksbuild.1"),
      })
      .prefault({})
      .describe("Pinned EKS managed add-on versions; re-pin on every cluster upgrade (kube-proxy must match the cluster's minor version)."),
    nodeGroups: z
      .array(NodeGroupSchema)
      .min(1, { error: "need at least one node group" })
      .prefault([{ name: "system" }])
      .describe("Managed node groups; each spans all private subnets."),
  })
  .describe("The EKS cluster.");

const arnOf = (service: string, example: string) =>
  z.string().regex(new RegExp(`^arn:aws[a-z-]*:${service}:`), { error: `must be an ARN such as ${example}` });

const ExistingInfrastructureSchema = z
  .object({
    clusterName: z.string().regex(/^[0-9A-Za-z][A-Za-z0-9_-]{0,99}$/, { error: "must be an EKS cluster name" }),
    vpcId: z.string().regex(/^vpc-[0-9a-f]{8,17}$/, { error: "must be a VPC id such as vpc-0123456789abcdef0" }),
    database: z.object({
      host: z.string().min(1),
      port: z.string().regex(/^\d{2,5}$/).default("5432"),
      name: z.string().min(1).default("registry"),
      secretArn: arnOf("secretsmanager", "arn:aws:secretsmanager:eu-west-1:111122223333:secret:harbor-db").describe(
        "Secret whose JSON has `password` (and `username`) for Harbor's database user.",
      ),
      username: z.string().min(1).default("harbor"),
    }),
    cache: z.object({
      host: z.string().min(1).describe("Primary endpoint of a cluster-mode-disabled replication group with in-transit encryption."),
      port: z.string().regex(/^\d{2,5}$/).default("6379"),
      secretArn: arnOf("secretsmanager", "arn:aws:secretsmanager:eu-west-1:111122223333:secret:harbor-redis").describe("Secret whose JSON has `password` (the AUTH token)."),
    }),
    fileSystemId: z.string().regex(/^fs-[0-9a-f]{8,17}$/, { error: "must be an EFS file system id such as fs-0123456789abcdef0" }),
    certificateArn: arnOf("acm", "arn:aws:acm:eu-west-1:111122223333:certificate/..."),
    hostedZoneId: z.string().regex(/^Z[0-9A-Z]{4,32}$/, { error: "must be a Route53 hosted zone id such as Z0123456789ABC" }),
    secretsKmsKeyArn: arnOf("kms", "arn:aws:kms:eu-west-1:111122223333:key/...").optional().describe("Key for the admin password secret. Without it the secret uses aws/secretsmanager, which guardrail ENC-SECRETS rejects unless waived."),
    roles: z.object({
      loadBalancerController: arnOf("iam", "arn:aws:iam::111122223333:role/alb-controller"),
      externalDns: arnOf("iam", "arn:aws:iam::111122223333:role/external-dns"),
    }),
  })
  .strict()
  .describe("An existing cluster, database, cache and file system to install Harbor on instead of the <env>-aws stack's.");

const KubernetesSchema = z
  .object({
    source: z
      .enum(["aws-stack", "existing"])
      .default("aws-stack")
      .describe("Where the cluster and data stores come from: this environment's <env>-aws stack, or `existing` (bring your own)."),
    existing: ExistingInfrastructureSchema.optional(),
    namespace: z.string().regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/, { error: "must be a Kubernetes namespace name" }).default("harbor").describe("Namespace Harbor is installed in."),
    ingress: z
      .object({
        scheme: z.enum(["internet-facing", "internal"]).default("internet-facing").describe("Whether the ALB is reachable from the internet or only from the VPC."),
        idleTimeoutSeconds: z.number().int().min(60).max(4000).default(900).describe("ALB idle timeout; large layer uploads need far more than the 60 s AWS default."),
        inboundCidrs: z.array(cidrV4).default([]).describe("Clients allowed to reach the ALB. @default everyone (internet-facing) or the VPC (internal)"),
      })
      .prefault({}),
    loadBalancerController: z
      .object({ chartVersion: z.string().regex(/^\d+\.\d+\.\d+$/).default("1.14.0"), replicas: z.number().int().min(1).default(2) })
      .prefault({})
      .describe("AWS Load Balancer Controller (chart aws-load-balancer-controller from aws.github.io/eks-charts)."),
    externalDns: z
      .object({ chartVersion: z.string().regex(/^\d+\.\d+\.\d+$/).default("1.19.0") })
      .prefault({})
      .describe("ExternalDNS (chart external-dns from kubernetes-sigs.github.io/external-dns)."),
  })
  .describe("The Kubernetes layer: where Harbor is installed and the add-ons it needs.");

const replicas = z.number().int().min(1).max(20).default(2);

const HarborSchema = z
  .object({
    chartVersion: z.enum(["1.19.1"]).default("1.19.1").describe("Harbor chart version (a key list for it must exist in charts/; see docs/runbooks/upgrade-harbor-chart.md)."),
    replicas: z
      .object({ core: replicas, portal: replicas, registry: replicas, jobservice: replicas, trivy: replicas, exporter: replicas })
      .prefault({})
      .describe("Replicas per component; 2 or more keeps Harbor up when a node or an AZ is lost."),
    databaseSslMode: z
      .enum(["require", "verify-full"])
      .default("require")
      .describe("PostgreSQL TLS: `require` encrypts; `verify-full` also checks the RDS certificate (needs the RDS CA bundle in caBundleSecretName)."),
    storage: z
      .object({
        registrySizeGiB: z.number().int().min(1).default(500).describe("Size of the registry claim (EFS grows on demand; Kubernetes requires a number)."),
        trivyCacheSizeGiB: z.number().int().min(1).default(10),
        s3: z
          .object({
            bucket: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { error: "must be an S3 bucket name" }),
            region: awsRegion,
            credentialsSecret: z
              .string()
              .regex(/^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/)
              .describe("Kubernetes Secret (in Harbor's namespace, created out of band) with REGISTRY_STORAGE_S3_ACCESSKEY and REGISTRY_STORAGE_S3_SECRETKEY."),
            kmsKeyArn: arnOf("kms", "arn:aws:kms:...").optional(),
          })
          .optional()
          .describe("Opt in to S3 for image blobs. Harbor's registry cannot use IRSA for S3, only static IAM user keys, so EFS is the default."),
      })
      .prefault({}),
    serviceMonitor: z.boolean().default(false).describe("Create a Prometheus Operator ServiceMonitor (needs its CRDs in the cluster)."),
  })
  .describe("The Harbor Helm release.");

export const EnvironmentSchema = z
  .object({
    project: z
      .string()
      .regex(/^[a-z][a-z0-9-]{1,15}$/, { error: "must be 2-16 lowercase letters, digits or '-', starting with a letter" })
      .default("harbor")
      .describe("Project name; prefixes every resource name and is a default tag."),
    disposable: z
      .boolean()
      .default(false)
      .describe("DANGER: a throw-away environment. Turns off deletion protection and final snapshots so `cdktf destroy` can remove everything."),
    aws: z
      .object({
        region: awsRegion.describe("Region of every resource of this environment."),
        allowedAccountIds: z
          .array(z.string().regex(/^\d{12}$/, { error: "must be a 12-digit AWS account id" }))
          .default([])
          .describe("If set, Terraform refuses to run against any other account."),
      })
      .describe("The AWS account and region."),
    state: StateSchema.prefault({ backend: "local" }),
    network: NetworkSchema,
    dns: DnsSchema,
    logRetentionDays: logRetention(365).describe("Retention of every CloudWatch log group this environment creates (EKS, RDS, ElastiCache)."),
    kmsDeletionWindowDays: z.number().int().min(7).max(30).default(30).describe("Waiting period before a deleted KMS key is gone."),
    database: DatabaseSchema.prefault({}),
    cache: CacheSchema.prefault({}),
    cluster: ClusterSchema.prefault({}),
    kubernetes: KubernetesSchema.prefault({}),
    harbor: HarborSchema.prefault({}),
    registry: RegistrySchema.prefault({}),
    guardrails: z
      .object({
        waivers: z
          .array(
            z
              .object({
                rule: z.string().regex(/^[A-Z]+(-[A-Z0-9]+)+$/, { error: "must be a guardrail rule id such as HA-NAT-PER-AZ" }),
                resource: z.string().min(1).describe("Construct path of the resource (or of a construct above it), e.g. dev-aws/network."),
                reason: z.string().trim().min(20, { error: "give a reason of at least 20 characters: why the rule does not apply, and who accepted the risk" }),
              })
              .strict(),
          )
          .default([]),
      })
      .strict()
      .prefault({})
      .describe("Accepted exceptions to the synth-time guardrails, each with its reason."),
  })
  .strict()
  .superRefine((env, ctx) => {
    env.network.availabilityZones.forEach((az, i) => {
      if (!az.startsWith(env.aws.region)) {
        ctx.addIssue({
          code: "custom",
          path: ["network", "availabilityZones", i],
          message: `must be in region ${env.aws.region}`,
          input: az,
        });
      }
    });
    const host = env.dns.registryHost;
    if (host !== env.dns.zoneName && !host.endsWith(`.${env.dns.zoneName}`)) {
      ctx.addIssue({ code: "custom", path: ["dns", "registryHost"], message: `must be inside the zone ${env.dns.zoneName}`, input: host });
    }
    if (env.database.maxAllocatedStorageGiB <= env.database.allocatedStorageGiB) {
      ctx.addIssue({
        code: "custom",
        path: ["database", "maxAllocatedStorageGiB"],
        message: `must be above allocatedStorageGiB (${env.database.allocatedStorageGiB}) so storage can autoscale`,
        input: env.database.maxAllocatedStorageGiB,
      });
    }
    const azCount = env.network.availabilityZones.length;
    // Skipped when the AZ list itself is invalid: that problem is reported on its own.
    if (azCount >= 2 && env.cache.nodes > azCount * 2) {
      ctx.addIssue({ code: "custom", path: ["cache", "nodes"], message: "at most two cache nodes per availability zone", input: env.cache.nodes });
    }
    const pub = env.cluster.publicEndpoint;
    if (pub.enabled && pub.cidrs.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["cluster", "publicEndpoint", "cidrs"],
        message: "list the CIDRs allowed to reach a public API endpoint (an open endpoint is not allowed)",
        input: pub.cidrs,
      });
    }
    pub.cidrs.forEach((cidr, i) => {
      if (cidr.endsWith("/0")) {
        ctx.addIssue({ code: "custom", path: ["cluster", "publicEndpoint", "cidrs", i], message: "must not open the API server to the whole internet", input: cidr });
      }
    });
    const kubeProxyMinor = /^v(\d+\.\d+)\./.exec(env.cluster.addons.kubeProxy)?.[1];
    if (kubeProxyMinor !== env.cluster.version) {
      ctx.addIssue({
        code: "custom",
        path: ["cluster", "addons", "kubeProxy"],
        message: `must match the cluster's Kubernetes version ${env.cluster.version}`,
        input: env.cluster.addons.kubeProxy,
      });
    }
    const k8s = env.kubernetes;
    if (k8s.source === "existing" && !k8s.existing) {
      ctx.addIssue({ code: "custom", path: ["kubernetes", "existing"], message: "describe the existing cluster and data stores when source is existing", input: undefined });
    }
    if (k8s.source === "aws-stack" && k8s.existing) {
      ctx.addIssue({ code: "custom", path: ["kubernetes", "existing"], message: "only allowed with kubernetes.source: existing", input: "(set)" });
    }
    const pools = env.harbor.replicas.core + env.harbor.replicas.exporter;
    if (Math.floor(env.database.maxConnections / pools) < 10) {
      ctx.addIssue({
        code: "custom",
        path: ["database", "maxConnections"],
        message: `leaves fewer than 10 connections for each of the ${pools} core and exporter pods`,
        input: env.database.maxConnections,
      });
    }
    const reg = env.registry;
    if (reg.source === "existing" && reg.existing && !reg.existing.clusterName) {
      for (const [name, robot] of Object.entries(reg.robots)) {
        if (robot.pullSecrets) {
          ctx.addIssue({ code: "custom", path: ["registry", "robots", name, "pullSecrets"], message: "needs registry.existing.clusterName to know where the namespaces are", input: robot.pullSecrets.namespaces });
        }
      }
    }
    const seen = new Set<string>();
    env.cluster.nodeGroups.forEach((ng, i) => {
      const at = ["cluster", "nodeGroups", i];
      if (seen.has(ng.name)) ctx.addIssue({ code: "custom", path: [...at, "name"], message: "node group names must be unique", input: ng.name });
      seen.add(ng.name);
      if (ng.minSize > ng.desiredSize || ng.desiredSize > ng.maxSize) {
        ctx.addIssue({
          code: "custom",
          path: [...at, "desiredSize"],
          message: `need minSize <= desiredSize <= maxSize, got ${ng.minSize} <= ${ng.desiredSize} <= ${ng.maxSize}`,
          input: ng.desiredSize,
        });
      }
    });
  });

/** The environment file as a user writes it (defaults optional). */
export type EnvironmentInput = z.input<typeof EnvironmentSchema>;
/** The validated, fully defaulted model everything below the config layer reads. */
export type EnvironmentSettings = z.output<typeof EnvironmentSchema>;
export type NodeGroupSettings = EnvironmentSettings["cluster"]["nodeGroups"][number];

/** A validated environment: its name (the file name) plus its settings. */
export interface EnvironmentConfig extends EnvironmentSettings {
  readonly name: string;
}
