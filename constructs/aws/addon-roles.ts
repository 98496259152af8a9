import { DataAwsIamPolicyDocumentStatement } from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { Construct } from "constructs";
import { AwsAccount } from "./account";
import { ServiceAccountRef, ServiceAccountRole } from "./irsa-role";

/**
 * The service accounts the add-ons run as. The Kubernetes layer installs the charts with exactly these names,
 * so the IRSA trust policies here and the releases there cannot drift apart.
 */
export const ADDON_SERVICE_ACCOUNTS = {
  vpcCni: { namespace: "kube-system", name: "aws-node" },
  efsCsi: { namespace: "kube-system", name: "efs-csi-*" },
  loadBalancerController: { namespace: "kube-system", name: "aws-load-balancer-controller" },
  externalDns: { namespace: "kube-system", name: "external-dns" },
} as const satisfies Record<string, ServiceAccountRef>;

export interface AddonRolesProps {
  readonly account: AwsAccount;
  readonly clusterName: string;
  readonly oidcProviderArn: string;
  readonly oidcIssuer: string;
  readonly hostedZoneArn: string;
  readonly fileSystemArn: string;
}

/** IRSA roles of the cluster add-ons, each limited to the resources it manages. */
export class AddonRoles extends Construct {
  readonly vpcCni: ServiceAccountRole;
  readonly efsCsiDriver: ServiceAccountRole;
  readonly loadBalancerController: ServiceAccountRole;
  readonly externalDns: ServiceAccountRole;

  constructor(scope: Construct, id: string, props: AddonRolesProps) {
    super(scope, id);
    const { account } = props;
    const role = (rid: string, serviceAccount: ServiceAccountRef, extra: { statements?: DataAwsIamPolicyDocumentStatement[]; managedPolicyArns?: string[] }) =>
      new ServiceAccountRole(this, rid, {
        roleName: `${props.clusterName}-${rid}`,
        oidcProviderArn: props.oidcProviderArn,
        oidcIssuer: props.oidcIssuer,
        serviceAccount,
        ...extra,
      });

    // The CNI policy sits on the add-on's own role instead of the node role, so pods cannot borrow it.
    this.vpcCni = role("vpc-cni", ADDON_SERVICE_ACCOUNTS.vpcCni, {
      managedPolicyArns: [`arn:${account.partition}:iam::aws:policy/AmazonEKS_CNI_Policy`],
    });
    this.efsCsiDriver = role("efs-csi", ADDON_SERVICE_ACCOUNTS.efsCsi, { statements: efsCsiStatements(account, props.fileSystemArn) });
    this.loadBalancerController = role("aws-load-balancer-controller", ADDON_SERVICE_ACCOUNTS.loadBalancerController, {
      statements: loadBalancerControllerStatements(account, props.clusterName),
    });
    this.externalDns = role("external-dns", ADDON_SERVICE_ACCOUNTS.externalDns, { statements: externalDnsStatements(props.hostedZoneArn) });
  }
}

/** EFS CSI driver: manage access points it tagged itself, on this file system only, mount only via mount targets. */
export function efsCsiStatements(account: AwsAccount, fileSystemArn: string): DataAwsIamPolicyDocumentStatement[] {
  const accessPoints = `arn:${account.partition}:elasticfilesystem:${account.region}:${account.accountId}:access-point/*`;
  return [
    { sid: "Describe", actions: ["elasticfilesystem:DescribeAccessPoints", "elasticfilesystem:DescribeFileSystems", "elasticfilesystem:DescribeMountTargets"], resources: [fileSystemArn, accessPoints] },
    // DescribeAvailabilityZones has no resource-level permissions.
    { sid: "Zones", actions: ["ec2:DescribeAvailabilityZones"], resources: ["*"] },
    {
      sid: "CreateTaggedAccessPoints",
      actions: ["elasticfilesystem:CreateAccessPoint", "elasticfilesystem:TagResource"],
      resources: [fileSystemArn, accessPoints],
      condition: [{ test: "StringLike", variable: "aws:RequestTag/efs.csi.aws.com/cluster", values: ["true"] }],
    },
    {
      sid: "DeleteOwnAccessPoints",
      actions: ["elasticfilesystem:DeleteAccessPoint"],
      resources: [accessPoints],
      condition: [{ test: "StringEquals", variable: "aws:ResourceTag/efs.csi.aws.com/cluster", values: ["true"] }],
    },
    {
      sid: "MountThroughMountTargets",
      actions: ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite", "elasticfilesystem:ClientRootAccess"],
      resources: [fileSystemArn],
      condition: [{ test: "Bool", variable: "elasticfilesystem:AccessedViaMountTarget", values: ["true"] }],
    },
  ];
}

