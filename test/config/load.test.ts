import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadEnvironments, parseEnvironment, parseEnvironmentYaml } from "../../config/load";
import { configProblems, environment, rawEnvironment, ROOT } from "../synth";

const problems = configProblems;

const minimal = {
  aws: { region: "eu-west-1" },
  network: { availabilityZones: ["eu-west-1a", "eu-west-1b", "eu-west-1c"] },
  dns: { zoneName: "example.com", registryHost: "registry.example.com" },
};

describe("environment configuration", () => {
  it("loads every shipped environment", () => {
    const names = loadEnvironments(join(ROOT, "config", "environments")).map((e) => e.name);
    expect(names).toEqual(["dev", "example"]);
  });

  it("fills every default with the secure, highly available choice", () => {
    const env = parseEnvironment("prod", minimal);
    expect(env.network.natGateways).toBe("perAz");
    expect(env.disposable).toBe(false);
    expect(env.database.multiAz).toBe(true);
    expect(env.database.backupRetentionDays).toBeGreaterThanOrEqual(7);
    expect(env.cache.nodes).toBe(3);
    expect(env.cluster.publicEndpoint.enabled).toBe(false);
    expect(env.cluster.nodeGroups).toEqual([expect.objectContaining({ name: "system", minSize: 3, capacityType: "ON_DEMAND" })]);
    expect(env.state).toEqual({ backend: "local" });
    expect(env.logRetentionDays).toBe(365);
  });

  it("the example environment looks like production: 3 AZs, HA on, not disposable", () => {
    const env = environment("example");
    expect(env.network.availabilityZones).toHaveLength(3);
    expect(env.network.natGateways).toBe("perAz");
    expect(env.disposable).toBe(false);
    expect(env.database.multiAz).toBe(true);
    expect(env.cache.nodes).toBeGreaterThanOrEqual(3);
    expect(env.dns.registryHost).toBe("registry.example.com");
  });

  it("returns a frozen model", () => {
    const env = parseEnvironment("prod", minimal);
    expect(Object.isFrozen(env)).toBe(true);
    expect(Object.isFrozen(env.cluster.nodeGroups[0])).toBe(true);
  });

  it("names the field, the rule and the value: too few availability zones", () => {
    expect(problems(() => parseEnvironment("prod", { ...minimal, network: { availabilityZones: ["eu-west-1a"] } }))).toEqual([
      'prod.network.availabilityZones: need at least 2 availability zones, got ["eu-west-1a"]',
    ]);
  });

  it("reports several problems together", () => {
    const found = problems(() =>
      parseEnvironment("prod", {
        ...minimal,
        network: { availabilityZones: ["eu-west-1a"], natGateways: "one" },
        databse: {},
      }),
    );
    expect(found).toEqual([
      expect.stringMatching(/^prod\.network\.availabilityZones: need at least 2/),
      expect.stringMatching(/^prod\.network\.natGateways: .*"perAz".*"single".*got "one"$/),
      "prod.databse: is not a known setting (check the spelling against docs/configuration.md)",
    ]);
  });

  it("requires the region", () => {
    expect(problems(() => parseEnvironment("prod", { ...minimal, aws: {} }))).toEqual(["prod.aws.region: is required"]);
  });

  it.each([
    ["an AZ outside the region", { network: { availabilityZones: ["eu-west-1a", "us-east-1b"] } }, "prod.network.availabilityZones[1]: must be in region eu-west-1, got \"us-east-1b\""],
    ["duplicate AZs", { network: { availabilityZones: ["eu-west-1a", "eu-west-1a"] } }, "prod.network.availabilityZones: availability zones must be distinct"],
    ["a VPC that is not a /16", { network: { ...minimal.network, cidr: "10.0.0.0/20" } }, "prod.network.cidr: the VPC must be a /16"],
    ["a malformed CIDR", { network: { ...minimal.network, cidr: "10.0.0/16" } }, "prod.network.cidr: must be an IPv4 CIDR block"],
    ["a registry host outside the zone", { dns: { zoneName: "example.com", registryHost: "registry.example.org" } }, "prod.dns.registryHost: must be inside the zone example.com"],
    ["an uppercase host", { dns: { zoneName: "example.com", registryHost: "Registry.example.com" } }, "prod.dns.registryHost: must be a lowercase DNS name"],
    ["a log retention CloudWatch does not offer", { logRetentionDays: 100 }, "prod.logRetentionDays: must be one of CloudWatch's retention periods"],
    ["backups kept less than a week", { database: { backupRetentionDays: 3 } }, "prod.database.backupRetentionDays: keep automated backups for at least 7 days, got 3"],
    ["no storage autoscaling headroom", { database: { allocatedStorageGiB: 100, maxAllocatedStorageGiB: 100 } }, "prod.database.maxAllocatedStorageGiB: must be above allocatedStorageGiB (100)"],
    ["an unsupported PostgreSQL major", { database: { engineVersion: "12" } }, "prod.database.engineVersion:"],
    ["a cache without a replica", { cache: { nodes: 1 } }, "prod.cache.nodes: need a primary and at least one replica for failover, got 1"],
    ["a cache without snapshots", { cache: { snapshotRetentionDays: 0 } }, "prod.cache.snapshotRetentionDays: keep at least one daily snapshot, got 0"],
    ["a public endpoint without CIDRs", { cluster: { publicEndpoint: { enabled: true } } }, "prod.cluster.publicEndpoint.cidrs: list the CIDRs allowed"],
    ["a public endpoint open to the world", { cluster: { publicEndpoint: { enabled: true, cidrs: ["0.0.0.0/0"] } } }, "prod.cluster.publicEndpoint.cidrs[0]: must not open the API server to the whole internet"],
    ["kube-proxy of another minor", { cluster: { version: "1.33" } }, "prod.cluster.addons.kubeProxy: must match the cluster's Kubernetes version 1.33"],
    ["a malformed add-on version", { cluster: { addons: { coredns: "latest" } } }, "prod.cluster.addons.coredns: must be an EKS add-on version"],
    ["an admin that is not an IAM ARN", { cluster: { adminPrincipalArns: ["admin"] } }, "prod.cluster.adminPrincipalArns[0]: must be an IAM role or user ARN"],
    ["node group sizes out of order", { cluster: { nodeGroups: [{ name: "system", minSize: 4, desiredSize: 3, maxSize: 6 }] } }, "prod.cluster.nodeGroups[0].desiredSize: need minSize <= desiredSize <= maxSize, got 4 <= 3 <= 6"],
    ["duplicate node group names", { cluster: { nodeGroups: [{ name: "a" }, { name: "a" }] } }, "prod.cluster.nodeGroups[1].name: node group names must be unique"],
    ["no node group", { cluster: { nodeGroups: [] } }, "prod.cluster.nodeGroups: need at least one node group"],
    ["an S3 backend without a bucket", { state: { backend: "s3", region: "eu-west-1", kmsKeyArn: "arn:aws:kms:eu-west-1:111122223333:alias/state" } }, "prod.state.bucket: is required"],
    ["an unknown backend", { state: { backend: "gcs" } }, "prod.state.backend:"],
    ["an account id that is not 12 digits", { aws: { region: "eu-west-1", allowedAccountIds: ["1234"] } }, "prod.aws.allowedAccountIds[0]: must be a 12-digit AWS account id"],
  ])("rejects %s, naming the field", (_label, change, expected) => {
    const found = problems(() => parseEnvironment("prod", { ...minimal, ...change }));
    expect(found).toEqual([expect.stringContaining(expected)]);
  });

  it("rejects environment names that cannot prefix AWS resource names", () => {
    expect(problems(() => parseEnvironment("Prod_1", minimal))).toEqual([expect.stringMatching(/^Prod_1: environment names must be/)]);
  });

  it("reports YAML syntax errors with the file name", () => {
    expect(problems(() => parseEnvironmentYaml("prod", "aws:\n  region: [eu-west-1\n", "prod.yaml"))).toEqual([expect.stringMatching(/^prod\.yaml: /)]);
  });

  it("reports duplicate YAML keys instead of silently taking the last", () => {
    expect(problems(() => parseEnvironmentYaml("prod", "project: a\nproject: b\n", "prod.yaml"))).toEqual([expect.stringMatching(/^prod\.yaml: .*[Mm]ap keys must be unique/)]);
  });

  it("collects problems of all environments in a folder and names unknown selections", () => {
    const dir = mkdtempSync(join(tmpdir(), "envs-"));
    writeFileSync(join(dir, "a.yaml"), "aws: {}\n");
    writeFileSync(join(dir, "b.yaml"), "project: B\n");
    const found = problems(() => loadEnvironments(dir, ["a", "b", "c"]));
    expect(found).toContain("c: no such environment (have: a, b)");
    expect(found).toContain("a.aws.region: is required");
    expect(found).toContainEqual(expect.stringMatching(/^b\.project: must be 2-16 lowercase/));
  });

  it("loads only the selected environments", () => {
    const dir = mkdtempSync(join(tmpdir(), "envs-"));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "good.yaml"), JSON.stringify(minimal));
    writeFileSync(join(dir, "bad.yaml"), "aws: {}\n");
    expect(loadEnvironments(dir, ["good"]).map((e) => e.name)).toEqual(["good"]);
  });

  it("the dev environment shows how environments differ: 2 AZs, one NAT, disposable, S3 state", () => {
    const dev = rawEnvironment("dev");
    expect(dev.network?.availabilityZones).toHaveLength(2);
    expect(dev.network?.natGateways).toBe("single");
    expect(dev.disposable).toBe(true);
    expect(dev.state).toMatchObject({ backend: "s3" });
  });
});
