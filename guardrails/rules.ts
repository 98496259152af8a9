import { TerraformResource } from "cdktf";
import { CloudwatchLogGroup } from "@cdktf/provider-aws/lib/cloudwatch-log-group";
import { DataAwsIamPolicyDocument, DataAwsIamPolicyDocumentStatement } from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { DbInstance } from "@cdktf/provider-aws/lib/db-instance";
import { DbParameterGroup, DbParameterGroupParameter } from "@cdktf/provider-aws/lib/db-parameter-group";
import { DbSubnetGroup } from "@cdktf/provider-aws/lib/db-subnet-group";
import { DefaultSecurityGroup } from "@cdktf/provider-aws/lib/default-security-group";
import { EfsBackupPolicy } from "@cdktf/provider-aws/lib/efs-backup-policy";
import { EfsFileSystem } from "@cdktf/provider-aws/lib/efs-file-system";
import { EfsFileSystemPolicy } from "@cdktf/provider-aws/lib/efs-file-system-policy";
import { EfsMountTarget } from "@cdktf/provider-aws/lib/efs-mount-target";
import { EksAddon } from "@cdktf/provider-aws/lib/eks-addon";
import { EksCluster } from "@cdktf/provider-aws/lib/eks-cluster";
import { EksNodeGroup } from "@cdktf/provider-aws/lib/eks-node-group";
import { ElasticacheReplicationGroup } from "@cdktf/provider-aws/lib/elasticache-replication-group";
import { KmsKey } from "@cdktf/provider-aws/lib/kms-key";
import { LaunchTemplate } from "@cdktf/provider-aws/lib/launch-template";
import { NatGateway } from "@cdktf/provider-aws/lib/nat-gateway";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { S3BucketPolicy } from "@cdktf/provider-aws/lib/s3-bucket-policy";
import { S3BucketServerSideEncryptionConfigurationA } from "@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration";
import { SecretsmanagerSecret } from "@cdktf/provider-aws/lib/secretsmanager-secret";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { Subnet } from "@cdktf/provider-aws/lib/subnet";
import { Vpc } from "@cdktf/provider-aws/lib/vpc";
import { VpcSecurityGroupIngressRule } from "@cdktf/provider-aws/lib/vpc-security-group-ingress-rule";
import { Release } from "@cdktf/provider-helm/lib/release";
import { parse } from "yaml";
import { Rule, RuleContext, rule } from "./engine";

const isTrue = (v: unknown) => v === true || v === "true";
const isSet = (v: unknown) => v !== undefined && v !== null && v !== "";
const asList = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
/** Production-like environments span 3 AZs; disposable ones may use 2. */
const requiredZones = (ctx: RuleContext) => (ctx.env.disposable ? 2 : 3);
const preventsDestroy = (r: TerraformResource) => r.lifecycle?.preventDestroy === true;

/** The statements of the policy document a `policy` argument refers to, if it refers to one in this stack. */
function statementsOf(ctx: RuleContext, policy: unknown): DataAwsIamPolicyDocumentStatement[] | undefined {
  const target = ctx.resolve(policy);
  const doc = ctx.all(DataAwsIamPolicyDocument).find((d) => ctx.resolve(d.json) === target);
  return doc ? asList(doc.statementInput as DataAwsIamPolicyDocumentStatement[] | undefined) : undefined;
}

const deniesInsecureTransport = (statements: DataAwsIamPolicyDocumentStatement[] | undefined) =>
  (statements ?? []).some(
    (s) => s.effect === "Deny" && asList(s.condition as never[]).some((c: { variable?: string; values?: string[] }) => c.variable === "aws:SecureTransport" && (c.values ?? []).includes("false")),
  );

const parsedValues = new WeakMap<Release, Record<string, Record<string, unknown>> | undefined>();
/** The Harbor chart values as Terraform will pass them to Helm (parsed once per release). */
function harborValues(release: Release): Record<string, Record<string, unknown>> | undefined {
  if (release.chartInput !== "harbor") return undefined;
  if (!parsedValues.has(release)) {
    const text = (release.valuesInput ?? [])[0];
    parsedValues.set(release, text ? parse(text) : undefined);
  }
  return parsedValues.get(release);
}

