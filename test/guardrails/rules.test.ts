import { App, TerraformStack, Testing } from "cdktf";
import { Construct } from "constructs";
import { CloudwatchLogGroup, CloudwatchLogGroupConfig } from "@cdktf/provider-aws/lib/cloudwatch-log-group";
import { DataAwsIamPolicyDocument, DataAwsIamPolicyDocumentStatement } from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { DbInstance, DbInstanceConfig } from "@cdktf/provider-aws/lib/db-instance";
import { DbParameterGroup } from "@cdktf/provider-aws/lib/db-parameter-group";
import { DbSubnetGroup } from "@cdktf/provider-aws/lib/db-subnet-group";
import { DefaultSecurityGroup } from "@cdktf/provider-aws/lib/default-security-group";
import { EfsBackupPolicy } from "@cdktf/provider-aws/lib/efs-backup-policy";
import { EfsFileSystem, EfsFileSystemConfig } from "@cdktf/provider-aws/lib/efs-file-system";
import { EfsFileSystemPolicy } from "@cdktf/provider-aws/lib/efs-file-system-policy";
import { EfsMountTarget } from "@cdktf/provider-aws/lib/efs-mount-target";
import { EksAddon } from "@cdktf/provider-aws/lib/eks-addon";
import { EksCluster, EksClusterConfig } from "@cdktf/provider-aws/lib/eks-cluster";
import { EksNodeGroup } from "@cdktf/provider-aws/lib/eks-node-group";
import { ElasticacheReplicationGroup, ElasticacheReplicationGroupConfig } from "@cdktf/provider-aws/lib/elasticache-replication-group";
import { KmsKey } from "@cdktf/provider-aws/lib/kms-key";
import { LaunchTemplate } from "@cdktf/provider-aws/lib/launch-template";
import { NatGateway } from "@cdktf/provider-aws/lib/nat-gateway";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { S3BucketPolicy } from "@cdktf/provider-aws/lib/s3-bucket-policy";
import { S3BucketServerSideEncryptionConfigurationA } from "@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration";
import { SecretsmanagerSecret } from "@cdktf/provider-aws/lib/secretsmanager-secret";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { Subnet } from "@cdktf/provider-aws/lib/subnet";
import { Vpc } from "@cdktf/provider-aws/lib/vpc";
import { VpcSecurityGroupIngressRule } from "@cdktf/provider-aws/lib/vpc-security-group-ingress-rule";
import { Release } from "@cdktf/provider-helm/lib/release";
import { stringify } from "yaml";
import { Guardrails } from "../../guardrails/engine";
import { RULE_IDS, RULES } from "../../guardrails/rules";
import { environment } from "../synth";

const KEY = "arn:aws:kms:eu-west-1:111122223333:key/1";
const ZONES = ["eu-west-1a", "eu-west-1b", "eu-west-1c"];
const SUBNETS = ["subnet-a", "subnet-b", "subnet-c"];
const protect = { lifecycle: { preventDestroy: true } };

const db = (s: Construct, c: Partial<DbInstanceConfig> = {}) => {
  new DbParameterGroup(s, "pg", { name: "pg", family: "postgres17", parameter: [{ name: "rds.force_ssl", value: "1" }] });
  return new DbInstance(s, "db", {
    instanceClass: "db.r7g.large", engine: "postgres", storageEncrypted: true, kmsKeyId: KEY, multiAz: true, publiclyAccessible: false,
    deletionProtection: true, skipFinalSnapshot: false, backupRetentionPeriod: 14, parameterGroupName: "pg", ...protect, ...c,
  });
};
const cache = (s: Construct, c: Partial<ElasticacheReplicationGroupConfig> = {}) =>
  new ElasticacheReplicationGroup(s, "cache", {
    replicationGroupId: "c", description: "c", atRestEncryptionEnabled: "true", kmsKeyId: KEY, transitEncryptionEnabled: true, transitEncryptionMode: "required",
    automaticFailoverEnabled: true, multiAzEnabled: true, numCacheClusters: 3, preferredCacheClusterAzs: ZONES, snapshotRetentionLimit: 7, ...protect, ...c,
  });
const tlsOnlyPolicy = (s: Construct, id: string, resource: string) =>
  new DataAwsIamPolicyDocument(s, id, {
    statement: [{ effect: "Deny", actions: ["*"], resources: [resource], principals: [{ type: "AWS", identifiers: ["*"] }], condition: [{ test: "Bool", variable: "aws:SecureTransport", values: ["false"] }] }],
  });
