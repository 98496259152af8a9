import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { checkAgainstSchema, checkStackAgainstSchema, ProviderSchemaDocument } from "../../lib/provider-schema";
import { AwsLayerStack } from "../../stacks/aws-stack";
import { harborFromExisting, HarborLayerStack } from "../../stacks/harbor-stack";
import { KubernetesLayerStack } from "../../stacks/kubernetes-stack";
import { environment, Json, list, one, ref, ROOT, synthApp, testApp } from "../synth";

const SCHEMA: ProviderSchemaDocument = JSON.parse(readFileSync(join(ROOT, "provider-schemas", "goharbor-harbor-3.12.4.json"), "utf8"));
const HARBOR = "registry.terraform.io/goharbor/harbor";

function synthEnvironment(name = "example", change: Record<string, unknown> = {}) {
  const app = testApp();
  const env = environment(name, change);
  const aws = new AwsLayerStack(app, env);
  const kubernetes = new KubernetesLayerStack(app, env, aws.outputs);
  new HarborLayerStack(app, env, kubernetes.outputs);
  return synthApp(app)[`${name}-harbor`] as Json;
}

const json = synthEnvironment();
const projectNamed = (name: string) => list(json, "harbor_project").find((p) => p.name === name);
const projectId = (name: string) => ref(json, "harbor_project", `project-${name}_project`, "id");
const robotNamed = (name: string) => list(json, "harbor_robot_account").find((r) => r.name === name);

describe("HarborLayerStack", () => {
  it("matches the snapshot", () => {
    expect(json).toMatchSnapshot();
  });

  it("uses only arguments and blocks the goharbor/harbor 3.12.4 schema has, with every required one", () => {
    expect(Object.keys(json.resource).filter((t) => t.startsWith("harbor_")).length).toBeGreaterThanOrEqual(14);
    expect(checkStackAgainstSchema(json, SCHEMA, HARBOR)).toEqual([]);
  });

  it("signs in to the Kubernetes layer's Harbor with the admin secret read at plan time, verifying TLS", () => {
    expect(json.provider.harbor[0]).toEqual({
      url: "https://registry.example.com",
      username: expect.stringMatching(/^\$\{jsondecode\(data\.aws_secretsmanager_secret_version\..+\.secret_string\)\.username\}$/),
      password: expect.stringMatching(/^\$\{jsondecode\(data\.aws_secretsmanager_secret_version\..+\.secret_string\)\.password\}$/),
      insecure: false,
      api_version: 2,
      robot_prefix: "robot$",
    });
    const admin = Object.values<Json>(json.data.aws_secretsmanager_secret_version).find((d) => String(d.secret_id).includes("cross-stack-output"));
    expect(admin.secret_id).toMatch(/cross-stack-reference-input-example-kubernetes/);
    expect(json.terraform.required_providers.harbor).toEqual({ source: "registry.terraform.io/goharbor/harbor", version: "3.12.4" });
  });

  it("configures an existing Harbor with credentials from HARBOR_USERNAME/HARBOR_PASSWORD only", () => {
    const app = testApp();
    const env = environment("example", {
      registry: { source: "existing", existing: { url: "https://harbor.corp.example.com", clusterName: "platform" } },
    });
    const stack = new HarborLayerStack(app, env, harborFromExisting(env));
    const byo = synthApp(app)[stack.node.id];
    expect(Object.keys(synthApp(app))).toEqual(["example-harbor"]);
    expect(byo.provider.harbor[0]).toEqual({ url: "https://harbor.corp.example.com", insecure: false, api_version: 2, robot_prefix: "robot$" });
    expect(byo.data.terraform_remote_state).toBeUndefined();
    expect(Object.values<Json>(byo.data.aws_eks_cluster)[0].name).toBe("platform");
  });
});