/** Helm charts whose pods call AWS APIs. */
const HELM_ADDONS_CALLING_AWS = ["aws-load-balancer-controller", "external-dns", "cluster-autoscaler", "karpenter", "external-secrets"];
const HARBOR_COMPONENTS = ["core", "portal", "registry", "jobservice", "trivy", "exporter"];
const READ_ONLY = /^[a-z0-9-]+:(Describe|Get|List)[A-Za-z]*$/;

/** Every guardrail, in the order of the README's table. */
export const RULES: Rule[] = [
  // Encryption at rest with customer-managed keys.
  rule({
    id: "ENC-RDS",
    title: "RDS storage is encrypted with a customer-managed key",
    scanners: "CKV_AWS_16, AVD-AWS-0080",
    fix: "set storage_encrypted = true and kms_key_id to the environment's RDS key",
    target: DbInstance,
    check: (db) => (isTrue(db.storageEncryptedInput) && isSet(db.kmsKeyIdInput) ? undefined : "storage is not encrypted with a customer key"),
  }),
  rule({
    id: "ENC-CACHE",
    title: "ElastiCache is encrypted at rest with a customer-managed key",
    scanners: "CKV_AWS_29, CKV_AWS_191",
    fix: 'set at_rest_encryption_enabled = "true" and kms_key_id',
    target: ElasticacheReplicationGroup,
    check: (rg) => (isTrue(rg.atRestEncryptionEnabledInput) && isSet(rg.kmsKeyIdInput) ? undefined : "data at rest is not encrypted with a customer key"),
  }),
  rule({
    id: "ENC-EFS",
    title: "EFS is encrypted with a customer-managed key",
    scanners: "CKV_AWS_42, CKV_AWS_184, AVD-AWS-0037",
    fix: "set encrypted = true and kms_key_id",
    target: EfsFileSystem,
    check: (fs) => (isTrue(fs.encryptedInput) && isSet(fs.kmsKeyIdInput) ? undefined : "the file system is not encrypted with a customer key"),
  }),
  rule({
    id: "ENC-EKS-SECRETS",
    title: "EKS envelope-encrypts Kubernetes secrets with a customer-managed key",
    scanners: "CKV_AWS_58, AVD-AWS-0039",
    fix: 'set encryption_config { resources = ["secrets"], provider { key_arn } }',
    target: EksCluster,
    check: (c) => {
      const config = c.encryptionConfigInput as { resources?: string[]; provider?: { keyArn?: string } } | undefined;
      return config?.resources?.includes("secrets") && isSet(config.provider?.keyArn) ? undefined : "secrets are not envelope-encrypted";
    },
  }),
  rule({
    id: "ENC-LOGS",
    title: "CloudWatch log groups are encrypted with a customer-managed key",
    scanners: "CKV_AWS_158",
    fix: "set kms_key_id to the environment's logs key (EncryptedLogGroup does)",
    target: CloudwatchLogGroup,
    check: (g) => (isSet(g.kmsKeyIdInput) ? undefined : "the log group has no KMS key"),
  }),
  rule({
    id: "ENC-SECRETS",
    title: "Secrets Manager secrets are encrypted with a customer-managed key",
    scanners: "CKV_AWS_149",
    fix: "set kms_key_id to the environment's secrets key",
    target: SecretsmanagerSecret,
    check: (s) => (isSet(s.kmsKeyIdInput) ? undefined : "the secret uses the AWS-managed key"),
  }),
  rule({
    id: "ENC-S3",
    title: "S3 buckets are encrypted with a customer-managed key",
    scanners: "CKV_AWS_145, AVD-AWS-0132",
    fix: 'add aws_s3_bucket_server_side_encryption_configuration with sse_algorithm = "aws:kms" and kms_master_key_id',
    target: S3Bucket,
    check: (bucket, ctx) => {
      const id = ctx.resolve(bucket.id);
      const config = ctx.all(S3BucketServerSideEncryptionConfigurationA).find((c) => ctx.resolve(c.bucketInput) === id);
      const rules = asList(config?.ruleInput as { applyServerSideEncryptionByDefault?: { sseAlgorithm?: string; kmsMasterKeyId?: string } }[] | undefined);
      return rules.some((r) => r.applyServerSideEncryptionByDefault?.sseAlgorithm === "aws:kms" && isSet(r.applyServerSideEncryptionByDefault?.kmsMasterKeyId))
        ? undefined
        : "no server-side encryption with a customer key";
    },
  }),
  rule({
    id: "KMS-ROTATION",
    title: "KMS keys rotate and have an explicit key policy",
    scanners: "CKV_AWS_7, CKV2_AWS_64",
    fix: "set enable_key_rotation = true and policy (EncryptionKey does)",
    target: KmsKey,
    check: (k) => (isTrue(k.enableKeyRotationInput) && isSet(k.policyInput) ? undefined : "rotation is off or the key has the default policy"),
  }),

  // Encryption in transit.
  rule({
    id: "TLS-CACHE",
    title: "ElastiCache requires TLS",
    scanners: "CKV_AWS_30",
    fix: 'set transit_encryption_enabled = true and transit_encryption_mode = "required"',
    target: ElasticacheReplicationGroup,
    check: (rg) => (isTrue(rg.transitEncryptionEnabledInput) && rg.transitEncryptionModeInput !== "preferred" ? undefined : "in-transit encryption is not required"),
  }),
  rule({
    id: "TLS-RDS",
    title: "PostgreSQL forces TLS through its parameter group",
    scanners: "CKV2_AWS_69",
    fix: "use a parameter group with rds.force_ssl = 1",
    target: DbInstance,
    check: (db, ctx) => {
      const name = ctx.resolve(db.parameterGroupNameInput);
      // By reference (the constructs) or by the literal name.
      const group = ctx.all(DbParameterGroup).find((g) => ctx.resolve(g.name) === name || g.nameInput === name);
      const params = asList(group?.parameterInput as DbParameterGroupParameter[] | undefined);
      return params.some((p) => p.name === "rds.force_ssl" && String(p.value) === "1") ? undefined : "no parameter group of this stack sets rds.force_ssl = 1";
    },
  }),
  rule({
    id: "TLS-EFS",
    title: "EFS denies access that is not over TLS",
    fix: "attach an aws_efs_file_system_policy that denies aws:SecureTransport = false",
    target: EfsFileSystem,
    check: (fs, ctx) => {
      const id = ctx.resolve(fs.id);
      const policy = ctx.all(EfsFileSystemPolicy).find((p) => ctx.resolve(p.fileSystemIdInput) === id);
      return policy && deniesInsecureTransport(statementsOf(ctx, policy.policyInput)) ? undefined : "no file-system policy denying non-TLS access";
    },
  }),
  rule({
    id: "TLS-S3",
    title: "S3 buckets deny requests that are not over TLS",
    fix: "attach a bucket policy that denies aws:SecureTransport = false",
    target: S3Bucket,
    check: (bucket, ctx) => {
      const id = ctx.resolve(bucket.id);
      const policy = ctx.all(S3BucketPolicy).find((p) => ctx.resolve(p.bucketInput) === id);
      return policy && deniesInsecureTransport(statementsOf(ctx, policy.policyInput)) ? undefined : "no bucket policy denying non-TLS requests";
    },
  }),
  rule({
    id: "TLS-HARBOR",
    title: "Harbor talks TLS to Redis and requires TLS to PostgreSQL",
    fix: "set redis.external.tlsOptions.enable = true and database.external.sslmode = require or verify-full",
    target: Release,
    check: (release) => {
      const v = harborValues(release) as { redis?: { external?: { tlsOptions?: { enable?: boolean } } }; database?: { external?: { sslmode?: string } } } | undefined;
      if (!v) return undefined;
      const problems = [];
      if (v.redis?.external?.tlsOptions?.enable !== true) problems.push("Redis without TLS");
      if (!["require", "verify-ca", "verify-full"].includes(v.database?.external?.sslmode ?? "")) problems.push(`PostgreSQL sslmode ${v.database?.external?.sslmode ?? "disable"}`);
      return problems.length ? problems.join(", ") : undefined;
    },
  }),

  // Exposure.
  rule({
    id: "EXPO-RDS-PUBLIC",
    title: "RDS is not publicly accessible",
    scanners: "CKV_AWS_17",
    fix: "set publicly_accessible = false",
    target: DbInstance,
    check: (db) => (db.publiclyAccessibleInput === false ? undefined : "publicly_accessible is not false"),
  }),
  rule({
    id: "EXPO-EKS-ENDPOINT",
    title: "The EKS API endpoint is private, or public only to listed CIDRs",
    scanners: "CKV_AWS_38, CKV_AWS_39, AVD-AWS-0040, AVD-AWS-0041",
    fix: "set endpoint_public_access = false, or list public_access_cidrs without 0.0.0.0/0",
    target: EksCluster,
    check: (c) => {
      const vpc = c.vpcConfigInput as { endpointPrivateAccess?: boolean; endpointPublicAccess?: boolean; publicAccessCidrs?: string[] } | undefined;
      if (!isTrue(vpc?.endpointPrivateAccess)) return "the private endpoint is off";
      if (vpc?.endpointPublicAccess === false) return undefined;
      const cidrs = vpc?.publicAccessCidrs ?? [];
      return cidrs.length > 0 && !cidrs.some((x) => x.endsWith("/0")) ? undefined : "the public endpoint is open to the internet";
    },
  }),
  rule({
    id: "EXPO-SG-OPEN",
    title: "No security group admits the internet except a load balancer on 80/443",
    scanners: "CKV_AWS_24, CKV_AWS_25, CKV_AWS_260, AVD-AWS-0107",
    fix: "open the port to a security group or a narrow CIDR instead of 0.0.0.0/0",
    target: TerraformResource,
    check: (r) => {
      const open = (cidr: unknown, from: unknown, to: unknown) =>
        (cidr === "0.0.0.0/0" || cidr === "::/0") && !(Number(from) === Number(to) && [80, 443].includes(Number(from)));
      if (r instanceof VpcSecurityGroupIngressRule) {
        return open(r.cidrIpv4Input ?? r.cidrIpv6Input, r.fromPortInput, r.toPortInput) ? `ingress ${r.fromPortInput}-${r.toPortInput} from anywhere` : undefined;
      }
      if (r instanceof SecurityGroup) {
        const ingress = asList(r.ingressInput as { cidrBlocks?: string[]; fromPort?: number; toPort?: number }[] | undefined);
        const bad = ingress.find((i) => (i.cidrBlocks ?? []).some((c) => open(c, i.fromPort, i.toPort)));
        return bad ? `inline ingress ${bad.fromPort}-${bad.toPort} from anywhere` : undefined;
      }
      return undefined;
    },
  }),
  rule({
    id: "EXPO-PUBLIC-IP",
    title: "Subnets do not assign public IPs on launch",
    scanners: "CKV_AWS_130, AVD-AWS-0164",
    fix: "set map_public_ip_on_launch = false (load balancers and NAT gateways do not need it)",
    target: Subnet,
    check: (s) => (isTrue(s.mapPublicIpOnLaunchInput) ? "map_public_ip_on_launch is true" : undefined),
  }),
  rule({
    id: "EXPO-DEFAULT-SG",
    title: "Every VPC's default security group has no rules",
    scanners: "CKV2_AWS_12, AVD-AWS-0173",
    fix: "declare aws_default_security_group for the VPC with ingress = [] and egress = []",
    target: Vpc,
    check: (vpc, ctx) => {
      const id = ctx.resolve(vpc.id);
      const sg = ctx.all(DefaultSecurityGroup).find((d) => ctx.resolve(d.vpcIdInput) === id);
      return sg && asList(sg.ingressInput as unknown[]).length === 0 && asList(sg.egressInput as unknown[]).length === 0 ? undefined : "the default security group keeps AWS's rules";
    },
  }),

  // Workload identity.
  rule({
    id: "ID-IMDSV2",
    title: "Nodes require IMDSv2 with a hop limit of 1",
    scanners: "CKV_AWS_79, CKV_AWS_341, AVD-AWS-0130",
    fix: 'set metadata_options { http_tokens = "required", http_put_response_hop_limit = 1 }',
    target: LaunchTemplate,
    check: (t) => {
      const m = t.metadataOptionsInput as { httpTokens?: string; httpPutResponseHopLimit?: number } | undefined;
      return m?.httpTokens === "required" && m.httpPutResponseHopLimit === 1 ? undefined : "pods could reach the node's instance role";
    },
  }),
  rule({
    id: "ID-ADDON-ROLE",
    title: "Add-ons that call AWS use their own IRSA or Pod Identity role",
    fix: "set service_account_role_arn (IRSA) or pod_identity_association on the add-on; annotate a Helm add-on's service account with eks.amazonaws.com/role-arn",
    target: TerraformResource,
    check: (r) => {
      if (r instanceof EksAddon) {
        const callsAws = ["vpc-cni", "aws-efs-csi-driver", "aws-ebs-csi-driver"].includes(String(r.addonNameInput));
        return callsAws && !isSet(r.serviceAccountRoleArnInput) && !isSet(r.podIdentityAssociationInput) ? "the add-on would use the node role" : undefined;
      }
      if (r instanceof Release && HELM_ADDONS_CALLING_AWS.includes(String(r.chartInput))) {
        const text = (r.valuesInput ?? [])[0];
        const values = (text ? parse(text) : {}) as { serviceAccount?: { annotations?: Record<string, string> } };
        return isSet(values.serviceAccount?.annotations?.["eks.amazonaws.com/role-arn"]) ? undefined : "the chart's service account has no IRSA role";
      }
      return undefined;
    },
  }),
  rule({
    id: "ID-IAM-WILDCARD",
    title: "IAM policies grant no '*' action, and '*' resources only to read-only calls",
    scanners: "CKV_AWS_289, CKV_AWS_290, CKV_AWS_355",
    fix: "name the actions, and scope resources to ARNs (or conditions) the role manages",
    target: DataAwsIamPolicyDocument,
    check: (doc) => {
      for (const s of asList(doc.statementInput as DataAwsIamPolicyDocumentStatement[] | undefined)) {
        if (s.effect === "Deny") continue;
        const actions = s.actions ?? [];
        if (actions.includes("*")) return `statement ${s.sid ?? "?"} allows every action`;
        // Key policies are attached to one key: there "*" means that key.
        const keyPolicy = actions.every((a) => a.startsWith("kms:"));
        if ((s.resources ?? []).includes("*") && !keyPolicy && !actions.every((a) => READ_ONLY.test(a))) {
          return `statement ${s.sid ?? "?"} allows ${actions.filter((a) => !READ_ONLY.test(a)).join(", ")} on every resource`;
        }
      }
      return undefined;
    },
  }),

  // Availability.
  rule({
    id: "HA-NAT-PER-AZ",
    title: "Each AZ has its own NAT gateway",
    fix: "set network.natGateways: perAz",
    target: Vpc,
    check: (_vpc, ctx) => {
      const zones = new Set(ctx.all(Subnet).map((s) => ctx.resolve(s.availabilityZoneInput)));
      const nats = ctx.all(NatGateway).length;
      return nats > 0 && nats < zones.size ? `${nats} NAT gateway(s) for ${zones.size} AZs: losing one AZ cuts egress for the others` : undefined;
    },
  }),
  rule({
    id: "HA-RDS-MULTI-AZ",
    title: "RDS is Multi-AZ",
    scanners: "CKV_AWS_157",
    fix: "set database.multiAz: true",
    target: DbInstance,
    check: (db) => (isTrue(db.multiAzInput) ? undefined : "a single-AZ database"),
  }),
  rule({
    id: "HA-CACHE-FAILOVER",
    title: "ElastiCache is Multi-AZ with automatic failover",
    scanners: "CKV2_AWS_50",
    fix: "set automatic_failover_enabled, multi_az_enabled and at least 2 nodes",
    target: ElasticacheReplicationGroup,
    check: (rg) =>
      isTrue(rg.automaticFailoverEnabledInput) && isTrue(rg.multiAzEnabledInput) && Number(rg.numCacheClustersInput ?? 0) >= 2 ? undefined : "no automatic failover to a replica in another AZ",
  }),
  rule({
    id: "HA-ZONES",
    title: "Stateful services and node groups span enough AZs (3 in production-like environments, 2 in disposable ones)",
    fix: "add availability zones to network.availabilityZones",
    target: TerraformResource,
    check: (r, ctx) => {
      const need = requiredZones(ctx);
      let zones: number | undefined;
      if (r instanceof DbSubnetGroup) zones = asList(r.subnetIdsInput).length;
      else if (r instanceof EksNodeGroup) zones = asList(r.subnetIdsInput).length;
      else if (r instanceof ElasticacheReplicationGroup) zones = new Set(asList(r.preferredCacheClusterAzsInput)).size;
      else if (r instanceof EfsFileSystem) {
        const id = ctx.resolve(r.id);
        zones = ctx.all(EfsMountTarget).filter((m) => ctx.resolve(m.fileSystemIdInput) === id).length;
      }
      if (r instanceof ElasticacheReplicationGroup) return zones !== undefined && zones < 2 ? `spans ${zones} AZ` : undefined;
      return zones !== undefined && zones < need ? `spans ${zones} AZ(s), needs ${need}` : undefined;
    },
  }),
  rule({
    id: "HA-HARBOR",
    title: "Every Harbor component runs at least 2 replicas with a PodDisruptionBudget",
    fix: "set harbor.replicas.<component> to 2 or more",
    target: Release,
    check: (release) => {
      const v = harborValues(release);
      if (!v) return undefined;
      const weak = HARBOR_COMPONENTS.filter((c) => {
        const comp = v[c] as { replicas?: number; podDisruptionBudget?: { enabled?: boolean } } | undefined;
        return !comp || (comp.replicas ?? 1) < 2 || comp.podDisruptionBudget?.enabled !== true;
      });
      return weak.length ? `${weak.join(", ")} would stop when one pod or node goes` : undefined;
    },
  }),

  // Nothing lost.
  rule({
    id: "KEEP-RDS",
    title: "RDS has deletion protection, a final snapshot and 7+ days of backups",
    scanners: "CKV_AWS_293, CKV2_AWS_60",
    fix: "set deletion_protection, skip_final_snapshot = false, backup_retention_period >= 7",
    protective: true,
    target: DbInstance,
    check: (db) =>
      isTrue(db.deletionProtectionInput) && db.skipFinalSnapshotInput === false && Number(db.backupRetentionPeriodInput ?? 0) >= 7
        ? undefined
        : "the database could be deleted without a snapshot",
  }),
  rule({
    id: "KEEP-EKS",
    title: "The EKS cluster has deletion protection",
    protective: true,
    fix: "set deletion_protection = true",
    target: EksCluster,
    check: (c) => (isTrue(c.deletionProtectionInput) ? undefined : "the cluster could be deleted"),
  }),
  rule({
    id: "KEEP-CACHE-SNAPSHOTS",
    title: "ElastiCache keeps daily snapshots",
    protective: true,
    fix: "set snapshot_retention_limit >= 1",
    target: ElasticacheReplicationGroup,
    check: (rg) => (Number(rg.snapshotRetentionLimitInput ?? 0) >= 1 ? undefined : "no snapshots"),
  }),
  rule({
    id: "KEEP-EFS-BACKUP",
    title: "EFS is backed up",
    scanners: "CKV2_AWS_18 (counts AWS Backup plans only)",
    protective: true,
    fix: 'add aws_efs_backup_policy with status = "ENABLED"',
    target: EfsFileSystem,
    check: (fs, ctx) => {
      const id = ctx.resolve(fs.id);
      const policy = ctx.all(EfsBackupPolicy).find((p) => ctx.resolve(p.fileSystemIdInput) === id);
      return (policy?.backupPolicyInput as { status?: string } | undefined)?.status === "ENABLED" ? undefined : "no backup policy";
    },
  }),
  rule({
    id: "KEEP-PREVENT-DESTROY",
    title: "Stateful resources and KMS keys are protected by prevent_destroy",
    protective: true,
    fix: "set lifecycle.prevent_destroy (the constructs do unless the environment is disposable)",
    target: TerraformResource,
    check: (r) =>
      [DbInstance, ElasticacheReplicationGroup, EfsFileSystem, KmsKey].some((t) => r instanceof t) && !preventsDestroy(r) ? "cdktf destroy would delete it" : undefined,
  }),
  rule({
    id: "KEEP-LOG-RETENTION",
    title: "Log groups expire, after at least a year in production-like environments",
    scanners: "CKV_AWS_66, CKV_AWS_338",
    fix: "set logRetentionDays (365 or more outside disposable environments)",
    target: CloudwatchLogGroup,
    check: (g, ctx) => {
      const days = Number(g.retentionInDaysInput ?? 0);
      if (days === 0) return "logs are kept forever (no retention set)";
      return !ctx.env.disposable && days < 365 ? `keeps ${days} days` : undefined;
    },
  }),
];

/** Rule ids, for config validation and the README. */
export const RULE_IDS = RULES.map((r) => r.id);
