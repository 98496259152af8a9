import { AwsLayerStack } from "../../stacks/aws-stack";
import { allStatements, environment, Json, list, one, policyStatements, ref, resourcesOf, synth, testApp } from "../synth";

function synthAws(name = "example", change: Record<string, unknown> = {}) {
  const stack = new AwsLayerStack(testApp(), environment(name, change));
  return { stack, json: synth(stack) as Json };
}

const { stack: example, json } = synthAws();
const { json: dev } = synthAws("dev");

const nodeSg = ref(json, "aws_security_group", "cluster_node-sg", "id");
const privateSubnets = Object.keys(resourcesOf(json, "aws_subnet")).filter((id) => id.includes("private")).map((id) => `\${aws_subnet.${id}.id}`);
const dataSubnets = Object.keys(resourcesOf(json, "aws_subnet")).filter((id) => id.includes("data")).map((id) => `\${aws_subnet.${id}.id}`);
const keyArn = (purpose: string) => ref(json, "aws_kms_key", `key-${purpose}_key`, "arn");

/** Ingress rules of the security group whose logical id contains `sgIdPart`. */
function ingressOf(sgIdPart: string): Json[] {
  const sg = ref(json, "aws_security_group", sgIdPart, "id");
  return list(json, "aws_vpc_security_group_ingress_rule").filter((r) => r.security_group_id === sg);
}

describe("AwsLayerStack", () => {
  it("is named <env>-aws and tags every resource through the provider's default tags", () => {
    expect(example.node.id).toBe("example-aws");
    expect(json.provider.aws[0]).toMatchObject({
      region: "eu-west-1",
      default_tags: [{ tags: { environment: "example", project: "harbor", "managed-by": "cdktf" } }],
    });
  });

  it("keeps the example's state in a local file in the project root", () => {
    expect(json.terraform.backend).toEqual({ local: { path: "../../../terraform.example-aws.tfstate" } });
  });

  it("keeps a real environment's state in S3: own key per stack, encrypted with KMS, S3-native locking", () => {
    expect(dev.terraform.backend.s3).toEqual({
      bucket: "acme-terraform-state-dev",
      key: "harbor/dev/dev-aws.tfstate",
      region: "eu-central-1",
      encrypt: true,
      kms_key_id: "arn:aws:kms:eu-central-1:444455556666:alias/terraform-state",
      use_lockfile: true,
    });
    expect(dev.provider.aws[0].allowed_account_ids).toEqual(["444455556666"]);
  });

  it("matches the snapshot (example)", () => {
    expect(json).toMatchSnapshot();
  });

  it("matches the snapshot (dev)", () => {
    expect(dev).toMatchSnapshot();
  });
});

