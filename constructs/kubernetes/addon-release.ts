import { Construct } from "constructs";
import { Release } from "@cdktf/provider-helm/lib/release";
import { ServiceAccountRef } from "../aws/irsa-role";
import { helmValues } from "./helm-values";

export interface AddonReleaseProps {
  readonly repository: string;
  readonly chart: string;
  readonly version: string;
  /** The service account the chart creates, annotated with the add-on's IRSA role (the AWS layer trusts exactly it). */
  readonly serviceAccount: ServiceAccountRef;
  readonly roleArn: string;
  /** The chart's own values (the service account values are added). */
  readonly values: Record<string, unknown>;
}

/**
 * A cluster add-on installed from its Helm chart at a pinned version, running as its IRSA service account. Created
 * as `release` in the add-on's own construct, so its Terraform address is the add-on's.
 */
export function addonRelease(scope: Construct, props: AddonReleaseProps): Release {
  const sa = props.serviceAccount;
  return new Release(scope, "release", {
    name: props.chart,
    repository: props.repository,
    chart: props.chart,
    version: props.version,
    namespace: sa.namespace,
    wait: true,
    timeout: 600,
    maxHistory: 10,
    values: helmValues({
      ...props.values,
      serviceAccount: { create: true, name: sa.name, annotations: { "eks.amazonaws.com/role-arn": props.roleArn } },
    }),
  });
}
