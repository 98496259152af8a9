import { Construct } from "constructs";
import { Fn } from "cdktf";
import { DataAwsIamPolicyDocument } from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { DefaultSecurityGroup } from "@cdktf/provider-aws/lib/default-security-group";
import { Eip } from "@cdktf/provider-aws/lib/eip";
import { FlowLog } from "@cdktf/provider-aws/lib/flow-log";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { IamRolePolicy } from "@cdktf/provider-aws/lib/iam-role-policy";
import { InternetGateway } from "@cdktf/provider-aws/lib/internet-gateway";
import { NatGateway } from "@cdktf/provider-aws/lib/nat-gateway";
import { Route } from "@cdktf/provider-aws/lib/route";
import { RouteTable } from "@cdktf/provider-aws/lib/route-table";
import { RouteTableAssociation } from "@cdktf/provider-aws/lib/route-table-association";
import { Subnet } from "@cdktf/provider-aws/lib/subnet";
import { Vpc } from "@cdktf/provider-aws/lib/vpc";
import { AwsAccount } from "./account";
import { EncryptedLogGroup } from "./log-group";

export interface NetworkProps {
  readonly account: AwsAccount;
  /** A /16; see the subnet layout below. */
  readonly cidr: string;
  /** @default 3 zones in production-like environments (the config requires at least 2) */
  readonly availabilityZones: readonly string[];
  /** `perAz` keeps every AZ's egress independent of the others. @default "perAz" */
  readonly natGateways?: "perAz" | "single";
  /** EKS cluster name, for the subnet tags the load balancer controller and EKS look for. */
  readonly clusterName: string;
  readonly flowLogRetentionDays: number;
  readonly logsKeyArn: string;
}

/*
 * Subnet layout of the /16, per AZ index i (at most 4 AZs):
 *   private  cidrsubnet(/16, 3, i)       /19 (8,190 addresses: the VPC CNI gives every pod a VPC address)
 *   public   cidrsubnet(/16, 6, 32 + i)  /22 (load balancers and NAT gateways only)
 *   data     cidrsubnet(/16, 6, 40 + i)  /22 (RDS, ElastiCache, EFS mount targets; no route to the internet)
 */
const PRIVATE = { bits: 3, offset: 0 };
const PUBLIC = { bits: 6, offset: 32 };
const DATA = { bits: 6, offset: 40 };

/**
 * A VPC over the configured AZs with public, private and data subnets in each, NAT per AZ, no public IPs on
 * launch, a default security group stripped of its rules, and flow logs of all traffic.
 */
export class Network extends Construct {
  readonly vpcId: string;
  readonly vpcCidr: string;
  readonly availabilityZones: readonly string[];
  readonly publicSubnetIds: string[];
  readonly privateSubnetIds: string[];
  readonly dataSubnetIds: string[];
  readonly natGatewayCount: number;