describe("Network", () => {
  it("is a VPC with DNS support and host names", () => {
    expect(one(json, "aws_vpc")).toMatchObject({ cidr_block: "10.40.0.0/16", enable_dns_support: true, enable_dns_hostnames: true });
  });

  it("has a public, a private and a data subnet in each of the 3 AZs, none assigning public IPs", () => {
    const subnets = list(json, "aws_subnet");
    expect(subnets).toHaveLength(9);
    for (const tier of ["public", "private", "data"]) {
      expect(subnets.filter((s) => s.tags.tier === tier).map((s) => s.availability_zone).sort()).toEqual(["eu-west-1a", "eu-west-1b", "eu-west-1c"]);
    }
    expect(subnets.every((s) => s.map_public_ip_on_launch === false)).toBe(true);
  });

  it("carves subnets from the VPC CIDR with cidrsubnet, without overlaps", () => {
    const cidrs = list(json, "aws_subnet").map((s) => s.cidr_block);
    expect(new Set(cidrs).size).toBe(9);
    expect(cidrs).toContain('${cidrsubnet("10.40.0.0/16", 3, 0)}');
    expect(cidrs).toContain('${cidrsubnet("10.40.0.0/16", 6, 32)}');
    expect(cidrs).toContain('${cidrsubnet("10.40.0.0/16", 6, 42)}');
  });

  it("tags public subnets for internet-facing and private subnets for internal load balancers", () => {
    const subnets = list(json, "aws_subnet");
    for (const s of subnets.filter((x) => x.tags.tier === "public")) expect(s.tags["kubernetes.io/role/elb"]).toBe("1");
    for (const s of subnets.filter((x) => x.tags.tier === "private")) expect(s.tags["kubernetes.io/role/internal-elb"]).toBe("1");
    for (const s of subnets.filter((x) => x.tags.tier === "data")) expect(Object.keys(s.tags).some((k) => k.startsWith("kubernetes.io/role"))).toBe(false);
  });

  it("routes each AZ's private subnet through a NAT gateway in the same AZ", () => {
    expect(list(json, "aws_nat_gateway")).toHaveLength(3);
    for (const az of ["eu-west-1a", "eu-west-1b", "eu-west-1c"]) {
      const route = one(json, "aws_route", `private-default-${az}`);
      expect(route.nat_gateway_id).toBe(ref(json, "aws_nat_gateway", `nat-${az}`, "id"));
      expect(one(json, "aws_nat_gateway", `nat-${az}`).subnet_id).toBe(ref(json, "aws_subnet", `public-${az}`, "id"));
    }
  });

  it("uses one shared NAT gateway when the environment asks for the cheap option", () => {
    expect(list(dev, "aws_nat_gateway")).toHaveLength(1);
    const natRefs = new Set(list(dev, "aws_route").filter((r) => r.nat_gateway_id).map((r) => r.nat_gateway_id));
    expect(natRefs.size).toBe(1);
  });

  it("gives data subnets no route to the internet", () => {
    const dataTable = ref(json, "aws_route_table", "data-rt", "id");
    expect(list(json, "aws_route").filter((r) => r.route_table_id === dataTable)).toEqual([]);
  });

  it("strips every rule from the default security group", () => {
    expect(one(json, "aws_default_security_group")).toMatchObject({ ingress: [], egress: [] });
  });

  it("logs all traffic to a KMS-encrypted log group with retention", () => {
    const flow = one(json, "aws_flow_log");
    expect(flow).toMatchObject({ traffic_type: "ALL", log_destination_type: "cloud-watch-logs" });
    const group = one(json, "aws_cloudwatch_log_group", "flow-logs");
    expect(flow.log_destination).toBe(ref(json, "aws_cloudwatch_log_group", "flow-logs", "arn"));
    expect(group).toMatchObject({ retention_in_days: 365, kms_key_id: keyArn("logs") });
  });
});

describe("RegistryDns", () => {
  it("creates the public hosted zone and a DNS-validated certificate for exactly the registry host", () => {
    expect(one(json, "aws_route53_zone")).toMatchObject({ name: "example.com" });
    const cert = one(json, "aws_acm_certificate");
    expect(cert).toMatchObject({ domain_name: "registry.example.com", validation_method: "DNS", lifecycle: { create_before_destroy: true } });
    expect(cert.subject_alternative_names).toBeUndefined();
    const record = one(json, "aws_route53_record", "validation");
    expect(record.zone_id).toBe(ref(json, "aws_route53_zone", "zone", "zone_id"));
    expect(record.name).toContain("domain_validation_options");
    expect(one(json, "aws_acm_certificate_validation").validation_record_fqdns).toEqual([ref(json, "aws_route53_record", "validation", "fqdn")]);
  });

  it("looks up an existing zone instead when the environment says so", () => {
    expect(resourcesOf(dev, "aws_route53_zone")).toEqual({});
    expect(Object.values<Json>(dev.data.aws_route53_zone)[0]).toMatchObject({ name: "dev.example.com", private_zone: false });
  });
});

describe("EncryptionKey", () => {
  it("gives each data store and the logs their own rotating customer-managed key with an explicit policy", () => {
    const keys = list(json, "aws_kms_key");
    expect(keys).toHaveLength(6);
    for (const key of keys) {
      expect(key).toMatchObject({ enable_key_rotation: true, deletion_window_in_days: 30, lifecycle: { prevent_destroy: true } });
      expect(key.policy).toMatch(/^\$\{data\.aws_iam_policy_document\..+\.json\}$/);
    }
    expect(list(json, "aws_kms_alias").map((a) => a.name).sort()).toEqual(
      ["efs", "eks", "elasticache", "logs", "rds", "secrets"].map((p) => `alias/harbor-example/${p}`),
    );
  });

  it("limits service use to this account and the one service, and lets CloudWatch Logs use the logs key", () => {
    const rds = policyStatements(json, one(json, "aws_kms_key", "key-rds").policy);
    const via = rds.find((s: Json) => s.sid === "UseThroughServices");
    expect(via.condition).toEqual(
      expect.arrayContaining([expect.objectContaining({ variable: "kms:ViaService", values: ["rds.eu-west-1.amazonaws.com"] })]),
    );
    const logs = policyStatements(json, one(json, "aws_kms_key", "key-logs").policy);
    expect(logs.find((s: Json) => s.sid === "CloudWatchLogsUseKey").principals).toEqual([{ type: "Service", identifiers: ["logs.eu-west-1.amazonaws.com"] }]);
  });
});

