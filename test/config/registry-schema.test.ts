import { parseEnvironment } from "../../config/load";
import { configProblems } from "../synth";

const problems = configProblems;

const base = {
  aws: { region: "eu-west-1" },
  network: { availabilityZones: ["eu-west-1a", "eu-west-1b", "eu-west-1c"] },
  dns: { zoneName: "example.com", registryHost: "registry.example.com" },
};
const withRegistry = (registry: Record<string, unknown>) => ({ ...base, registry });
const project = { team: {} };
const SM = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:x";

describe("registry configuration", () => {
  it("defaults a project to private, unlimited, scanned on push, with no deployment block", () => {
    const env = parseEnvironment("prod", withRegistry({ projects: { team: {} } }));
    expect(env.registry.projects.team).toMatchObject({ public: false, quota: -1, scanOnPush: true, deploymentSecurity: "none", requireCosign: false });
  });

  it.each([
    ["50GiB", 50],
    ["1TiB", 1024],
    ["2048MiB", 2],
    ["unlimited", -1],
  ])("reads the quota %s as %d GiB", (quota, gib) => {
    expect(parseEnvironment("prod", withRegistry({ projects: { team: { quota } } })).registry.projects.team.quota).toBe(gib);
  });

  it.each([
    ["daily", "Daily"],
    ["WEEKLY", "Weekly"],
    ["0 0 0 * * *", "Daily"],
    ["0  0 * * * *", "Hourly"],
    ["0 30 2 * * *", "0 30 2 * * *"],
  ])("writes the schedule %s the way Harbor reads it back: %s", (schedule, expected) => {
    const env = parseEnvironment("prod", withRegistry({ system: { scanAllSchedule: schedule } }));
    expect(env.registry.system.scanAllSchedule).toBe(expected);
  });

  it("expires robots after 90 days unless never is written explicitly", () => {
    const env = parseEnvironment("prod", withRegistry({ projects: project, robots: { ci: { project: "team", permissions: { repository: ["push"] } }, forever: { project: "team", permissions: { repository: ["pull"] }, expiresInDays: "never" } } }));
    expect(env.registry.robots.ci.expiresInDays).toBe(90);
    expect(env.registry.robots.forever.expiresInDays).toBe("never");
  });

  it.each([
    ["an uppercase project name", { projects: { Team: {} } }, "prod.registry.projects.Team: project names must be lowercase"],
    ["a project name with a leading dash", { projects: { "-team": {} } }, "prod.registry.projects.-team: project names must be lowercase"],
    ["a quota in bytes", { projects: { team: { quota: "5000000" } } }, 'prod.registry.projects.team.quota: must be a size such as "50GiB"'],
    ["a quota below 1 GiB", { projects: { team: { quota: "100MiB" } } }, "prod.registry.projects.team.quota: Harbor quotas are whole GiB"],
    ["an unknown severity", { projects: { team: { deploymentSecurity: "severe" } } }, "prod.registry.projects.team.deploymentSecurity:"],
    ["a malformed CVE id", { projects: { team: { cveAllowlist: ["CVE-24-1"] } } }, "prod.registry.projects.team.cveAllowlist[0]: must be a CVE id such as CVE-2024-3094"],
    ["a member role Harbor lacks", { projects: { team: { members: [{ group: "g", role: "owner" }] } } }, "prod.registry.projects.team.members[0]"],
    ["16 retention rules", { projects: { team: { retention: { rules: Array.from({ length: 16 }, () => ({ keepMostRecentlyPushed: 1 })) } } } }, "prod.registry.projects.team.retention.rules: Harbor allows at most 15 retention rules per project"],
    ["a retention rule without a keep criterion", { projects: { team: { retention: { rules: [{ tags: "**" }] } } } }, "prod.registry.projects.team.retention.rules[0]: a rule keeps by exactly one of"],
    ["a retention rule with two keep criteria", { projects: { team: { retention: { rules: [{ keepMostRecentlyPushed: 3, keepPushedWithinDays: 7 }] } } } }, "prod.registry.projects.team.retention.rules[0]: a rule keeps by exactly one of"],
    ["both tags and tagsExcluding", { projects: { team: { retention: { rules: [{ keepAlways: true, tags: "a", tagsExcluding: "b" }] } } } }, "prod.registry.projects.team.retention.rules[0].tagsExcluding: set either tags or tagsExcluding, not both"],
    ["a comma list without braces", { projects: { team: { immutability: [{ tags: "latest,stable" }] } } }, 'prod.registry.projects.team.immutability[0].tags: several patterns go in braces, such as "{latest,stable}"'],
    ["a schedule that is neither a preset nor a 6-field cron", { projects: { team: { retention: { schedule: "0 2 * * *", rules: [{ keepAlways: true }] } } } }, "prod.registry.projects.team.retention.schedule: must be Hourly, Daily, Weekly or a 6-field cron"],
    ["Monthly, which Harbor does not know", { system: { scanAllSchedule: "Monthly" } }, "prod.registry.system.scanAllSchedule: must be Hourly, Daily, Weekly or a 6-field cron"],
    ["a webhook event Harbor does not send", { projects: { team: { webhooks: { hook: { endpoint: "https://h.example.com", events: ["SCAN_FAILED"] } } } } }, "prod.registry.projects.team.webhooks.hook.events[0]:"],
    ["a webhook to a non-http URL", { projects: { team: { webhooks: { hook: { endpoint: "ftp://h.example.com", events: ["PUSH_ARTIFACT"] } } } } }, "prod.registry.projects.team.webhooks.hook.endpoint: must be an http(s) URL"],
    ["a webhook secret typed into config", { projects: { team: { webhooks: { hook: { endpoint: "https://h.example.com", events: ["PUSH_ARTIFACT"], authHeader: "Bearer abc" } } } } }, "prod.registry.projects.team.webhooks.hook.authHeader:"],
    ["a proxy cache of an unknown registry", { projects: { team: { proxyCache: { registry: "dockerhub" } } } }, "prod.registry.projects.team.proxyCache.registry: no registry named dockerhub in registries"],
    ["a registry type the provider lacks", { registries: { hub: { type: "dockerhub" } } }, "prod.registry.registries.hub.type:"],
    ["an ECR endpoint without its URL", { registries: { ecr: { type: "aws" } } }, "prod.registry.registries.ecr.url: is required for type aws"],
    ["an access secret without its id", { registries: { hub: { type: "docker-hub", accessSecret: { fromEnvironment: "hub_token" } } } }, "prod.registry.registries.hub.accessSecret: accessId and accessSecret go together"],
    ["a secret reference that is not a Secrets Manager ARN", { registries: { hub: { type: "docker-hub", accessId: "u", accessSecret: { secretsManagerArn: "harbor/hub" } } } }, "prod.registry.registries.hub.accessSecret.secretsManagerArn: must be a Secrets Manager secret ARN"],
    ["a replication to an unknown registry", { replications: { out: { action: "push", registry: "ecr" } } }, "prod.registry.replications.out.registry: no registry named ecr in registries"],
    ["a replication trigger Harbor does not know", { registries: { hub: { type: "docker-hub" } }, replications: { out: { action: "pull", registry: "hub", trigger: "on_push" } } }, "prod.registry.replications.out.trigger:"],
    ["a robot of an unknown project", { robots: { ci: { project: "team", permissions: { repository: ["push"] } } } }, "prod.registry.robots.ci.project: no such project in projects"],
    ["a robot that is both project and system level", { projects: project, robots: { ci: { project: "team", permissions: { repository: ["push"] }, system: { registry: ["read"] } } } }, "prod.registry.robots.ci: set project and permissions (a project robot), or projects and/or system (a system robot)"],
    ["a project robot without permissions", { projects: project, robots: { ci: { project: "team" } } }, "prod.registry.robots.ci.permissions: a project robot needs permissions"],
    ["a resource robots cannot be granted", { projects: project, robots: { ci: { project: "team", permissions: { repositories: ["push"] } } } }, "prod.registry.robots.ci.permissions.repositories: is not a resource robots can be granted"],
    ["an action the resource lacks", { projects: project, robots: { ci: { project: "team", permissions: { repository: ["write"] } } } }, "prod.registry.robots.ci.permissions.repository[0]: is not an action on repository (use pull, push, delete, list, read, update), got \"write\""],
    ["a system permission on a project resource", { projects: project, robots: { ops: { system: { repository: ["pull"] } } } }, "prod.registry.robots.ops.system.repository: is not a resource robots can be granted"],
    ["a system robot on an unknown project", { projects: project, robots: { ops: { projects: { other: { repository: ["pull"] } } } } }, "prod.registry.robots.ops.projects.other: no such project in projects"],
    ["an expiry of zero days", { projects: project, robots: { ci: { project: "team", permissions: { repository: ["pull"] }, expiresInDays: 0 } } }, "prod.registry.robots.ci.expiresInDays: "],
    ["a pull secret namespace Kubernetes rejects", { projects: project, robots: { ci: { project: "team", permissions: { repository: ["pull"] }, pullSecrets: { namespaces: ["Apps"] } } } }, "prod.registry.robots.ci.pullSecrets.namespaces[0]: must be a Kubernetes namespace name"],
    ["OIDC without openid in its scopes", { oidc: { issuer: "https://sso.example.com", clientId: "harbor", clientSecret: { secretsManagerArn: SM }, scopes: ["profile"] } }, "prod.registry.oidc.scopes: must include openid"],
    ["an OIDC client secret typed into config", { oidc: { issuer: "https://sso.example.com", clientId: "harbor", clientSecret: "s3cret" } }, "prod.registry.oidc.clientSecret:"],
    ["an OIDC issuer over http", { oidc: { issuer: "http://sso.example.com", clientId: "harbor", clientSecret: { secretsManagerArn: SM } } }, "prod.registry.oidc.issuer: must be the issuer's https URL"],
    ["an existing Harbor whose robot secrets key is not a KMS ARN", { source: "existing", existing: { url: "https://h.example.com", secretsKmsKeyArn: "robots-key" } }, "prod.registry.existing.secretsKmsKeyArn: must be a KMS key or alias ARN"],
    ["an existing Harbor that is not described", { source: "existing" }, "prod.registry.existing: describe the existing Harbor when source is existing"],
    ["pull secrets for an existing Harbor without a cluster", { source: "existing", existing: { url: "https://h.example.com" }, projects: project, robots: { ci: { project: "team", permissions: { repository: ["pull"] }, pullSecrets: { namespaces: ["apps"] } } } }, "prod.registry.robots.ci.pullSecrets: needs registry.existing.clusterName"],
  ])("rejects %s, naming the field", (_label, registry, expected) => {
    const found = problems(() => parseEnvironment("prod", withRegistry(registry)));
    expect(found).toEqual(expect.arrayContaining([expect.stringContaining(expected)]));
    expect(found.length).toBeGreaterThanOrEqual(1);
  });
});
