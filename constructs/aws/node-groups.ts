import { Construct } from "constructs";
import { DataAwsIamPolicyDocument } from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { EksNodeGroup } from "@cdktf/provider-aws/lib/eks-node-group";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { IamRolePolicyAttachment } from "@cdktf/provider-aws/lib/iam-role-policy-attachment";
import { LaunchTemplate } from "@cdktf/provider-aws/lib/launch-template";
import { ITerraformDependable, Token } from "cdktf";
import { AwsAccount } from "./account";

export interface NodeGroupSpec {
  readonly name: string;
  readonly instanceTypes: readonly string[];
  readonly capacityType: "ON_DEMAND" | "SPOT";
  readonly minSize: number;
  readonly desiredSize: number;
  readonly maxSize: number;
  readonly diskSizeGiB: number;
  readonly amiType: string;
  readonly labels: Readonly<Record<string, string>>;
}

export interface NodeGroupsProps {
  readonly account: AwsAccount;
  /** The cluster's name attribute (a reference, so node groups wait for the cluster). */
  readonly clusterName: string;
  readonly clusterVersion: string;
  /** Private subnets, one per AZ: every group spans them all. */
  readonly subnetIds: readonly string[];
  /** Security groups every node carries: the EKS cluster group (control plane, node-to-node) and the node group. */
  readonly securityGroupIds: readonly string[];
  readonly groups: readonly NodeGroupSpec[];
  /** Created first (add-ons that must exist before nodes join, such as the CNI). */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * Managed node groups over every private subnet (so every AZ has nodes), from launch templates that require
 * IMDSv2 with a hop limit of 1 (pods cannot reach the node role; they use IRSA) and encrypt the root volume.
 */
export class NodeGroups extends Construct {
  readonly roleArn: string;
  /** The node groups, for resources that need nodes to exist (CoreDNS, the EFS CSI driver). */
  readonly groups: EksNodeGroup[];

  constructor(scope: Construct, id: string, props: NodeGroupsProps) {
    super(scope, id);
    const { account } = props;
    const trust = new DataAwsIamPolicyDocument(this, "trust", {
      statement: [{ actions: ["sts:AssumeRole"], principals: [{ type: "Service", identifiers: ["ec2.amazonaws.com"] }] }],
    });
    const role = new IamRole(this, "role", { name: `${account.namePrefix}-nodes`, assumeRolePolicy: trust.json, forceDetachPolicies: true });
    this.roleArn = role.arn;
    // No CNI policy here: the vpc-cni add-on has its own IRSA role.
    const attachments = ["AmazonEKSWorkerNodePolicy", "AmazonEC2ContainerRegistryReadOnly", "AmazonSSMManagedInstanceCore"].map(
      (policy) => new IamRolePolicyAttachment(this, `policy-${policy}`, { role: role.name, policyArn: `arn:${account.partition}:iam::aws:policy/${policy}` }),
    );

    this.groups = props.groups.map((spec) => {
      const name = `${account.namePrefix}-${spec.name}`;
      const template = new LaunchTemplate(this, `${spec.name}-template`, {
        name,
        description: `EKS managed node group ${name}`,
        updateDefaultVersion: true,
        vpcSecurityGroupIds: [...props.securityGroupIds],
        metadataOptions: {
          httpEndpoint: "enabled",
          httpTokens: "required",
          httpPutResponseHopLimit: 1,
          httpProtocolIpv6: "disabled",
          instanceMetadataTags: "disabled",
        },
        // Encrypted with the account's EBS key: a customer key would need a grant for the Auto Scaling
        // service-linked role in every account before any node could start.
        blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { volumeSize: spec.diskSizeGiB, volumeType: "gp3", encrypted: "true", deleteOnTermination: "true" } }],
        monitoring: { enabled: true },
        tagSpecifications: ["instance", "volume", "network-interface"].map((resourceType) => ({ resourceType, tags: { Name: name } })),
      });
      return new EksNodeGroup(this, spec.name, {
        clusterName: props.clusterName,
        nodeGroupName: name,
        version: props.clusterVersion,
        nodeRoleArn: role.arn,
        subnetIds: [...props.subnetIds],
        amiType: spec.amiType,
        capacityType: spec.capacityType,
        instanceTypes: [...spec.instanceTypes],
        launchTemplate: { id: template.id, version: Token.asString(template.latestVersion) },
        scalingConfig: { minSize: spec.minSize, desiredSize: spec.desiredSize, maxSize: spec.maxSize },
        updateConfig: { maxUnavailablePercentage: 33 },
        nodeRepairConfig: { enabled: true },
        labels: { ...spec.labels, "node-group": spec.name },
        // The cluster autoscaler changes desired size; Terraform must not fight it.
        lifecycle: { ignoreChanges: ["scaling_config[0].desired_size"] },
        dependsOn: [...attachments, ...(props.dependsOn ?? [])],
      });
    });
  }
}