  constructor(scope: Construct, id: string, props: NetworkProps) {
    super(scope, id);
    const { account, availabilityZones: azs } = props;
    const prefix = account.namePrefix;
    const natMode = props.natGateways ?? "perAz";

    const vpc = new Vpc(this, "vpc", {
      cidrBlock: props.cidr,
      enableDnsSupport: true,
      enableDnsHostnames: true,
      instanceTenancy: "default",
      tags: { Name: prefix },
    });
    this.vpcId = vpc.id;
    this.vpcCidr = vpc.cidrBlock;
    this.availabilityZones = azs;

    // Lock down the security group AWS creates with every VPC: nothing may use it by accident (CKV2_AWS_12).
    new DefaultSecurityGroup(this, "default-sg", { vpcId: vpc.id, ingress: [], egress: [], tags: { Name: `${prefix}-default-unused` } });

    const igw = new InternetGateway(this, "igw", { vpcId: vpc.id, tags: { Name: prefix } });

    const subnet = (tier: string, layout: { bits: number; offset: number }, i: number, tags: Record<string, string>) =>
      new Subnet(this, `${tier}-${azs[i]}`, {
        vpcId: vpc.id,
        availabilityZone: azs[i],
        cidrBlock: Fn.cidrsubnet(props.cidr, layout.bits, layout.offset + i),
        mapPublicIpOnLaunch: false,
        assignIpv6AddressOnCreation: false,
        tags: { Name: `${prefix}-${tier}-${azs[i]}`, tier, ...tags },
      });

    const publicSubnets = azs.map((_, i) => subnet("public", PUBLIC, i, { "kubernetes.io/role/elb": "1" }));
    const privateSubnets = azs.map((_, i) =>
      subnet("private", PRIVATE, i, { "kubernetes.io/role/internal-elb": "1", [`kubernetes.io/cluster/${props.clusterName}`]: "shared" }),
    );
    const dataSubnets = azs.map((_, i) => subnet("data", DATA, i, {}));

    const publicRoutes = new RouteTable(this, "public-rt", { vpcId: vpc.id, tags: { Name: `${prefix}-public` } });
    new Route(this, "public-default", { routeTableId: publicRoutes.id, destinationCidrBlock: "0.0.0.0/0", gatewayId: igw.id });
    publicSubnets.forEach((s, i) => new RouteTableAssociation(this, `public-rta-${azs[i]}`, { subnetId: s.id, routeTableId: publicRoutes.id }));

    const natCount = natMode === "perAz" ? azs.length : 1;
    const nats = Array.from({ length: natCount }, (_, i) => {
      const eip = new Eip(this, `nat-eip-${azs[i]}`, { domain: "vpc", tags: { Name: `${prefix}-nat-${azs[i]}` } });
      return new NatGateway(this, `nat-${azs[i]}`, {
        allocationId: eip.allocationId,
        subnetId: publicSubnets[i].id,
        connectivityType: "public",
        tags: { Name: `${prefix}-${azs[i]}` },
        dependsOn: [igw],
      });
    });
    this.natGatewayCount = natCount;

    // Each AZ's private subnet leaves through its own AZ's NAT gateway, so an AZ outage stays in that AZ.
    privateSubnets.forEach((s, i) => {
      const rt = new RouteTable(this, `private-rt-${azs[i]}`, { vpcId: vpc.id, tags: { Name: `${prefix}-private-${azs[i]}` } });
      new Route(this, `private-default-${azs[i]}`, { routeTableId: rt.id, destinationCidrBlock: "0.0.0.0/0", natGatewayId: nats[Math.min(i, natCount - 1)].id });
      new RouteTableAssociation(this, `private-rta-${azs[i]}`, { subnetId: s.id, routeTableId: rt.id });
    });

    // Data subnets have no default route: the data stores never talk to the internet.
    const dataRoutes = new RouteTable(this, "data-rt", { vpcId: vpc.id, tags: { Name: `${prefix}-data` } });
    dataSubnets.forEach((s, i) => new RouteTableAssociation(this, `data-rta-${azs[i]}`, { subnetId: s.id, routeTableId: dataRoutes.id }));

    this.publicSubnetIds = publicSubnets.map((s) => s.id);
    this.privateSubnetIds = privateSubnets.map((s) => s.id);
    this.dataSubnetIds = dataSubnets.map((s) => s.id);

    // Flow logs of all traffic (CKV2_AWS_11) into an encrypted, expiring log group.
    const logGroup = new EncryptedLogGroup(this, "flow-logs", {
      name: `/aws/vpc/${prefix}/flow-logs`,
      retentionDays: props.flowLogRetentionDays,
      kmsKeyArn: props.logsKeyArn,
    });
    const trust = new DataAwsIamPolicyDocument(this, "flow-logs-trust", {
      statement: [
        {
          actions: ["sts:AssumeRole"],
          principals: [{ type: "Service", identifiers: ["vpc-flow-logs.amazonaws.com"] }],
          condition: [{ test: "StringEquals", variable: "aws:SourceAccount", values: [account.accountId] }],
        },
      ],
    });
    const role = new IamRole(this, "flow-logs-role", { name: `${prefix}-vpc-flow-logs`, assumeRolePolicy: trust.json, forceDetachPolicies: true });
    const write = new DataAwsIamPolicyDocument(this, "flow-logs-write", {
      statement: [
        {
          actions: ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"],
          resources: [`${logGroup.arn}:*`],
        },
      ],
    });
    new IamRolePolicy(this, "flow-logs-policy", { name: "write-flow-logs", role: role.id, policy: write.json });
    new FlowLog(this, "flow-log", {
      vpcId: vpc.id,
      trafficType: "ALL",
      logDestinationType: "cloud-watch-logs",
      logDestination: logGroup.arn,
      iamRoleArn: role.arn,
      maxAggregationInterval: 60,
      tags: { Name: `${prefix}-flow-logs` },
    });
  }
}
