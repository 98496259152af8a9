import { Construct } from "constructs";
import { Fn } from "cdktf";
import { DataAwsEksCluster } from "@cdktf/provider-aws/lib/data-aws-eks-cluster";
import { HelmProvider } from "@cdktf/provider-helm/lib/provider";
import { KubernetesProvider } from "@cdktf/provider-kubernetes/lib/provider";

export interface ClusterAccessProps {
  readonly clusterName: string;
  readonly region: string;
}

/**
 * The helm and kubernetes providers of a stack, talking to an EKS cluster read by name in this stack and
 * authenticated with `aws eks get-token` on every call: no token is ever stored in state or passed between
 * stacks, and long Helm installs never outlive a 15-minute token.
 */
export class ClusterAccess extends Construct {
  readonly endpoint: string;

  constructor(scope: Construct, id: string, props: ClusterAccessProps) {
    super(scope, id);
    const cluster = new DataAwsEksCluster(this, "cluster", { name: props.clusterName });
    const host = cluster.endpoint;
    const clusterCaCertificate = Fn.base64decode(cluster.certificateAuthority.get(0).data);
    const exec = {
      apiVersion: "client.authentication.k8s.io/v1beta1",
      command: "aws",
      args: ["eks", "get-token", "--cluster-name", props.clusterName, "--region", props.region, "--output", "json"],
    };
    // helm 3.x: `kubernetes` and `exec` are objects; kubernetes 2.x: `exec` is a list.
    new HelmProvider(scope, "helm", { kubernetes: { host, clusterCaCertificate, exec } });
    new KubernetesProvider(scope, "kubernetes", { host, clusterCaCertificate, exec: [exec] });
    this.endpoint = host;
  }
}