const efs = (s: Construct, c: Partial<EfsFileSystemConfig> = {}, parts = { policy: true, backup: true, mounts: 3 }) => {
  const fs = new EfsFileSystem(s, "fs", { encrypted: true, kmsKeyId: KEY, ...protect, ...c });
  if (parts.policy) new EfsFileSystemPolicy(s, "fs-policy", { fileSystemId: fs.id, policy: tlsOnlyPolicy(s, "fs-doc", fs.arn).json });
  if (parts.backup) new EfsBackupPolicy(s, "fs-backup", { fileSystemId: fs.id, backupPolicy: { status: "ENABLED" } });
  for (let i = 0; i < parts.mounts; i++) new EfsMountTarget(s, `mt-${i}`, { fileSystemId: fs.id, subnetId: SUBNETS[i] });
  return fs;
};
const eks = (s: Construct, c: Partial<EksClusterConfig> = {}) =>
  new EksCluster(s, "eks", {
    name: "c", roleArn: "arn:aws:iam::111122223333:role/eks", encryptionConfig: { resources: ["secrets"], provider: { keyArn: KEY } },
    vpcConfig: { subnetIds: SUBNETS, endpointPrivateAccess: true, endpointPublicAccess: false }, deletionProtection: true, ...c,
  });
const logs = (s: Construct, c: Partial<CloudwatchLogGroupConfig> = {}) => new CloudwatchLogGroup(s, "logs", { name: "l", kmsKeyId: KEY, retentionInDays: 365, ...c });
const bucket = (s: Construct, parts = { encryption: "aws:kms", policy: true }) => {
  const b = new S3Bucket(s, "bucket", { bucket: "b" });
  new S3BucketServerSideEncryptionConfigurationA(s, "sse", { bucket: b.id, rule: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: parts.encryption, kmsMasterKeyId: parts.encryption === "aws:kms" ? KEY : undefined } }] });
  if (parts.policy) new S3BucketPolicy(s, "bucket-policy", { bucket: b.id, policy: tlsOnlyPolicy(s, "bucket-doc", b.arn).json });
};
const vpc = (s: Construct, opts = { defaultSg: true, nats: 3, publicIp: false }) => {
  const v = new Vpc(s, "vpc", { cidrBlock: "10.0.0.0/16" });
  if (opts.defaultSg) new DefaultSecurityGroup(s, "default-sg", { vpcId: v.id, ingress: [], egress: [] });
  ZONES.forEach((az, i) => new Subnet(s, `subnet-${i}`, { vpcId: v.id, cidrBlock: `10.0.${i}.0/24`, availabilityZone: az, mapPublicIpOnLaunch: opts.publicIp && i === 0 }));
  for (let i = 0; i < opts.nats; i++) new NatGateway(s, `nat-${i}`, { subnetId: SUBNETS[i] });
};
const harborValues = (replicas: number, redisTls = true, sslmode = "require") =>
  stringify({
    redis: { external: { tlsOptions: { enable: redisTls } } },
    database: { external: { sslmode } },
    ...Object.fromEntries(["core", "portal", "registry", "jobservice", "trivy", "exporter"].map((c) => [c, { replicas, podDisruptionBudget: { enabled: replicas > 1 } }])),
  });
const harbor = (s: Construct, values: string) => new Release(s, "harbor", { name: "harbor", chart: "harbor", values: [values] });
const policy = (s: Construct, statement: DataAwsIamPolicyDocumentStatement) => new DataAwsIamPolicyDocument(s, "doc", { statement: [statement] });

