import { Construct } from "constructs";
import { Release } from "@cdktf/provider-helm/lib/release";
import { ADDON_SERVICE_ACCOUNTS } from "../aws/addon-roles";
import { helmValues } from "./helm-values";

export interface ExternalDnsProps {
  readonly region: string;
  readonly roleArn: string;
  readonly zoneName: string;
  readonly hostedZoneId: string;
  /** Marks the records this installation owns, so two clusters never fight over one zone. */
  readonly ownerId: string;
  readonly chartVersion: string;
}

/** ExternalDNS, publishing the registry's host name from its Ingress into the one hosted zone it may change. */
export class ExternalDns extends Construct {
  readonly release: Release;

  constructor(scope: Construct, id: string, props: ExternalDnsProps) {
    super(scope, id);
    const sa = ADDON_SERVICE_ACCOUNTS.externalDns;
    this.release = new Release(this, "release", {
      name: "external-dns",
      repository: "https://kubernetes-sigs.github.io/external-dns",
      chart: "external-dns",
      version: props.chartVersion,
      namespace: sa.namespace,
      wait: true,
      timeout: 600,
      maxHistory: 10,
      values: helmValues({
        provider: { name: "aws" },
        env: [{ name: "AWS_DEFAULT_REGION", value: props.region }],
        serviceAccount: { create: true, name: sa.name, annotations: { "eks.amazonaws.com/role-arn": props.roleArn } },
        sources: ["ingress"],
        domainFilters: [props.zoneName],
        policy: "sync",
        registry: "txt",
        txtOwnerId: props.ownerId,
        extraArgs: ["--aws-zone-type=public", `--zone-id-filter=${props.hostedZoneId}`],
      }),
    });
  }
}
