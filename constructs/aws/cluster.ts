import { Construct } from "constructs";
import { DataAwsIamPolicyDocument } from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { EksAccessEntry } from "@cdktf/provider-aws/lib/eks-access-entry";
import { EksAccessPolicyAssociation } from "@cdktf/provider-aws/lib/eks-access-policy-association";
import { EksCluster } from "@cdktf/provider-aws/lib/eks-cluster";
import { IamOpenidConnectProvider } from "@cdktf/provider-aws/lib/iam-openid-connect-provider";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { IamRolePolicyAttachment } from "@cdktf/provider-aws/lib/iam-role-policy-attachment";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { Fn } from "cdktf";
import { AwsAccount } from "./account";
import { EncryptedLogGroup } from "./log-group";

export interface KubernetesClusterProps {
  readonly account: AwsAccount;
  readonly name: string;
  readonly version: string;
  readonly vpcId: string;
  /** Private subnets, one per AZ: the control plane's ENIs and the nodes live there. */
  readonly subnetIds: readonly string[];
  readonly secretsKeyArn: string;
  readonly logsKeyArn: string;
  readonly logRetentionDays: number;
  /** The public API endpoint, off unless enabled with an explicit CIDR allow-list. @default off */
  readonly publicEndpoint?: { readonly enabled: boolean; readonly cidrs: readonly string[] };
  /** IAM principals given cluster-admin through access entries. @default none */
  readonly adminPrincipalArns?: readonly string[];
  /** Deletion protection on the cluster. Off only for disposable environments. @default true */
  readonly protect?: boolean;
}

/** The five control-plane log types; CKV_AWS_37 wants all of them. */
export const CONTROL_PLANE_LOG_TYPES = ["api", "audit", "authenticator", "controllerManager", "scheduler"];

/**
 * An EKS cluster with a private API endpoint, Kubernetes secrets envelope-encrypted with a customer key, all
 * control-plane logs in an encrypted log group, access managed only through EKS access entries (no aws-auth
 * ConfigMap), the managed add-on API instead of self-managed add-ons, and an OIDC provider for IRSA.
 */
export class KubernetesCluster extends Construct {
  readonly name: string;
  readonly arn: string;
  readonly endpoint: string;
  readonly certificateAuthorityData: string;
  readonly oidcProviderArn: string;
  /** The issuer without `https://`, as IRSA trust conditions use it. */
  readonly oidcIssuer: string;
  /** Security group EKS attaches to the control plane and, by default, to managed nodes. */
  readonly clusterSecurityGroupId: string;
  /**
   * Security group every node (and so every pod without its own security group) carries; data services open
   * their port to it and to nothing else. It has no rules of its own.
   */
  readonly nodeSecurityGroupId: string;
  readonly version: string;

  constructor(scope: Construct, id: string, props: KubernetesClusterProps) {
    super(scope, id);
    const { account } = props;

    const trust = new DataAwsIamPolicyDocument(this, "cluster-trust", {
      statement: [{ actions: ["sts:AssumeRole", "sts:TagSession"], principals: [{ type: "Service", identifiers: ["eks.amazonaws.com"] }] }],
    });
    const role = new IamRole(this, "cluster-role", { name: `${props.name}-cluster`, assumeRolePolicy: trust.json, forceDetachPolicies: true });
    const attachment = new IamRolePolicyAttachment(this, "cluster-policy", {
      role: role.name,
      policyArn: `arn:${account.partition}:iam::aws:policy/AmazonEKSClusterPolicy`,
    });

    // EKS writes to /aws/eks/<name>/cluster; creating it first gives it retention and encryption.
    const logGroup = new EncryptedLogGroup(this, "logs", {
      name: `/aws/eks/${props.name}/cluster`,
      retentionDays: props.logRetentionDays,
      kmsKeyArn: props.logsKeyArn,
    });

    const nodeSg = new SecurityGroup(this, "node-sg", {
      name: `${props.name}-nodes`,
      description: "EKS nodes of Harbor: data services accept connections from this group only",
      vpcId: props.vpcId,
      revokeRulesOnDelete: true,
      tags: { Name: `${props.name}-nodes` },
    });
    this.nodeSecurityGroupId = nodeSg.id;

    const pub = props.publicEndpoint ?? { enabled: false, cidrs: [] };
    const cluster = new EksCluster(this, "cluster", {
      name: props.name,
      version: props.version,
      roleArn: role.arn,
      vpcConfig: {
        subnetIds: [...props.subnetIds],
        endpointPrivateAccess: true,
        endpointPublicAccess: pub.enabled,
        publicAccessCidrs: pub.enabled ? [...pub.cidrs] : undefined,
      },
      encryptionConfig: { resources: ["secrets"], provider: { keyArn: props.secretsKeyArn } },
      enabledClusterLogTypes: CONTROL_PLANE_LOG_TYPES,
      accessConfig: { authenticationMode: "API", bootstrapClusterCreatorAdminPermissions: false },
      bootstrapSelfManagedAddons: false,
      deletionProtection: props.protect ?? true,
      upgradePolicy: { supportType: "STANDARD" },
      kubernetesNetworkConfig: { ipFamily: "ipv4" },
      dependsOn: [attachment, logGroup],
    });
    this.name = cluster.name;
    this.arn = cluster.arn;
    this.endpoint = cluster.endpoint;
    this.certificateAuthorityData = cluster.certificateAuthority.get(0).data;
    this.clusterSecurityGroupId = cluster.vpcConfig.clusterSecurityGroupId;
    this.version = cluster.version;

    const issuerUrl = cluster.identity.get(0).oidc.get(0).issuer;
    const oidc = new IamOpenidConnectProvider(this, "oidc", { url: issuerUrl, clientIdList: ["sts.amazonaws.com"] });
    this.oidcProviderArn = oidc.arn;
    this.oidcIssuer = Fn.replace(issuerUrl, "https://", "");

    (props.adminPrincipalArns ?? []).forEach((principalArn, i) => {
      const entry = new EksAccessEntry(this, `admin-${i}`, { clusterName: cluster.name, principalArn, type: "STANDARD" });
      new EksAccessPolicyAssociation(this, `admin-${i}-policy`, {
        clusterName: cluster.name,
        principalArn: entry.principalArn,
        policyArn: `arn:${account.partition}:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy`,
        accessScope: { type: "cluster" },
      });
    });
  }
}