/** For every rule: build a violating and a complying version of the resource it looks at. */
const CASES: Record<string, { bad: (s: Construct) => void; good: (s: Construct) => void; path: string }> = {
  "ENC-RDS": { bad: (s) => db(s, { storageEncrypted: false }), good: (s) => db(s), path: "db" },
  "ENC-CACHE": { bad: (s) => cache(s, { kmsKeyId: undefined }), good: (s) => cache(s), path: "cache" },
  "ENC-EFS": { bad: (s) => efs(s, { encrypted: false }), good: (s) => efs(s), path: "fs" },
  "ENC-EKS-SECRETS": { bad: (s) => eks(s, { encryptionConfig: undefined }), good: (s) => eks(s), path: "eks" },
  "ENC-LOGS": { bad: (s) => logs(s, { kmsKeyId: undefined }), good: (s) => logs(s), path: "logs" },
  "ENC-SECRETS": { bad: (s) => new SecretsmanagerSecret(s, "secret", { name: "x" }), good: (s) => new SecretsmanagerSecret(s, "secret", { name: "x", kmsKeyId: KEY }), path: "secret" },
  "ENC-S3": { bad: (s) => bucket(s, { encryption: "AES256", policy: true }), good: (s) => bucket(s), path: "bucket" },
  "KMS-ROTATION": { bad: (s) => new KmsKey(s, "key", { enableKeyRotation: false, policy: "{}", ...protect }), good: (s) => new KmsKey(s, "key", { enableKeyRotation: true, policy: "{}", ...protect }), path: "key" },
  "TLS-CACHE": { bad: (s) => cache(s, { transitEncryptionEnabled: false }), good: (s) => cache(s), path: "cache" },
  "TLS-RDS": { bad: (s) => db(s, { parameterGroupName: "default.postgres17" }), good: (s) => db(s), path: "db" },
  "TLS-EFS": { bad: (s) => efs(s, {}, { policy: false, backup: true, mounts: 3 }), good: (s) => efs(s), path: "fs" },
  "TLS-S3": { bad: (s) => bucket(s, { encryption: "aws:kms", policy: false }), good: (s) => bucket(s), path: "bucket" },
  "TLS-HARBOR": { bad: (s) => harbor(s, harborValues(2, false, "disable")), good: (s) => harbor(s, harborValues(2)), path: "harbor" },
  "EXPO-RDS-PUBLIC": { bad: (s) => db(s, { publiclyAccessible: true }), good: (s) => db(s), path: "db" },
  "EXPO-EKS-ENDPOINT": {
    bad: (s) => eks(s, { vpcConfig: { subnetIds: SUBNETS, endpointPrivateAccess: true, endpointPublicAccess: true, publicAccessCidrs: ["0.0.0.0/0"] } }),
    good: (s) => eks(s, { vpcConfig: { subnetIds: SUBNETS, endpointPrivateAccess: true, endpointPublicAccess: true, publicAccessCidrs: ["203.0.113.0/24"] } }),
    path: "eks",
  },
  "EXPO-SG-OPEN": {
    bad: (s) => new VpcSecurityGroupIngressRule(s, "rule", { securityGroupId: "sg-1", ipProtocol: "tcp", fromPort: 22, toPort: 22, cidrIpv4: "0.0.0.0/0" }),
    good: (s) => {
      new VpcSecurityGroupIngressRule(s, "rule", { securityGroupId: "sg-1", ipProtocol: "tcp", fromPort: 443, toPort: 443, cidrIpv4: "0.0.0.0/0" });
      new SecurityGroup(s, "sg", { ingress: [{ fromPort: 5432, toPort: 5432, protocol: "tcp", securityGroups: ["sg-2"] }] });
    },
    path: "rule",
  },
  "EXPO-PUBLIC-IP": { bad: (s) => vpc(s, { defaultSg: true, nats: 3, publicIp: true }), good: (s) => vpc(s), path: "subnet-0" },
  "EXPO-DEFAULT-SG": { bad: (s) => vpc(s, { defaultSg: false, nats: 3, publicIp: false }), good: (s) => vpc(s), path: "vpc" },
  "ID-IMDSV2": {
    bad: (s) => new LaunchTemplate(s, "lt", { metadataOptions: { httpTokens: "optional", httpPutResponseHopLimit: 2 } }),
    good: (s) => new LaunchTemplate(s, "lt", { metadataOptions: { httpTokens: "required", httpPutResponseHopLimit: 1 } }),
    path: "lt",
  },
  "ID-ADDON-ROLE": {
    bad: (s) => new EksAddon(s, "addon", { clusterName: "c", addonName: "vpc-cni" }),
    good: (s) => {
      new EksAddon(s, "addon", { clusterName: "c", addonName: "vpc-cni", serviceAccountRoleArn: "arn:aws:iam::111122223333:role/cni" });
      new Release(s, "dns", { name: "external-dns", chart: "external-dns", values: [stringify({ serviceAccount: { annotations: { "eks.amazonaws.com/role-arn": "arn:aws:iam::111122223333:role/dns" } } })] });
    },
    path: "addon",
  },
  "ID-IAM-WILDCARD": {
    bad: (s) => policy(s, { sid: "Bad", actions: ["s3:PutObject"], resources: ["*"] }),
    good: (s) => policy(s, { sid: "Good", actions: ["ec2:DescribeSubnets", "route53:ListHostedZones"], resources: ["*"] }),
    path: "doc",
  },
  "HA-NAT-PER-AZ": { bad: (s) => vpc(s, { defaultSg: true, nats: 1, publicIp: false }), good: (s) => vpc(s), path: "vpc" },
  "HA-RDS-MULTI-AZ": { bad: (s) => db(s, { multiAz: false }), good: (s) => db(s), path: "db" },
  "HA-CACHE-FAILOVER": { bad: (s) => cache(s, { automaticFailoverEnabled: false }), good: (s) => cache(s), path: "cache" },
  "HA-ZONES": {
    bad: (s) => new EksNodeGroup(s, "nodes", { clusterName: "c", nodeRoleArn: "r", subnetIds: SUBNETS.slice(0, 2), scalingConfig: { minSize: 2, maxSize: 3, desiredSize: 2 } }),
    good: (s) => {
      new EksNodeGroup(s, "nodes", { clusterName: "c", nodeRoleArn: "r", subnetIds: SUBNETS, scalingConfig: { minSize: 3, maxSize: 3, desiredSize: 3 } });
      new DbSubnetGroup(s, "subnets", { subnetIds: SUBNETS });
      efs(s);
    },
    path: "nodes",
  },
  "HA-HARBOR": { bad: (s) => harbor(s, harborValues(1)), good: (s) => harbor(s, harborValues(2)), path: "harbor" },
  "KEEP-RDS": { bad: (s) => db(s, { skipFinalSnapshot: true }), good: (s) => db(s), path: "db" },
  "KEEP-EKS": { bad: (s) => eks(s, { deletionProtection: false }), good: (s) => eks(s), path: "eks" },
  "KEEP-CACHE-SNAPSHOTS": { bad: (s) => cache(s, { snapshotRetentionLimit: 0 }), good: (s) => cache(s), path: "cache" },
  "KEEP-EFS-BACKUP": { bad: (s) => efs(s, {}, { policy: true, backup: false, mounts: 3 }), good: (s) => efs(s), path: "fs" },
  "KEEP-PREVENT-DESTROY": { bad: (s) => new KmsKey(s, "key", { enableKeyRotation: true, policy: "{}" }), good: (s) => new KmsKey(s, "key", { enableKeyRotation: true, policy: "{}", ...protect }), path: "key" },
  "KEEP-LOG-RETENTION": { bad: (s) => logs(s, { retentionInDays: 30 }), good: (s) => logs(s), path: "logs" },
};

