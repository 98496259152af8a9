import { Construct } from "constructs";
import { TerraformOutput } from "cdktf";
import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import { EnvironmentConfig } from "../config/schema";
import { lookUpAccount } from "../constructs/aws/account";
import { AddonRoles } from "../constructs/aws/addon-roles";
import { RegistryCache } from "../constructs/aws/cache";
import { KubernetesCluster } from "../constructs/aws/cluster";
import { ClusterAddons } from "../constructs/aws/cluster-addons";
import { RegistryDatabase } from "../constructs/aws/database";
import { RegistryDns } from "../constructs/aws/dns";
import { createEnvironmentKeys } from "../constructs/aws/keys";
import { Network } from "../constructs/aws/network";
import { NodeGroups } from "../constructs/aws/node-groups";
import { SharedStorage } from "../constructs/aws/shared-storage";
import { EnvironmentStack } from "./environment-stack";
import { AwsLayerOutputs } from "./interfaces";

/**
 * `<env>-aws`: the network, DNS/TLS, keys, data stores and EKS cluster Harbor runs on. Publishes
 * `AwsLayerOutputs` for the Kubernetes layer.
 */
export class AwsLayerStack extends EnvironmentStack {
  readonly outputs: AwsLayerOutputs;

  constructor(scope: Construct, env: EnvironmentConfig) {
    super(scope, env, "aws");
    const region = env.aws.region;
    const protect = !env.disposable;
    this.addAwsProvider(region);
    new RandomProvider(this, "random");

    const account = lookUpAccount(this, region, this.namePrefix);
    const keys = createEnvironmentKeys(this, account, env.kmsDeletionWindowDays, protect);
    const clusterName = this.namePrefix;
    const logs = { logsKeyArn: keys.logs.arn, logRetentionDays: env.logRetentionDays };

    const network = new Network(this, "network", {
      account,
      cidr: env.network.cidr,
      availabilityZones: env.network.availabilityZones,
      natGateways: env.network.natGateways,
      clusterName,
      flowLogRetentionDays: env.network.flowLogRetentionDays,
      logsKeyArn: keys.logs.arn,
    });

    const dns = new RegistryDns(this, "dns", { zoneName: env.dns.zoneName, createZone: env.dns.createZone, registryHost: env.dns.registryHost });

    const cluster = new KubernetesCluster(this, "cluster", {
      account,
      name: clusterName,
      version: env.cluster.version,
      vpcId: network.vpcId,
      subnetIds: network.privateSubnetIds,
      secretsKeyArn: keys.eks.arn,
      publicEndpoint: env.cluster.publicEndpoint,
      adminPrincipalArns: env.cluster.adminPrincipalArns,
      protect,
      ...logs,
    });

    const data = { account, vpcId: network.vpcId, subnetIds: network.dataSubnetIds, secretsKeyArn: keys.secrets.arn, protect, ...logs };
    const database = new RegistryDatabase(this, "database", {
      ...data,
      engineVersion: env.database.engineVersion,
      instanceClass: env.database.instanceClass,
      allocatedStorageGiB: env.database.allocatedStorageGiB,
      maxAllocatedStorageGiB: env.database.maxAllocatedStorageGiB,
      multiAz: env.database.multiAz,
      backupRetentionDays: env.database.backupRetentionDays,
      storageKeyArn: keys.rds.arn,
    });
    const cache = new RegistryCache(this, "cache", {
      ...data,
      availabilityZones: env.network.availabilityZones,
      engine: env.cache.engine,
      engineVersion: env.cache.engineVersion,
      nodeType: env.cache.nodeType,
      nodes: env.cache.nodes,
      snapshotRetentionDays: env.cache.snapshotRetentionDays,
      storageKeyArn: keys.elasticache.arn,
    });
    const storage = new SharedStorage(this, "storage", { account, vpcId: network.vpcId, subnetIds: network.dataSubnetIds, kmsKeyArn: keys.efs.arn, protect });
    for (const store of [database, cache, storage]) store.allowConnectionsFrom("eks-nodes", cluster.nodeSecurityGroupId);

    const roles = new AddonRoles(this, "addon-roles", {
      account,
      clusterName,
      oidcProviderArn: cluster.oidcProviderArn,
      oidcIssuer: cluster.oidcIssuer,
      hostedZoneArn: dns.zoneArn,
      fileSystemArn: storage.fileSystemArn,
    });

    // Networking and identity add-ons come before the nodes (a node without the CNI never becomes Ready);
    // CoreDNS and the EFS CSI driver need nodes to schedule on, so they come after.
    const versions = env.cluster.addons;
    const addons = new ClusterAddons(this, "addons", cluster.name);
    const beforeNodes = [
      addons.add("vpc-cni", { version: versions.vpcCni, roleArn: roles.vpcCni.arn }),
      addons.add("kube-proxy", { version: versions.kubeProxy }),
      addons.add("eks-pod-identity-agent", { version: versions.podIdentityAgent }),
    ];
    const nodes = new NodeGroups(this, "nodes", {
      account,
      clusterName: cluster.name,
      clusterVersion: cluster.version,
      subnetIds: network.privateSubnetIds,
      securityGroupIds: [cluster.clusterSecurityGroupId, cluster.nodeSecurityGroupId],
      groups: env.cluster.nodeGroups,
      dependsOn: beforeNodes,
    });
    addons.add("coredns", { version: versions.coredns }, nodes.groups);
    addons.add("aws-efs-csi-driver", { version: versions.efsCsiDriver, roleArn: roles.efsCsiDriver.arn }, nodes.groups);

    this.outputs = {
      region,
      vpcId: network.vpcId,
      clusterName: cluster.name,
      clusterEndpoint: cluster.endpoint,
      clusterCertificateAuthorityData: cluster.certificateAuthorityData,
      oidcProviderArn: cluster.oidcProviderArn,
      nodeSecurityGroupId: cluster.nodeSecurityGroupId,
      database: { host: database.endpoint, port: database.port, name: database.databaseName, username: database.username, secretArn: database.secretArn },
      cache: { host: cache.primaryEndpoint, port: cache.port, secretArn: cache.secretArn },
      fileSystemId: storage.fileSystemId,
      certificateArn: dns.certificateArn,
      hostedZoneId: dns.zoneId,
      secretsKmsKeyArn: keys.secrets.arn,
      registryHost: dns.registryHost,
      roles: {
        loadBalancerController: roles.loadBalancerController.arn,
        externalDns: roles.externalDns.arn,
        efsCsiDriver: roles.efsCsiDriver.arn,
      },
    };

    // For operators (`cdktf output`); the Kubernetes layer reads the typed outputs above.
    new TerraformOutput(this, "cluster_name", { value: cluster.name, description: "EKS cluster name" });
    new TerraformOutput(this, "kubeconfig_command", {
      value: `aws eks update-kubeconfig --region ${region} --name ${clusterName}`,
      description: "Adds the cluster to your kubeconfig (needs an EKS access entry)",
    });
    new TerraformOutput(this, "database_secret_arn", { value: database.secretArn, description: "Secrets Manager secret with Harbor's database credentials" });
    new TerraformOutput(this, "cache_secret_arn", { value: cache.secretArn, description: "Secrets Manager secret with the ElastiCache AUTH token" });
    new TerraformOutput(this, "hosted_zone_name_servers", {
      value: dns.nameServers,
      description: `Name servers of ${env.dns.zoneName}: delegate the zone to them, or the certificate never validates`,
    });
  }
}