/** ExternalDNS: change records in the registry's hosted zone only. */
export function externalDnsStatements(hostedZoneArn: string): DataAwsIamPolicyDocumentStatement[] {
  return [
    { sid: "ChangeRecordsInZone", actions: ["route53:ChangeResourceRecordSets", "route53:ListResourceRecordSets", "route53:ListTagsForResources"], resources: [hostedZoneArn] },
    // Zone discovery has no resource-level permissions.
    { sid: "DiscoverZones", actions: ["route53:ListHostedZones"], resources: ["*"] },
  ];
}

/**
 * AWS Load Balancer Controller, after the controller's published policy (v2.x), with every mutating action
 * limited to the ELB and security-group ARNs of this account and region and to resources the controller tagged
 * with `elbv2.k8s.aws/cluster`. Only read-only Describe/Get calls, which have no resource-level permissions,
 * keep `*`.
 */
export function loadBalancerControllerStatements(account: AwsAccount, clusterName: string): DataAwsIamPolicyDocumentStatement[] {
  const arn = (service: string, resource: string) => `arn:${account.partition}:${service}:${account.region}:${account.accountId}:${resource}`;
  const securityGroups = arn("ec2", "security-group/*");
  const loadBalancers = [arn("elasticloadbalancing", "loadbalancer/app/*/*"), arn("elasticloadbalancing", "loadbalancer/net/*/*")];
  const targetGroups = arn("elasticloadbalancing", "targetgroup/*/*");
  const listeners = [arn("elasticloadbalancing", "listener/app/*/*/*"), arn("elasticloadbalancing", "listener/net/*/*/*")];
  const listenerRules = [arn("elasticloadbalancing", "listener-rule/app/*/*/*"), arn("elasticloadbalancing", "listener-rule/net/*/*/*")];
  const taggedByController = { test: "Null", variable: "aws:ResourceTag/elbv2.k8s.aws/cluster", values: ["false"] };
  const taggingOnCreate = { test: "Null", variable: "aws:RequestTag/elbv2.k8s.aws/cluster", values: ["false"] };
  return [
    {
      sid: "ServiceLinkedRole",
      actions: ["iam:CreateServiceLinkedRole"],
      resources: [`arn:${account.partition}:iam::${account.accountId}:role/aws-service-role/elasticloadbalancing.amazonaws.com/*`],
      condition: [{ test: "StringEquals", variable: "iam:AWSServiceName", values: ["elasticloadbalancing.amazonaws.com"] }],
    },
    {
      sid: "ReadOnly",
      actions: [
        "ec2:DescribeAccountAttributes", "ec2:DescribeAddresses", "ec2:DescribeAvailabilityZones", "ec2:DescribeInternetGateways",
        "ec2:DescribeVpcs", "ec2:DescribeVpcPeeringConnections", "ec2:DescribeSubnets", "ec2:DescribeSecurityGroups",
        "ec2:DescribeInstances", "ec2:DescribeNetworkInterfaces", "ec2:DescribeTags", "ec2:GetCoipPoolUsage", "ec2:DescribeCoipPools",
        "ec2:GetSecurityGroupsForVpc", "ec2:DescribeIpamPools", "ec2:DescribeRouteTables",
        "elasticloadbalancing:DescribeLoadBalancers", "elasticloadbalancing:DescribeLoadBalancerAttributes", "elasticloadbalancing:DescribeListeners",
        "elasticloadbalancing:DescribeListenerCertificates", "elasticloadbalancing:DescribeSSLPolicies", "elasticloadbalancing:DescribeRules",
        "elasticloadbalancing:DescribeTargetGroups", "elasticloadbalancing:DescribeTargetGroupAttributes", "elasticloadbalancing:DescribeTargetHealth",
        "elasticloadbalancing:DescribeTags", "elasticloadbalancing:DescribeTrustStores", "elasticloadbalancing:DescribeListenerAttributes",
        "elasticloadbalancing:DescribeCapacityReservation",
        "acm:ListCertificates", "acm:DescribeCertificate", "iam:ListServerCertificates", "iam:GetServerCertificate",
        "wafv2:GetWebACL", "wafv2:GetWebACLForResource", "shield:GetSubscriptionState",
      ],
      resources: ["*"],
    },
    {
      sid: "WebAcls",
      actions: ["wafv2:AssociateWebACL", "wafv2:DisassociateWebACL"],
      resources: [...loadBalancers, arn("wafv2", "regional/webacl/*/*")],
    },
    { sid: "CreateSecurityGroups", actions: ["ec2:CreateSecurityGroup"], resources: [securityGroups, arn("ec2", "vpc/*")] },
    {
      sid: "TagNewSecurityGroups",
      actions: ["ec2:CreateTags"],
      resources: [securityGroups],
      condition: [{ test: "StringEquals", variable: "ec2:CreateAction", values: ["CreateSecurityGroup"] }, taggingOnCreate],
    },
    {
      sid: "ManageOwnSecurityGroups",
      actions: ["ec2:CreateTags", "ec2:DeleteTags", "ec2:AuthorizeSecurityGroupIngress", "ec2:RevokeSecurityGroupIngress", "ec2:DeleteSecurityGroup"],
      resources: [securityGroups],
      condition: [taggedByController],
    },
    {
      // The controller opens the nodes' security groups to the load balancer's; EKS tags them with the cluster.
      sid: "OpenClusterSecurityGroups",
      actions: ["ec2:AuthorizeSecurityGroupIngress", "ec2:RevokeSecurityGroupIngress"],
      resources: [securityGroups],
      condition: [{ test: "StringEquals", variable: `aws:ResourceTag/kubernetes.io/cluster/${clusterName}`, values: ["owned", "shared"] }],
    },
    {
      sid: "CreateTaggedLoadBalancers",
      actions: ["elasticloadbalancing:CreateLoadBalancer", "elasticloadbalancing:CreateTargetGroup"],
      resources: [...loadBalancers, targetGroups],
      condition: [taggingOnCreate],
    },
    {
      sid: "Listeners",
      actions: ["elasticloadbalancing:CreateListener", "elasticloadbalancing:DeleteListener", "elasticloadbalancing:CreateRule", "elasticloadbalancing:DeleteRule"],
      resources: [...loadBalancers, ...listeners, ...listenerRules],
    },
    {
      sid: "TagOwnResources",
      actions: ["elasticloadbalancing:AddTags", "elasticloadbalancing:RemoveTags"],
      resources: [...loadBalancers, targetGroups, ...listeners, ...listenerRules],
      condition: [taggedByController],
    },
    {
      sid: "TagOnCreate",
      actions: ["elasticloadbalancing:AddTags"],
      resources: [...loadBalancers, targetGroups, ...listeners, ...listenerRules],
      condition: [
        { test: "StringEquals", variable: "elasticloadbalancing:CreateAction", values: ["CreateTargetGroup", "CreateLoadBalancer", "CreateListener", "CreateRule"] },
        taggingOnCreate,
      ],
    },
    {
      sid: "ManageOwnLoadBalancers",
      actions: [
        "elasticloadbalancing:ModifyLoadBalancerAttributes", "elasticloadbalancing:SetIpAddressType", "elasticloadbalancing:SetSecurityGroups",
        "elasticloadbalancing:SetSubnets", "elasticloadbalancing:DeleteLoadBalancer", "elasticloadbalancing:ModifyTargetGroup",
        "elasticloadbalancing:ModifyTargetGroupAttributes", "elasticloadbalancing:DeleteTargetGroup", "elasticloadbalancing:ModifyListenerAttributes",
        "elasticloadbalancing:ModifyCapacityReservation", "elasticloadbalancing:ModifyIpPools",
      ],
      resources: [...loadBalancers, targetGroups],
      condition: [taggedByController],
    },
    { sid: "Targets", actions: ["elasticloadbalancing:RegisterTargets", "elasticloadbalancing:DeregisterTargets"], resources: [targetGroups] },
    {
      sid: "ListenerSettings",
      actions: [
        "elasticloadbalancing:SetWebAcl", "elasticloadbalancing:ModifyListener", "elasticloadbalancing:AddListenerCertificates",
        "elasticloadbalancing:RemoveListenerCertificates", "elasticloadbalancing:ModifyRule", "elasticloadbalancing:SetRulePriorities",
      ],
      resources: [...loadBalancers, ...listeners, ...listenerRules],
    },
  ];
}