describe("RegistryDatabase", () => {
  const db = one(json, "aws_db_instance");

  it("is Multi-AZ PostgreSQL on gp3 with a storage autoscaling ceiling and the registry database", () => {
    expect(db).toMatchObject({
      engine: "postgres",
      engine_version: "17",
      multi_az: true,
      storage_type: "gp3",
      allocated_storage: 50,
      max_allocated_storage: 500,
      db_name: "registry",
    });
  });

  it("is encrypted with its own key, private, and forces TLS through its parameter group", () => {
    expect(db).toMatchObject({ storage_encrypted: true, kms_key_id: keyArn("rds"), publicly_accessible: false });
    const params = one(json, "aws_db_parameter_group");
    expect(params.family).toBe("postgres17");
    expect(params.parameter).toContainEqual(expect.objectContaining({ name: "rds.force_ssl", value: "1" }));
    expect(db.parameter_group_name).toBe(ref(json, "aws_db_parameter_group", "parameters", "name"));
  });

  it("keeps data safe: deletion protection, 14 days of backups, a final snapshot, tags on snapshots, prevent_destroy", () => {
    expect(db).toMatchObject({
      deletion_protection: true,
      backup_retention_period: 14,
      skip_final_snapshot: false,
      final_snapshot_identifier: "harbor-example-registry-final",
      copy_tags_to_snapshot: true,
      delete_automated_backups: false,
      lifecycle: { prevent_destroy: true },
    });
  });

  it("has Performance Insights under its key, enhanced monitoring with its role, IAM auth and log exports", () => {
    expect(db).toMatchObject({
      performance_insights_enabled: true,
      performance_insights_kms_key_id: keyArn("rds"),
      monitoring_interval: 60,
      monitoring_role_arn: ref(json, "aws_iam_role", "monitoring-role", "arn"),
      iam_database_authentication_enabled: true,
      enabled_cloudwatch_logs_exports: ["postgresql", "upgrade"],
      auto_minor_version_upgrade: true,
    });
    const groups = list(json, "aws_cloudwatch_log_group").map((g) => g.name);
    expect(groups).toEqual(expect.arrayContaining(["/aws/rds/instance/harbor-example-registry/postgresql", "/aws/rds/instance/harbor-example-registry/upgrade"]));
  });

  it("lives in the data subnets and accepts 5432 only from the EKS node security group", () => {
    expect(one(json, "aws_db_subnet_group").subnet_ids).toEqual(dataSubnets);
    expect(ingressOf("database_security-group")).toEqual([
      expect.objectContaining({ ip_protocol: "tcp", from_port: 5432, to_port: 5432, referenced_security_group_id: nodeSg }),
    ]);
    expect(ingressOf("database_security-group")[0].cidr_ipv4).toBeUndefined();
  });

  it("uses a generated password stored in Secrets Manager under a customer key, never a literal", () => {
    expect(db.password).toBe(ref(json, "random_password", "database_password", "result"));
    expect(one(json, "aws_secretsmanager_secret", "database")).toMatchObject({ name: "harbor-example/harbor/database", kms_key_id: keyArn("secrets") });
    const secretString = one(json, "aws_secretsmanager_secret_version", "database").secret_string;
    expect(secretString).toMatch(/^\$\{jsonencode\(\{"username" = "harbor", "password" = random_password\.database_password_value_[0-9A-F]+\.result\}\)\}$/);
  });

  it("drops deletion protection and final snapshots only in a disposable environment", () => {
    const devDb = one(dev, "aws_db_instance");
    expect(devDb).toMatchObject({ deletion_protection: false, skip_final_snapshot: true, lifecycle: { prevent_destroy: false } });
    expect(devDb.backup_retention_period).toBeGreaterThanOrEqual(7);
  });
});

