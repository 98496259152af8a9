import { Construct } from "constructs";
import { Release } from "@cdktf/provider-helm/lib/release";
import { ADDON_SERVICE_ACCOUNTS } from "../aws/addon-roles";
import { addonRelease } from "./addon-release";

export interface LoadBalancerControllerProps {
  readonly clusterName: string;
  readonly region: string;
  readonly vpcId: string;
  readonly roleArn: string;
  readonly chartVersion: string;
  /** @default 2 */
  readonly replicas?: number;
  /** Tags the controller puts on every load balancer it creates. */
  readonly tags: Readonly<Record<string, string>>;
}

/**
 * The AWS Load Balancer Controller, turning Harbor's Ingress into an ALB. Region and VPC are given explicitly:
 * with IMDSv2 hop limit 1 on the nodes, pods cannot discover them from instance metadata.
 */
export class LoadBalancerController extends Construct {
  readonly release: Release;

  constructor(scope: Construct, id: string, props: LoadBalancerControllerProps) {
    super(scope, id);
    this.release = addonRelease(this, {
      repository: "https://aws.github.io/eks-charts",
      chart: "aws-load-balancer-controller",
      version: props.chartVersion,
      serviceAccount: ADDON_SERVICE_ACCOUNTS.loadBalancerController,
      roleArn: props.roleArn,
      values: {
        clusterName: props.clusterName,
        region: props.region,
        vpcId: props.vpcId,
        replicaCount: props.replicas ?? 2,
        podDisruptionBudget: { maxUnavailable: 1 },
        defaultTags: props.tags,
      },
    });
  }
}
