/**
 * What each layer hands to the next. Only strings cross a stack boundary (cdktf turns them into remote-state
 * references); secrets cross only as Secrets Manager ARNs. A layer can be fed by the previous stack or by
 * existing infrastructure described in the environment config, and cannot tell the two apart.
 */

/** What the Kubernetes layer needs to install Harbor. */
export interface KubernetesLayerInputs {
  readonly region: string;
  readonly vpcId: string;
  readonly clusterName: string;
  readonly database: {
    readonly host: string;
    readonly port: string;
    readonly name: string;
    readonly username: string;
    /** Secrets Manager secret JSON `{ username, password }`. */
    readonly secretArn: string;
  };
  readonly cache: {
    readonly host: string;
    readonly port: string;
    /** Secrets Manager secret JSON `{ password }` (the AUTH token). */
    readonly secretArn: string;
  };
  readonly fileSystemId: string;
  readonly certificateArn: string;
  readonly hostedZoneId: string;
  /** KMS key for secrets the Kubernetes layer stores in Secrets Manager; undefined means aws/secretsmanager. */
  readonly secretsKmsKeyArn?: string;
  readonly roles: {
    readonly loadBalancerController: string;
    readonly externalDns: string;
  };
}

/** Everything the AWS layer publishes: the Kubernetes layer's inputs plus what operators and other tools use. */
export interface AwsLayerOutputs extends KubernetesLayerInputs {
  readonly clusterEndpoint: string;
  /** Base64 PEM, as EKS returns it. */
  readonly clusterCertificateAuthorityData: string;
  readonly oidcProviderArn: string;
  /** Security group of the nodes, the only source the data services accept. */
  readonly nodeSecurityGroupId: string;
  readonly registryHost: string;
  readonly roles: KubernetesLayerInputs["roles"] & { readonly efsCsiDriver: string };
}

/** What the Harbor layer needs: where Harbor answers and where to read its admin credentials. */
export interface KubernetesLayerOutputs {
  readonly region: string;
  /** `https://<registry host>` */
  readonly registryUrl: string;
  readonly adminUsername: string;
  /** Secrets Manager secret JSON `{ username, password }` of Harbor's admin account. */
  readonly adminSecretArn: string;
  readonly namespace: string;
  /** The cluster, for the Harbor layer's pull secrets. */
  readonly clusterName: string;
  /** KMS key for secrets stored in Secrets Manager; undefined means aws/secretsmanager. */
  readonly secretsKmsKeyArn?: string;
}

/** What the Harbor layer configures: one Harbor, and optionally the cluster its pull secrets go to. */
export interface HarborLayerInputs {
  readonly region: string;
  readonly registryUrl: string;
  /** Admin credentials in Secrets Manager; undefined means HARBOR_USERNAME / HARBOR_PASSWORD from the environment. */
  readonly adminSecretArn?: string;
  readonly clusterName?: string;
  readonly secretsKmsKeyArn?: string;
}