const example = environment("example");

function violationsOf(ruleId: string, build: (s: Construct) => void, env = example) {
  const stack = new TerraformStack(Testing.app(), "guarded");
  build(stack);
  return new Guardrails(env, RULES).violations(stack).filter((v) => v.rule.id === ruleId);
}

describe("guardrail rules", () => {
  it("every rule has a violating and a complying case, and ids are unique", () => {
    expect(Object.keys(CASES).sort()).toEqual([...RULE_IDS].sort());
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
  });

  it.each(Object.entries(CASES))("%s fires on a violating resource, and the error names the resource, the rule and the fix", (ruleId, c) => {
    const found = violationsOf(ruleId, c.bad);
    expect(found.map((v) => v.path)).toEqual([`guarded/${c.path}`]);
    const stack = new TerraformStack(Testing.app(), "guarded");
    c.bad(stack);
    const rule = RULES.find((r) => r.id === ruleId)!;
    const errors = new Guardrails(example, RULES).validate(stack).filter((e) => e.includes(`[${ruleId}]`));
    expect(errors).toEqual([expect.stringContaining(`guarded/${c.path}: [${ruleId}] ${rule.title}`)]);
    expect(errors[0]).toContain(`Fix: ${rule.fix}`);
  });

  it("ID-ADDON-ROLE also fires on a Helm add-on whose service account has no IRSA role", () => {
    const found = violationsOf("ID-ADDON-ROLE", (s) => new Release(s, "lbc", { name: "lbc", chart: "aws-load-balancer-controller", values: [stringify({ serviceAccount: { create: true } })] }));
    expect(found.map((v) => [v.path, v.reason])).toEqual([["guarded/lbc", "the chart's service account has no IRSA role"]]);
  });

  it.each(Object.entries(CASES))("%s stays quiet on a complying resource", (ruleId, c) => {
    expect(violationsOf(ruleId, c.good)).toEqual([]);
  });

  it("fails synthesis with the resource path, the rule id, its scanners and the fix", () => {
    const app = new App({ outdir: Testing.app().outdir });
    const stack = new TerraformStack(app, "guarded");
    new AwsProvider(stack, "aws", { region: "eu-west-1" });
    db(stack, { publiclyAccessible: true });
    new Guardrails(example, RULES).attach(stack);
    expect(() => app.synth()).toThrow(/guarded\/db: \[EXPO-RDS-PUBLIC\] RDS is not publicly accessible \(CKV_AWS_17\): publicly_accessible is not false\. Fix: set publicly_accessible = false/);
  });

  it("does not enforce the protective rules in a disposable environment, and says so loudly", () => {
    const dev = environment("dev");
    expect(violationsOf("KEEP-RDS", CASES["KEEP-RDS"].bad, dev)).toEqual([]);
    expect(violationsOf("HA-RDS-MULTI-AZ", CASES["HA-RDS-MULTI-AZ"].bad, dev)).toHaveLength(1);
    expect(new Guardrails(dev, RULES).summary()[0]).toMatch(/^WARNING dev is disposable: deletion protection, final snapshots, backups and prevent_destroy are NOT enforced/);
  });

  it("asks 2 AZs of disposable environments and 3 of the others", () => {
    const twoZones = (s: Construct) => new DbSubnetGroup(s, "subnets", { subnetIds: SUBNETS.slice(0, 2) });
    expect(violationsOf("HA-ZONES", twoZones)).toHaveLength(1);
    expect(violationsOf("HA-ZONES", twoZones, environment("dev"))).toEqual([]);
  });
});

