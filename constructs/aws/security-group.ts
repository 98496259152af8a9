import { Construct } from "constructs";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { VpcSecurityGroupIngressRule } from "@cdktf/provider-aws/lib/vpc-security-group-ingress-rule";

export interface ServiceSecurityGroupProps {
  readonly name: string;
  readonly description: string;
  readonly vpcId: string;
  /** The single TCP port the service listens on. */
  readonly port: number;
}

/**
 * A security group for one data service: no rules at all (Terraform removes AWS's default allow-all egress)
 * until `allowFrom` opens the service port to another security group. Data services never start connections.
 */
export class ServiceSecurityGroup extends Construct {
  readonly id: string;
  private readonly props: ServiceSecurityGroupProps;
  private readonly allowed = new Set<string>();

  constructor(scope: Construct, id: string, props: ServiceSecurityGroupProps) {
    super(scope, id);
    this.props = props;
    const sg = new SecurityGroup(this, "sg", {
      name: props.name,
      description: props.description,
      vpcId: props.vpcId,
      revokeRulesOnDelete: true,
      tags: { Name: props.name },
    });
    this.id = sg.id;
  }

  /** Opens the service port to members of another security group, and to nothing else. */
  allowFrom(label: string, sourceSecurityGroupId: string): void {
    if (this.allowed.has(label)) throw new Error(`${this.node.path}: '${label}' is already allowed`);
    this.allowed.add(label);
    new VpcSecurityGroupIngressRule(this, `from-${label}`, {
      securityGroupId: this.id,
      description: `${this.props.description}: port ${this.props.port} from ${label}`,
      ipProtocol: "tcp",
      fromPort: this.props.port,
      toPort: this.props.port,
      referencedSecurityGroupId: sourceSecurityGroupId,
    });
  }
}