describe("RegistryProject", () => {
  it("a private team project with quota, scanning on push, cosign and critical deployment security", () => {
    expect(projectNamed("payments")).toEqual(
      expect.objectContaining({
        public: false,
        storage_quota: 50,
        vulnerability_scanning: true,
        deployment_security: "critical",
        enable_content_trust_cosign: true,
        enable_content_trust: false,
        auto_sbom_generation: true,
        cve_allowlist: ["CVE-2023-44487"],
        force_destroy: false,
      }),
    );
  });

  it("a public base-images project", () => {
    expect(projectNamed("base-images")).toMatchObject({ public: true, storage_quota: 100, deployment_security: "high" });
  });

  it("proxy-cache projects on top of the Docker Hub and ghcr.io endpoints", () => {
    expect(projectNamed("dockerhub-cache")).toMatchObject({ registry_id: ref(json, "harbor_registry", "registry-dockerhub", "registry_id"), proxy_speed_kb: -1 });
    expect(projectNamed("ghcr-cache")).toMatchObject({ registry_id: ref(json, "harbor_registry", "registry-ghcr", "registry_id") });
    expect(projectNamed("payments").registry_id).toBeUndefined();
    expect(projectNamed("payments").proxy_speed_kb).toBeUndefined();
  });

  it("adds OIDC groups as members with their roles, by project id", () => {
    expect(list(json, "harbor_project_member_group")).toEqual([
      expect.objectContaining({ project_id: projectId("payments"), group_name: "team-payments", type: "oidc", role: "developer" }),
      expect.objectContaining({ project_id: projectId("payments"), group_name: "platform-admins", type: "oidc", role: "projectadmin" }),
    ]);
  });

  it("retention rules keep by one criterion with one repository and one tag selector, scheduled as Harbor reads it back", () => {
    const retention = one(json, "harbor_retention_policy", "project-payments");
    expect(retention).toEqual(
      expect.objectContaining({
        scope: projectId("payments"),
        schedule: "Daily",
        rule: [
          expect.objectContaining({ most_recently_pushed: 20, repo_matching: "**", tag_matching: "**", untagged_artifacts: true }),
          expect.objectContaining({ n_days_since_last_push: 365, repo_matching: "**", tag_matching: "{v*,release-*}" }),
        ],
      }),
    );
    for (const rule of retention.rule) {
      expect(Object.keys(rule).filter((k) => ["repo_matching", "repo_excluding"].includes(k))).toHaveLength(1);
      expect(Object.keys(rule).filter((k) => ["tag_matching", "tag_excluding"].includes(k))).toHaveLength(1);
    }
  });

  it("immutable tag rules reference the project by id and set one selector of each kind", () => {
    expect(one(json, "harbor_immutable_tag_rule", "project-payments")).toEqual(
      expect.objectContaining({ project_id: projectId("payments"), repo_matching: "**", tag_matching: "v*", disabled: false }),
    );
  });

  it("a webhook on scan failure with its auth header from Secrets Manager and TLS verified", () => {
    const hook = one(json, "harbor_project_webhook");
    expect(hook).toMatchObject({
      name: "scan-failures",
      project_id: projectId("payments"),
      address: "https://hooks.example.com/harbor/payments",
      notify_type: "http",
      events_types: ["SCANNING_FAILED"],
      skip_cert_verify: false,
      auth_header: expect.stringMatching(/^\$\{jsondecode\(data\.aws_secretsmanager_secret_version\..+\.secret_string\)\.authorization\}$/),
    });
  });
});

