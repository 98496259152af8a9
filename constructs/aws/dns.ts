import { Construct } from "constructs";
import { AcmCertificate } from "@cdktf/provider-aws/lib/acm-certificate";
import { AcmCertificateValidation } from "@cdktf/provider-aws/lib/acm-certificate-validation";
import { DataAwsRoute53Zone } from "@cdktf/provider-aws/lib/data-aws-route53-zone";
import { Route53Record } from "@cdktf/provider-aws/lib/route53-record";
import { Route53Zone } from "@cdktf/provider-aws/lib/route53-zone";

export interface RegistryDnsProps {
  readonly zoneName: string;
  /** Create the public zone, or look up an existing one by name. */
  readonly createZone: boolean;
  readonly registryHost: string;
}

/**
 * The public hosted zone the registry's record lives in, and an ACM certificate for exactly the registry host
 * (no wildcard: CKV2_AWS_71), validated through DNS records in that zone. ExternalDNS creates the host's own
 * alias record from the ingress later, so this construct does not.
 */
export class RegistryDns extends Construct {
  readonly zoneId: string;
  readonly zoneArn: string;
  /** Name servers to delegate the zone to (from the parent zone or the registrar). */
  readonly nameServers: string[];
  readonly registryHost: string;
  /** ARN of the certificate once validated: consumers wait for validation by using it. */
  readonly certificateArn: string;

  constructor(scope: Construct, id: string, props: RegistryDnsProps) {
    super(scope, id);
    if (props.createZone) {
      const zone = new Route53Zone(this, "zone", { name: props.zoneName, comment: `Harbor registry ${props.registryHost}`, forceDestroy: false });
      this.zoneId = zone.zoneId;
      this.zoneArn = zone.arn;
      this.nameServers = zone.nameServers;
    } else {
      const zone = new DataAwsRoute53Zone(this, "zone", { name: props.zoneName, privateZone: false });
      this.zoneId = zone.zoneId;
      this.zoneArn = zone.arn;
      this.nameServers = zone.nameServers;
    }
    this.registryHost = props.registryHost;

    const certificate = new AcmCertificate(this, "certificate", {
      domainName: props.registryHost,
      validationMethod: "DNS",
      keyAlgorithm: "EC_prime256v1",
      options: { certificateTransparencyLoggingPreference: "ENABLED" },
      lifecycle: { createBeforeDestroy: true },
    });
    // A single name has exactly one validation record.
    const option = certificate.domainValidationOptions.get(0);
    const record = new Route53Record(this, "validation", {
      zoneId: this.zoneId,
      name: option.resourceRecordName,
      type: option.resourceRecordType,
      records: [option.resourceRecordValue],
      ttl: 300,
      allowOverwrite: true,
    });
    const validation = new AcmCertificateValidation(this, "validated", {
      certificateArn: certificate.arn,
      validationRecordFqdns: [record.fqdn],
    });
    this.certificateArn = validation.certificateArn;
  }
}