describe("RegistryCache", () => {
  const rg = one(json, "aws_elasticache_replication_group");

  it("is a non-clustered replication group of 3 nodes spread over the AZs with automatic failover", () => {
    expect(rg).toMatchObject({ cluster_mode: "disabled", num_cache_clusters: 3, multi_az_enabled: true, automatic_failover_enabled: true });
    expect(rg.num_node_groups).toBeUndefined();
    expect([...rg.preferred_cache_cluster_azs].sort()).toEqual(["eu-west-1a", "eu-west-1b", "eu-west-1c"]);
  });

  it("encrypts at rest with its own key and in transit, with a generated AUTH token in Secrets Manager", () => {
    expect(rg).toMatchObject({
      at_rest_encryption_enabled: "true",
      kms_key_id: keyArn("elasticache"),
      transit_encryption_enabled: true,
      transit_encryption_mode: "required",
      auth_token: ref(json, "random_password", "cache_auth-token", "result"),
    });
    expect(one(json, "aws_secretsmanager_secret", "cache")).toMatchObject({ kms_key_id: keyArn("secrets") });
  });

  it("keeps 7 daily snapshots and a final one, and ships slow and engine logs to encrypted groups", () => {
    expect(rg).toMatchObject({ snapshot_retention_limit: 7, final_snapshot_identifier: "harbor-example-harbor-final" });
    expect(rg.log_delivery_configuration.map((l: Json) => l.log_type).sort()).toEqual(["engine-log", "slow-log"]);
    expect(rg.log_delivery_configuration[0].destination).toMatch(/aws_cloudwatch_log_group\..+\.name/);
  });

  it("accepts 6379 only from the EKS node security group", () => {
    expect(ingressOf("cache_security-group")).toEqual([expect.objectContaining({ from_port: 6379, to_port: 6379, referenced_security_group_id: nodeSg })]);
  });
});

describe("SharedStorage", () => {
  const fs = one(json, "aws_efs_file_system");

  it("is encrypted with its own key, elastic throughput, protected from destroy", () => {
    expect(fs).toMatchObject({ encrypted: true, kms_key_id: keyArn("efs"), throughput_mode: "elastic", lifecycle: { prevent_destroy: true } });
  });

  it("has a mount target in every AZ, reachable on 2049 only from the nodes", () => {
    const targets = list(json, "aws_efs_mount_target");
    expect(targets.map((t) => t.subnet_id).sort()).toEqual([...dataSubnets].sort());
    expect(ingressOf("storage_security-group")).toEqual([expect.objectContaining({ from_port: 2049, referenced_security_group_id: nodeSg })]);
  });

  it("is backed up and denies any access that is not over TLS", () => {
    expect(one(json, "aws_efs_backup_policy").backup_policy).toEqual({ status: "ENABLED" });
    const statements = policyStatements(json, one(json, "aws_efs_file_system_policy").policy);
    expect(statements).toContainEqual(
      expect.objectContaining({ effect: "Deny", condition: [{ test: "Bool", variable: "aws:SecureTransport", values: ["false"] }] }),
    );
  });
});