describe("waivers", () => {
  const waived = (waivers: unknown[]) => environment("example", { guardrails: { waivers } });
  const badStack = () => {
    const stack = new TerraformStack(Testing.app(), "example-aws");
    db(stack, { multiAz: false });
    return stack;
  };
  const REASON = "a single-AZ database is accepted here because ...";

  it("a waiver with a reason lets the violation pass and shows in the summary", () => {
    const guard = new Guardrails(waived([{ rule: "HA-RDS-MULTI-AZ", resource: "example-aws/db", reason: REASON }]), RULES);
    expect(guard.validate(badStack())).toEqual([]);
    expect(guard.summary()).toEqual([`waiver example: HA-RDS-MULTI-AZ on example-aws/db (${REASON})`]);
  });

  it("a waiver may name a construct above the resource", () => {
    expect(new Guardrails(waived([{ rule: "HA-RDS-MULTI-AZ", resource: "example-aws", reason: REASON }]), RULES).validate(badStack())).toEqual([]);
  });

  it("a waiver for a rule that does not fire is itself an error", () => {
    const guard = new Guardrails(waived([{ rule: "EXPO-RDS-PUBLIC", resource: "example-aws/db", reason: REASON }]), RULES);
    expect(guard.validate(badStack())).toEqual([
      expect.stringMatching(/^example-aws\/db: \[HA-RDS-MULTI-AZ\]/),
      "example.guardrails.waivers: the waiver of EXPO-RDS-PUBLIC for example-aws/db matches no violation; remove it",
    ]);
  });

  it("a waiver of an unknown rule is an error", () => {
    const guard = new Guardrails(waived([{ rule: "HA-RDS-MULTIAZ", resource: "example-aws/db", reason: REASON }]), RULES);
    expect(guard.validate(badStack())).toContain("example.guardrails.waivers: no rule HA-RDS-MULTIAZ (waiver for example-aws/db)");
  });

  it("a waiver must point into one of the environment's stacks", () => {
    expect(() => waived([{ rule: "HA-RDS-MULTI-AZ", resource: "example-aw/database", reason: REASON }])).toThrow(
      /example\.guardrails\.waivers\[0\]\.resource: must start with one of example-aws, example-kubernetes, example-harbor, got "example-aw\/database"/,
    );
  });

  it("a waiver without a reason is rejected with the config", () => {
    expect(() => waived([{ rule: "HA-RDS-MULTI-AZ", resource: "example-aws/db" }])).toThrow(/example\.guardrails\.waivers\[0\]\.reason: is required/);
    expect(() => waived([{ rule: "HA-RDS-MULTI-AZ", resource: "example-aws/db", reason: "because" }])).toThrow(/reason: give a reason of at least 20 characters/);
  });
});
