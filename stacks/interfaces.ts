/**
 * What each layer hands to the next. Only strings cross a stack boundary (cdktf turns them into remote-state
 * references); secrets cross only as Secrets Manager ARNs. A layer can be fed by the previous stack or by
 * existing infrastructure described in the environment config, and cannot tell the two apart.
 */
export interface AwsLayerOutputs {
  readonly region: string;
  readonly vpcId: string;
  readonly clusterName: string;
  readonly clusterEndpoint: string;
  /** Base64 PEM, as EKS returns it. */
  readonly clusterCertificateAuthorityData: string;
  readonly oidcProviderArn: string;
  /** Security group of the nodes, the only source the data services accept. */
  readonly nodeSecurityGroupId: string;
  readonly database: {
    readonly host: string;
    readonly port: string;
    readonly name: string;
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
  readonly registryHost: string;
  readonly roles: {
    readonly loadBalancerController: string;
    readonly externalDns: string;
    readonly efsCsiDriver: string;
  };
}