describe("KubernetesCluster", () => {
  const cluster = one(json, "aws_eks_cluster");

  it("envelope-encrypts Kubernetes secrets with its own key", () => {
    expect(cluster.encryption_config).toEqual({ resources: ["secrets"], provider: { key_arn: keyArn("eks") } });
  });

  it("sends all five control-plane log types to an encrypted log group created first", () => {
    expect(cluster.enabled_cluster_log_types).toEqual(["api", "audit", "authenticator", "controllerManager", "scheduler"]);
    expect(one(json, "aws_cloudwatch_log_group", "cluster_logs")).toMatchObject({ name: "/aws/eks/harbor-example/cluster", kms_key_id: keyArn("logs"), retention_in_days: 365 });
    expect(cluster.depends_on).toContain(ref(json, "aws_cloudwatch_log_group", "cluster_logs", "arn").replace(/^\$\{(.+)\.arn\}$/, "$1"));
  });

  it("has a private endpoint and no public endpoint by default", () => {
    expect(cluster.vpc_config).toMatchObject({ endpoint_private_access: true, endpoint_public_access: false, subnet_ids: privateSubnets });
    expect(cluster.vpc_config.public_access_cidrs).toBeUndefined();
  });

  it("limits a public endpoint to the configured CIDRs", () => {
    expect(one(dev, "aws_eks_cluster").vpc_config).toMatchObject({ endpoint_public_access: true, public_access_cidrs: ["203.0.113.0/24"] });
  });

  it("uses access entries only (authentication mode API) and grants cluster admin to the configured principals", () => {
    expect(cluster).toMatchObject({
      access_config: { authentication_mode: "API", bootstrap_cluster_creator_admin_permissions: false },
      bootstrap_self_managed_addons: false,
      deletion_protection: true,
      version: "1.34",
    });
    expect(one(json, "aws_eks_access_entry").principal_arn).toBe("arn:aws:iam::111122223333:role/platform-admin");
    expect(one(json, "aws_eks_access_policy_association")).toMatchObject({
      policy_arn: "arn:${data.aws_partition.partition.partition}:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy",
      access_scope: { type: "cluster" },
    });
  });

  it("has an OIDC provider for IRSA", () => {
    expect(one(json, "aws_iam_openid_connect_provider")).toMatchObject({
      url: `\${aws_eks_cluster.${Object.keys(resourcesOf(json, "aws_eks_cluster"))[0]}.identity[0].oidc[0].issuer}`,
      client_id_list: ["sts.amazonaws.com"],
    });
  });

  it("installs the five managed add-ons at the pinned versions, overwriting conflicts and preserved on removal", () => {
    const addons = Object.fromEntries(list(json, "aws_eks_addon").map((a) => [a.addon_name, a]));
    expect(Object.keys(addons).sort()).toEqual(["aws-efs-csi-driver", "coredns", "eks-pod-identity-agent", "kube-proxy", "vpc-cni"]);
    expect(addons["kube-proxy"].addon_version).toBe("v1.34.1-eksbuild.2");
    for (const addon of Object.values<Json>(addons)) {
      expect(addon).toMatchObject({ resolve_conflicts_on_create: "OVERWRITE", resolve_conflicts_on_update: "OVERWRITE", preserve: true });
    }
    expect(addons["vpc-cni"].service_account_role_arn).toBe(ref(json, "aws_iam_role", "addon-roles_vpc-cni", "arn"));
    expect(addons["aws-efs-csi-driver"].service_account_role_arn).toBe(ref(json, "aws_iam_role", "addon-roles_efs-csi", "arn"));
  });

  it("creates the CNI before the nodes, and CoreDNS and the EFS driver after them", () => {
    const nodeGroup = Object.keys(resourcesOf(json, "aws_eks_node_group"))[0];
    const addonId = (name: string) => Object.entries(resourcesOf(json, "aws_eks_addon")).find(([, a]) => (a as Json).addon_name === name)![0];
    expect(one(json, "aws_eks_node_group").depends_on).toContain(`aws_eks_addon.${addonId("vpc-cni")}`);
    expect(one(json, "aws_eks_addon", addonId("coredns")).depends_on).toEqual([`aws_eks_node_group.${nodeGroup}`]);
    expect(one(json, "aws_eks_addon", addonId("aws-efs-csi-driver")).depends_on).toEqual([`aws_eks_node_group.${nodeGroup}`]);
  });
});

describe("NodeGroups", () => {
  const group = one(json, "aws_eks_node_group");
  const template = one(json, "aws_launch_template");

  it("spans every private subnet with the configured sizes and instance types", () => {
    expect(group).toMatchObject({
      subnet_ids: privateSubnets,
      scaling_config: { min_size: 3, desired_size: 3, max_size: 9 },
      instance_types: ["m7i.xlarge", "m6i.xlarge"],
      capacity_type: "ON_DEMAND",
      update_config: { max_unavailable_percentage: 33 },
      node_repair_config: { enabled: true },
    });
    expect(group.remote_access).toBeUndefined();
  });

  it("requires IMDSv2 with a hop limit of 1 and encrypts the gp3 root volume", () => {
    expect(template.metadata_options).toMatchObject({ http_endpoint: "enabled", http_tokens: "required", http_put_response_hop_limit: 1 });
    expect(template.block_device_mappings).toEqual([{ device_name: "/dev/xvda", ebs: expect.objectContaining({ encrypted: "true", volume_type: "gp3", volume_size: 50 }) }]);
    expect(group.launch_template.id).toBe(ref(json, "aws_launch_template", "system-template", "id"));
  });

  it("puts the nodes in the node security group that the data services trust", () => {
    expect(template.vpc_security_group_ids).toContain(nodeSg);
    expect(one(json, "aws_security_group", "cluster_node-sg").ingress).toBeUndefined();
  });

  it("does not give the node role the CNI policy (the vpc-cni add-on has its own role)", () => {
    const nodeRole = ref(json, "aws_iam_role", "nodes_role", "name");
    const policies = list(json, "aws_iam_role_policy_attachment").filter((a) => a.role === nodeRole).map((a) => a.policy_arn);
    expect(policies.some((p: string) => p.endsWith("AmazonEKSWorkerNodePolicy"))).toBe(true);
    expect(policies.some((p: string) => p.includes("CNI"))).toBe(false);
  });
});