describe("Robot", () => {
  it("a project-level CI robot that can push and pull, with a finite expiry", () => {
    expect(robotNamed("payments-ci")).toMatchObject({
      level: "project",
      duration: 90,
      disable: false,
      permissions: [
        {
          kind: "project",
          namespace: ref(json, "harbor_project", "project-payments_project", "name"),
          access: [
            { resource: "artifact", action: "list", effect: "allow" },
            { resource: "artifact", action: "read", effect: "allow" },
            { resource: "repository", action: "pull", effect: "allow" },
            { resource: "repository", action: "push", effect: "allow" },
            { resource: "tag", action: "create", effect: "allow" },
            { resource: "tag", action: "list", effect: "allow" },
          ],
        },
      ],
    });
  });

  it("a system-level pull robot across four projects", () => {
    const robot = robotNamed("cluster-pull");
    expect(robot.level).toBe("system");
    expect(robot.permissions.map((p: Json) => p.namespace)).toEqual(
      ["payments", "base-images", "dockerhub-cache", "ghcr-cache"].map((p) => ref(json, "harbor_project", `project-${p}_project`, "name")),
    );
    for (const p of robot.permissions) expect(p.access).toEqual([{ resource: "repository", action: "pull", effect: "allow" }]);
  });

  it("generates each robot's secret and stores it in Secrets Manager under the environment's key, never as an output", () => {
    for (const name of ["payments-ci", "cluster-pull"]) {
      expect(robotNamed(name).secret).toMatch(/^\$\{random_password\..+\.result\}$/);
      const stored = list(json, "aws_secretsmanager_secret").find((s) => s.name === `harbor-example/harbor/robots/${name}`);
      expect(stored.kms_key_id).toMatch(/cross-stack-output-aws_kms_key/);
    }
    for (const output of Object.values<Json>(json.output)) expect(String(output.value)).toMatch(/^\$\{aws_secretsmanager_secret\..+\.arn\}$/);
  });
});

describe("PullSecrets", () => {
  it("delivers the pull robot's credentials as dockerconfigjson Secrets into both namespaces", () => {
    const secrets = list(json, "kubernetes_secret_v1");
    expect(secrets.map((s) => [s.metadata.namespace, s.metadata.name, s.type])).toEqual([
      ["payments", "harbor-cluster-pull", "kubernetes.io/dockerconfigjson"],
      ["payments-jobs", "harbor-cluster-pull", "kubernetes.io/dockerconfigjson"],
    ]);
    const config = secrets[0].data[".dockerconfigjson"];
    expect(config).toContain('"registry.example.com" = {"username" = harbor_robot_account.');
    expect(config).toContain("base64encode(join(");
  });

  it("points each namespace's default service account at the pull secret", () => {
    expect(list(json, "kubernetes_default_service_account_v1").map((sa) => [sa.metadata.namespace, sa.image_pull_secret])).toEqual([
      ["payments", [{ name: "harbor-cluster-pull" }]],
      ["payments-jobs", [{ name: "harbor-cluster-pull" }]],
    ]);
  });

  it("reaches the cluster with exec authentication", () => {
    expect(json.provider.kubernetes[0].exec[0]).toMatchObject({ command: "aws", args: expect.arrayContaining(["get-token"]) });
  });
});

describe("RegistryEndpoint and ReplicationRule", () => {
  it("Docker Hub and ghcr.io presets, and ECR with keys from Secrets Manager; a TF_VAR for the Docker Hub token", () => {
    const byName = Object.fromEntries(list(json, "harbor_registry").map((r) => [r.name, r]));
    expect(byName.dockerhub).toMatchObject({ provider_name: "docker-hub", endpoint_url: "https://hub.docker.com", access_id: "acme-registry-mirror", access_secret: "${var.dockerhub_token}", insecure: false });
    expect(byName.ghcr).toMatchObject({ provider_name: "github", endpoint_url: "https://ghcr.io" });
    expect(byName["ecr-prod"]).toMatchObject({ provider_name: "aws", access_id: expect.stringMatching(/\.secret_string\)\.accessKeyId\}$/), access_secret: expect.stringMatching(/\.secret_string\)\.secretAccessKey\}$/) });
    expect(json.variable.dockerhub_token).toMatchObject({ sensitive: true, type: "string" });
    // One data source per secret, however often it is used.
    expect(Object.values<Json>(json.data.aws_secretsmanager_secret_version).filter((d) => String(d.secret_id).endsWith("harbor/ecr-replication"))).toHaveLength(1);
  });

  it("an event-based push replication to ECR, one filter kind per block", () => {
    expect(one(json, "harbor_replication")).toMatchObject({
      name: "payments-to-ecr",
      action: "push",
      registry_id: ref(json, "harbor_registry", "registry-ecr-prod", "registry_id"),
      schedule: "event_based",
      filters: [{ name: "payments/**" }, { tag: "v*" }],
      dest_namespace: "payments",
      deletion: false,
    });
  });
});

