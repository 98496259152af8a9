import { Construct } from "constructs";
import { Token } from "cdktf";
import { ElasticacheReplicationGroup } from "@cdktf/provider-aws/lib/elasticache-replication-group";
import { ElasticacheSubnetGroup } from "@cdktf/provider-aws/lib/elasticache-subnet-group";
import { AwsAccount } from "./account";
import { GeneratedSecret } from "./generated-secret";
import { EncryptedLogGroup } from "./log-group";
import { ServiceSecurityGroup } from "./security-group";

export interface RegistryCacheProps {
  readonly account: AwsAccount;
  readonly vpcId: string;
  /** Data subnets, one per AZ. */
  readonly subnetIds: readonly string[];
  readonly availabilityZones: readonly string[];
  readonly engine: "valkey" | "redis";
  readonly engineVersion: string;
  readonly nodeType: string;
  /** Primary plus replicas. @default 3 */
  readonly nodes?: number;
  readonly snapshotRetentionDays: number;
  readonly storageKeyArn: string;
  readonly secretsKeyArn: string;
  readonly logsKeyArn: string;
  readonly logRetentionDays: number;
  /** Keep a final snapshot and prevent_destroy. Off only for disposable environments. @default true */
  readonly protect?: boolean;
}

/**
 * ElastiCache for Harbor: a replication group with cluster mode disabled (Harbor selects several database
 * indexes, which cluster mode does not have), a primary and replicas spread over the AZs with automatic
 * failover, encrypted at rest with its own key and in transit (Harbor >= 2.13 speaks TLS to Redis), an AUTH
 * token generated into Secrets Manager, daily snapshots and slow/engine logs in CloudWatch.
 */
export class RegistryCache extends Construct {
  readonly primaryEndpoint: string;
  readonly port: string;
  /** Secrets Manager secret `{ password }` holding the AUTH token. */
  readonly secretArn: string;
  readonly securityGroupId: string;
  private readonly securityGroup: ServiceSecurityGroup;

  constructor(scope: Construct, id: string, props: RegistryCacheProps) {
    super(scope, id);
    const { account } = props;
    const protect = props.protect ?? true;
    const nodes = props.nodes ?? 3;
    const name = `${account.namePrefix}-harbor`;

    const subnets = new ElasticacheSubnetGroup(this, "subnets", { name, subnetIds: [...props.subnetIds], description: "Harbor cache: data subnets" });
    this.securityGroup = new ServiceSecurityGroup(this, "security-group", { name: `${name}-cache`, description: "Harbor cache", vpcId: props.vpcId, port: 6379 });
    this.securityGroupId = this.securityGroup.id;

    const token = new GeneratedSecret(this, "auth-token", {
      name: `${account.namePrefix}/harbor/cache`,
      description: `AUTH token of the ElastiCache replication group ${name}`,
      kmsKeyArn: props.secretsKeyArn,
      // ElastiCache AUTH tokens: 16-128 printable characters; alphanumeric avoids escaping in redis URLs.
      length: 64,
      recoveryWindowDays: protect ? 30 : 0,
    });
    this.secretArn = token.secretArn;

    const logs = (["slow-log", "engine-log"] as const).map((type) => ({
      type,
      group: new EncryptedLogGroup(this, `logs-${type}`, {
        name: `/aws/elasticache/${name}/${type}`,
        retentionDays: props.logRetentionDays,
        kmsKeyArn: props.logsKeyArn,
      }),
    }));

    const major = props.engineVersion.split(".")[0];
    const group = new ElasticacheReplicationGroup(this, "replication-group", {
      replicationGroupId: name,
      description: "Harbor job queue, cache and sessions",
      engine: props.engine,
      engineVersion: props.engineVersion,
      parameterGroupName: `default.${props.engine}${major}`,
      nodeType: props.nodeType,
      clusterMode: "disabled",
      numCacheClusters: nodes,
      preferredCacheClusterAzs: Array.from({ length: nodes }, (_, i) => props.availabilityZones[i % props.availabilityZones.length]),
      multiAzEnabled: true,
      automaticFailoverEnabled: true,
      port: 6379,
      subnetGroupName: subnets.name,
      securityGroupIds: [this.securityGroup.id],
      networkType: "ipv4",
      atRestEncryptionEnabled: "true",
      kmsKeyId: props.storageKeyArn,
      transitEncryptionEnabled: true,
      transitEncryptionMode: "required",
      authToken: token.value,
      authTokenUpdateStrategy: "ROTATE",
      autoMinorVersionUpgrade: "true",
      applyImmediately: false,
      maintenanceWindow: "sun:05:00-sun:06:00",
      snapshotWindow: "03:00-04:00",
      snapshotRetentionLimit: props.snapshotRetentionDays,
      finalSnapshotIdentifier: protect ? `${name}-final` : undefined,
      logDeliveryConfiguration: logs.map(({ type, group: logGroup }) => ({
        destination: logGroup.name,
        destinationType: "cloudwatch-logs",
        logFormat: "json",
        logType: type,
      })),
      lifecycle: { preventDestroy: protect },
    });
    this.primaryEndpoint = group.primaryEndpointAddress;
    this.port = Token.asString(group.port);
  }

  /** Opens the Redis port to members of a security group (the EKS nodes). */
  allowConnectionsFrom(label: string, securityGroupId: string): void {
    this.securityGroup.allowFrom(label, securityGroupId);
  }
}
