import { Construct } from "constructs";
import { DataAwsIamPolicyDocument, DataAwsIamPolicyDocumentStatement } from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { KmsAlias } from "@cdktf/provider-aws/lib/kms-alias";
import { KmsKey } from "@cdktf/provider-aws/lib/kms-key";
import { AwsAccount, accountRootArn } from "./account";

export interface EncryptionKeyProps {
  readonly account: AwsAccount;
  /** Short purpose, used in the alias `alias/<prefix>/<purpose>`: `eks`, `rds`, `logs`, ... */
  readonly purpose: string;
  readonly description: string;
  /** Days before a scheduled deletion completes. @default 30 */
  readonly deletionWindowDays?: number;
  /**
   * AWS services (e.g. `rds`) whose calls on behalf of account principals may use the key; the grant is
   * limited to this account and to calls made through the service (`kms:ViaService`).
   * @default none
   */
  readonly viaServices?: readonly string[];
  /** prevent_destroy: a deleted key makes everything it encrypted unreadable. Off only for disposable environments. @default true */
  readonly protect?: boolean;
  /** Extra statements, for service principals that use the key directly (CloudWatch Logs). @default none */
  readonly extraStatements?: readonly DataAwsIamPolicyDocumentStatement[];
}

/**
 * A customer-managed KMS key with yearly rotation and an explicit key policy (CKV_AWS_7, CKV2_AWS_64).
 * The account root keeps administration so that IAM policies can delegate it and the key can never be
 * orphaned; use is granted per service rather than to every principal.
 */
export class EncryptionKey extends Construct {
  readonly arn: string;
  readonly keyId: string;
  readonly aliasName: string;

  constructor(scope: Construct, id: string, props: EncryptionKeyProps) {
    super(scope, id);
    const { account } = props;
    const statements: DataAwsIamPolicyDocumentStatement[] = [
      {
        sid: "AccountAdministersKey",
        principals: [{ type: "AWS", identifiers: [accountRootArn(account)] }],
        actions: ["kms:*"],
        resources: ["*"],
      },
    ];
    if (props.viaServices && props.viaServices.length > 0) {
      statements.push({
        sid: "UseThroughServices",
        principals: [{ type: "AWS", identifiers: ["*"] }],
        actions: ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:CreateGrant", "kms:ListGrants", "kms:DescribeKey"],
        resources: ["*"],
        condition: [
          { test: "StringEquals", variable: "kms:CallerAccount", values: [account.accountId] },
          { test: "StringEquals", variable: "kms:ViaService", values: props.viaServices.map((s) => `${s}.${account.region}.amazonaws.com`) },
        ],
      });
    }
    statements.push(...(props.extraStatements ?? []));
    const policy = new DataAwsIamPolicyDocument(this, "policy", { statement: statements });

    const key = new KmsKey(this, "key", {
      description: props.description,
      enableKeyRotation: true,
      rotationPeriodInDays: 365,
      deletionWindowInDays: props.deletionWindowDays ?? 30,
      keyUsage: "ENCRYPT_DECRYPT",
      customerMasterKeySpec: "SYMMETRIC_DEFAULT",
      multiRegion: false,
      policy: policy.json,
      lifecycle: { preventDestroy: props.protect ?? true },
    });
    this.aliasName = `alias/${account.namePrefix}/${props.purpose}`;
    new KmsAlias(this, "alias", { name: this.aliasName, targetKeyId: key.keyId });
    this.arn = key.arn;
    this.keyId = key.keyId;
  }
}

/**
 * One key per data store, so that a key policy or a compromised grant never reaches beyond one service,
 * and each store's data can be crypto-shredded on its own.
 */
export interface EnvironmentKeys {
  readonly eks: EncryptionKey;
  readonly rds: EncryptionKey;
  readonly elasticache: EncryptionKey;
  readonly efs: EncryptionKey;
  readonly secrets: EncryptionKey;
  readonly logs: EncryptionKey;
}

export function createEnvironmentKeys(scope: Construct, account: AwsAccount, deletionWindowDays: number, protect: boolean): EnvironmentKeys {
  const key = (purpose: string, description: string, extra: Partial<EncryptionKeyProps> = {}) =>
    new EncryptionKey(scope, `key-${purpose}`, { account, purpose, description, deletionWindowDays, protect, ...extra });
  return {
    eks: key("eks", "EKS Kubernetes secrets envelope encryption", { viaServices: ["eks"] }),
    rds: key("rds", "RDS PostgreSQL storage, snapshots and Performance Insights", { viaServices: ["rds"] }),
    elasticache: key("elasticache", "ElastiCache data at rest and snapshots", { viaServices: ["elasticache"] }),
    efs: key("efs", "EFS shared storage for Harbor", { viaServices: ["elasticfilesystem"] }),
    secrets: key("secrets", "Secrets Manager secrets of this environment", { viaServices: ["secretsmanager"] }),
    logs: key("logs", "CloudWatch log groups of this environment", {
      extraStatements: [
        {
          sid: "CloudWatchLogsUseKey",
          principals: [{ type: "Service", identifiers: [`logs.${account.region}.amazonaws.com`] }],
          actions: ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
          resources: ["*"],
          condition: [
            {
              test: "ArnLike",
              variable: "kms:EncryptionContext:aws:logs:arn",
              values: [`arn:${account.partition}:logs:${account.region}:${account.accountId}:log-group:*`],
            },
          ],
        },
      ],
    }),
  };
}
