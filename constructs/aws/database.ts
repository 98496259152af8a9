import { Construct } from "constructs";
import { Token } from "cdktf";
import { DataAwsIamPolicyDocument } from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { DbInstance } from "@cdktf/provider-aws/lib/db-instance";
import { DbParameterGroup } from "@cdktf/provider-aws/lib/db-parameter-group";
import { DbSubnetGroup } from "@cdktf/provider-aws/lib/db-subnet-group";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { IamRolePolicyAttachment } from "@cdktf/provider-aws/lib/iam-role-policy-attachment";
import { AwsAccount } from "./account";
import { GeneratedSecret } from "./generated-secret";
import { EncryptedLogGroup } from "./log-group";
import { ServiceSecurityGroup } from "./security-group";

export interface RegistryDatabaseProps {
  readonly account: AwsAccount;
  readonly vpcId: string;
  /** Data subnets, one per AZ. */
  readonly subnetIds: readonly string[];
  /** PostgreSQL major version. */
  readonly engineVersion: string;
  readonly instanceClass: string;
  readonly allocatedStorageGiB: number;
  readonly maxAllocatedStorageGiB: number;
  /** @default true */
  readonly multiAz?: boolean;
  readonly backupRetentionDays: number;
  readonly storageKeyArn: string;
  readonly secretsKeyArn: string;
  readonly logsKeyArn: string;
  readonly logRetentionDays: number;
  /** Deletion protection, a kept final snapshot and prevent_destroy. Off only for disposable environments. @default true */
  readonly protect?: boolean;
}

/** The database Harbor's core creates its schema in; it must exist before Harbor starts. */
export const HARBOR_DATABASE_NAME = "registry";
const MASTER_USERNAME = "harbor";
// RDS rejects '/', '@', '"' and spaces in master passwords; the rest of these survive a libpq connection string.
const PASSWORD_SPECIALS = "!#$%^&*()-_=+[]{}<>:?";

/**
 * RDS PostgreSQL for Harbor: Multi-AZ, encrypted with its own key, TLS forced, private to the data subnets and
 * reachable only from security groups granted through `allowConnectionsFrom`, with backups, a kept final
 * snapshot, Performance Insights, enhanced monitoring and logs in CloudWatch.
 */
export class RegistryDatabase extends Construct {
  readonly endpoint: string;
  readonly port: string;
  readonly databaseName = HARBOR_DATABASE_NAME;
  readonly username = MASTER_USERNAME;
  /** Secrets Manager secret `{ username, password }` that Harbor authenticates with. */
  readonly secretArn: string;
  readonly securityGroupId: string;
  readonly identifier: string;
  private readonly securityGroup: ServiceSecurityGroup;

  constructor(scope: Construct, id: string, props: RegistryDatabaseProps) {
    super(scope, id);
    const { account } = props;
    const protect = props.protect ?? true;
    const identifier = `${account.namePrefix}-registry`;
    this.identifier = identifier;

    const subnets = new DbSubnetGroup(this, "subnets", { name: identifier, subnetIds: [...props.subnetIds], description: "Harbor database: data subnets" });
    this.securityGroup = new ServiceSecurityGroup(this, "security-group", {
      name: `${identifier}-db`,
      description: "Harbor PostgreSQL",
      vpcId: props.vpcId,
      port: 5432,
    });
    this.securityGroupId = this.securityGroup.id;

    const parameters = new DbParameterGroup(this, "parameters", {
      name: `${identifier}-pg${props.engineVersion}`,
      family: `postgres${props.engineVersion}`,
      description: "Harbor PostgreSQL: TLS only, DDL and slow statements logged",
      parameter: [
        { name: "rds.force_ssl", value: "1", applyMethod: "pending-reboot" },
        { name: "log_statement", value: "ddl", applyMethod: "immediate" },
        { name: "log_min_duration_statement", value: "1000", applyMethod: "immediate" },
      ],
      lifecycle: { createBeforeDestroy: true },
    });

    const logGroups = ["postgresql", "upgrade"].map(
      (type) =>
        new EncryptedLogGroup(this, `logs-${type}`, {
          name: `/aws/rds/instance/${identifier}/${type}`,
          retentionDays: props.logRetentionDays,
          kmsKeyArn: props.logsKeyArn,
        }),
    );

    const monitoringTrust = new DataAwsIamPolicyDocument(this, "monitoring-trust", {
      statement: [{ actions: ["sts:AssumeRole"], principals: [{ type: "Service", identifiers: ["monitoring.rds.amazonaws.com"] }] }],
    });
    const monitoringRole = new IamRole(this, "monitoring-role", {
      name: `${identifier}-rds-monitoring`,
      assumeRolePolicy: monitoringTrust.json,
      forceDetachPolicies: true,
    });
    new IamRolePolicyAttachment(this, "monitoring-policy", {
      role: monitoringRole.name,
      policyArn: `arn:${account.partition}:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole`,
    });

    const secret = new GeneratedSecret(this, "password", {
      name: `${account.namePrefix}/harbor/database`,
      description: `Harbor's PostgreSQL credentials for ${identifier}`,
      kmsKeyArn: props.secretsKeyArn,
      length: 32,
      specialCharacters: PASSWORD_SPECIALS,
      fields: { username: MASTER_USERNAME },
      recoveryWindowDays: protect ? 30 : 0,
    });
    this.secretArn = secret.secretArn;

    const db = new DbInstance(this, "instance", {
      identifier,
      engine: "postgres",
      engineVersion: props.engineVersion,
      instanceClass: props.instanceClass,
      dbName: HARBOR_DATABASE_NAME,
      username: MASTER_USERNAME,
      password: secret.value,
      port: 5432,
      storageType: "gp3",
      allocatedStorage: props.allocatedStorageGiB,
      maxAllocatedStorage: props.maxAllocatedStorageGiB,
      storageEncrypted: true,
      kmsKeyId: props.storageKeyArn,
      multiAz: props.multiAz ?? true,
      dbSubnetGroupName: subnets.name,
      vpcSecurityGroupIds: [this.securityGroup.id],
      publiclyAccessible: false,
      parameterGroupName: parameters.name,
      caCertIdentifier: "rds-ca-rsa2048-g1",
      iamDatabaseAuthenticationEnabled: true,
      autoMinorVersionUpgrade: true,
      allowMajorVersionUpgrade: false,
      applyImmediately: false,
      backupRetentionPeriod: props.backupRetentionDays,
      backupWindow: "02:00-03:00",
      maintenanceWindow: "sun:04:00-sun:05:00",
      copyTagsToSnapshot: true,
      deleteAutomatedBackups: !protect,
      deletionProtection: protect,
      skipFinalSnapshot: !protect,
      finalSnapshotIdentifier: protect ? `${identifier}-final` : undefined,
      performanceInsightsEnabled: true,
      performanceInsightsKmsKeyId: props.storageKeyArn,
      performanceInsightsRetentionPeriod: 7,
      monitoringInterval: 60,
      monitoringRoleArn: monitoringRole.arn,
      enabledCloudwatchLogsExports: ["postgresql", "upgrade"],
      dependsOn: logGroups,
      lifecycle: { preventDestroy: protect },
    });
    this.endpoint = db.address;
    this.port = Token.asString(db.port);
  }

  /** Opens PostgreSQL's port to members of a security group (the EKS nodes). */
  allowConnectionsFrom(label: string, securityGroupId: string): void {
    this.securityGroup.allowFrom(label, securityGroupId);
  }
}