describe("AddonRoles", () => {
  function trustOf(roleIdPart: string): Json {
    return policyStatements(json, one(json, "aws_iam_role", roleIdPart).assume_role_policy)[0];
  }

  it.each([
    ["aws-load-balancer-controller", "StringEquals", "system:serviceaccount:kube-system:aws-load-balancer-controller"],
    ["external-dns", "StringEquals", "system:serviceaccount:kube-system:external-dns"],
    ["efs-csi", "StringLike", "system:serviceaccount:kube-system:efs-csi-*"],
    ["vpc-cni", "StringEquals", "system:serviceaccount:kube-system:aws-node"],
  ])("only the %s service account can assume its role (IRSA: audience and subject checked)", (name, test, subject) => {
    const trust = trustOf(`addon-roles_${name}_role`);
    expect(trust.actions).toEqual(["sts:AssumeRoleWithWebIdentity"]);
    expect(trust.principals).toEqual([{ type: "Federated", identifiers: [ref(json, "aws_iam_openid_connect_provider", "oidc", "arn")] }]);
    expect(trust.condition).toContainEqual(expect.objectContaining({ test, values: [subject] }));
    expect(trust.condition).toContainEqual(expect.objectContaining({ variable: expect.stringMatching(/:aud$/), values: ["sts.amazonaws.com"] }));
  });

  it("lets ExternalDNS change records only in the registry's hosted zone", () => {
    const policy = policyStatements(json, one(json, "aws_iam_role_policy", "external-dns").policy);
    const change = policy.find((s: Json) => s.actions.includes("route53:ChangeResourceRecordSets"));
    expect(change.resources).toEqual([ref(json, "aws_route53_zone", "zone", "arn")]);
  });

  it("lets the EFS CSI driver manage only access points it tagged, on this file system", () => {
    const policy = policyStatements(json, one(json, "aws_iam_role_policy", "efs-csi").policy);
    const create = policy.find((s: Json) => s.actions.includes("elasticfilesystem:CreateAccessPoint"));
    expect(create.condition).toEqual([expect.objectContaining({ variable: "aws:RequestTag/efs.csi.aws.com/cluster" })]);
    expect(create.resources).toContain(ref(json, "aws_efs_file_system", "file-system", "arn"));
  });

  it("never allows every action, and allows every resource only to read-only calls that cannot be scoped", () => {
    const allows = allStatements(json).filter((s) => s.effect !== "Deny");
    expect(allows.length).toBeGreaterThan(20);
    for (const statement of allows) {
      expect(statement.actions ?? []).not.toContain("*");
      // In a key policy "*" means "this key"; the EFS policy's "*" principal is conditioned on mount targets.
      const isKeyPolicy = (statement.actions ?? []).some((a: string) => a.startsWith("kms:"));
      if ((statement.resources ?? []).includes("*") && !isKeyPolicy) {
        const mutating = statement.actions.filter((a: string) => !/:(Describe|Get|List)/.test(a));
        expect({ sid: statement.sid, mutating }).toEqual({ sid: statement.sid, mutating: [] });
      }
    }
  });
});

describe("AwsLayerOutputs", () => {
  it("publishes every value the Kubernetes layer needs as a reference into this stack", () => {
    const o = example.outputs;
    const values = [
      o.vpcId, o.clusterName, o.clusterEndpoint, o.clusterCertificateAuthorityData, o.oidcProviderArn, o.nodeSecurityGroupId,
      o.database.host, o.database.port, o.database.secretArn, o.cache.host, o.cache.port, o.cache.secretArn,
      o.fileSystemId, o.certificateArn, o.hostedZoneId, o.roles.loadBalancerController, o.roles.externalDns, o.roles.efsCsiDriver,
    ];
    for (const v of values) expect(v).toMatch(/\$\{TfToken\[TOKEN\.\d+\]\}/);
    expect(o.region).toBe("eu-west-1");
    expect(o.registryHost).toBe("registry.example.com");
    expect(o.database.name).toBe("registry");
  });

  it("offers operators the kubeconfig command and the secret ARNs, never a secret value", () => {
    expect(json.output.kubeconfig_command.value).toBe("aws eks update-kubeconfig --region eu-west-1 --name harbor-example");
    for (const output of Object.values<Json>(json.output)) expect(JSON.stringify(output.value)).not.toMatch(/random_password/);
  });
});
