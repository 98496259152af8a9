import { Construct } from "constructs";
import { ADDON_SERVICE_ACCOUNTS } from "../aws/addon-roles";
import { addonRelease } from "./addon-release";

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
  constructor(scope: Construct, id: string, props: ExternalDnsProps) {
    super(scope, id);
    addonRelease(this, {
      repository: "https://kubernetes-sigs.github.io/external-dns",
      chart: "external-dns",
      version: props.chartVersion,
      serviceAccount: ADDON_SERVICE_ACCOUNTS.externalDns,
      roleArn: props.roleArn,
      values: {
        provider: { name: "aws" },
        env: [{ name: "AWS_DEFAULT_REGION", value: props.region }],
        sources: ["ingress"],
        domainFilters: [props.zoneName],
        policy: "sync",
        registry: "txt",
        txtOwnerId: props.ownerId,
        extraArgs: ["--aws-zone-type=public", `--zone-id-filter=${props.hostedZoneId}`],
      },
    });
  }
}