describe("SystemSettings and OidcLogin", () => {
  it("OIDC sign-in with the client secret from Secrets Manager and the groups claim", () => {
    expect(one(json, "harbor_config_auth")).toMatchObject({
      auth_mode: "oidc_auth",
      oidc_endpoint: "https://login.example.com/realms/platform",
      oidc_client_id: "harbor",
      oidc_client_secret: expect.stringMatching(/^\$\{jsondecode\(data\.aws_secretsmanager_secret_version\..+\.secret_string\)\.clientSecret\}$/),
      oidc_scope: "openid,profile,email,offline_access",
      oidc_groups_claim: "groups",
      oidc_admin_group: "platform-admins",
      oidc_verify_cert: true,
    });
  });

  it("scan-all and garbage-collection schedules and the audit-log purge, written as the provider reads them back", () => {
    expect(one(json, "harbor_interrogation_services")).toEqual(expect.objectContaining({ vulnerability_scan_policy: "Daily", default_scanner: "Trivy" }));
    expect(one(json, "harbor_garbage_collection")).toEqual(expect.objectContaining({ schedule: "0 0 2 * * 6", delete_untagged: true, workers: 2 }));
    expect(one(json, "harbor_purge_audit_log")).toEqual(expect.objectContaining({ schedule: "Daily", audit_retention_hour: 2160, include_event_types: expect.stringContaining("pull_artifact") }));
  });

  it("restricts project creation to admins and writes every system setting so none is silently reset", () => {
    const system = one(json, "harbor_config_system");
    expect(system).toMatchObject({ project_creation_restriction: "adminonly", robot_name_prefix: "robot$", robot_token_expiration: 30, notification_enable: true });
    const settable = Object.entries(SCHEMA.provider_schemas[HARBOR].resource_schemas.harbor_config_system.block.attributes ?? {})
      .filter(([k, a]) => a.optional && k !== "id" && !["audit_log_forward_endpoint", "disabled_audit_log_event_types"].includes(k))
      .map(([k]) => k);
    expect(settable.filter((k) => !(k in system))).toEqual([]);
    expect(one(json, "harbor_config_security").cve_allowlist).toEqual([]);
  });
});

describe("schema checks of the synthesized JSON", () => {
  const block = SCHEMA.provider_schemas[HARBOR].resource_schemas.harbor_robot_account.block;
  it("catch unknown arguments, missing required ones and wrong block nesting", () => {
    expect(checkAgainstSchema({ name: "x", level: "project", permission: [] }, block, "r")).toEqual([
      "r.permission: is not an argument or block of this resource",
      "r.permissions: needs at least 1 blocks, has 0",
    ]);
    expect(checkAgainstSchema({ name: "x", permissions: [{ kind: "project", namespace: "p", access: "pull" }] }, block, "r")).toEqual([
      "r.permissions[0].access: must be a list of blocks (nesting set)",
      "r.level: is required",
    ]);
    expect(checkAgainstSchema({ name: "x", level: "system", full_name: "robot$x", permissions: [{ kind: "system", namespace: "/", access: [{ action: "read" }] }] }, block, "r")).toEqual([
      "r.full_name: is computed only and cannot be set",
      "r.permissions[0].access[0].resource: is required",
    ]);
  });
});

describe("the example's YAML", () => {
  it("declares what a team needs in a few lines: a project and a robot", () => {
    const raw = parse(readFileSync(join(ROOT, "config", "environments", "dev.yaml"), "utf8"));
    expect(Object.keys(raw.registry.projects)).toEqual(["sandbox"]);
    expect(raw.registry.robots["sandbox-ci"]).toEqual({ project: "sandbox", permissions: { repository: ["push", "pull"] }, expiresInDays: 30 });
  });
});
