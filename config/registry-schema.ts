import { z } from "zod";

/*
 * Registry as code: what a platform team would otherwise click in the Harbor UI. Validated here so that a
 * mistake names its field before anything is synthesized; mapped to the goharbor/harbor provider by
 * constructs/harbor.
 */

/** Harbor's project name rule: lowercase letters, digits and `._-`, starting and ending alphanumeric. */
export const PROJECT_NAME = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const projectName = z
  .string()
  .min(1)
  .max(255, { error: "Harbor project names have at most 255 characters" })
  .regex(PROJECT_NAME, { error: "must be lowercase letters, digits and . _ - (not leading, trailing or doubled), as Harbor requires" });

const ROBOT_NAME = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const K8S_NAME = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
const secretsManagerArn = z.string().regex(/^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:.+$/, { error: "must be a Secrets Manager secret ARN" });

/** Where a credential comes from: Secrets Manager (read at plan time), or a Terraform variable set through TF_VAR_<name>. */
export const SecretRefSchema = z
  .union([
    z.object({ secretsManagerArn, jsonKey: z.string().min(1).optional().describe("Key inside a JSON secret; the whole string when omitted.") }).strict(),
    z
      .object({
        fromEnvironment: z
          .string()
          .regex(/^[a-z][a-z0-9_]*$/, { error: "must be a lowercase Terraform variable name; export TF_VAR_<name>" })
          .describe("A sensitive Terraform variable, set with TF_VAR_<name> in the deploying shell or CI."),
      })
      .strict(),
  ], { error: "must be { secretsManagerArn, jsonKey? } or { fromEnvironment: <variable> }: a secret's source, never its value" })
  .describe("A secret's source: { secretsManagerArn, jsonKey? } or { fromEnvironment: <variable> }. Never the value itself.");
export type SecretRef = z.output<typeof SecretRefSchema>;

// Harbor reads schedules back as a capitalised preset or a 6-field cron (seconds first); anything else shows a
// diff on every plan. Presets are normalised and a cron equal to a preset is rewritten to it.
const PRESET_CRONS: Record<string, string> = { "0 0 * * * *": "Hourly", "0 0 0 * * *": "Daily", "0 0 0 * * 0": "Weekly" };
export const ScheduleSchema = z
  .string()
  .transform((value, ctx) => {
    const preset = ["Hourly", "Daily", "Weekly"].find((p) => p.toLowerCase() === value.trim().toLowerCase());
    if (preset) return preset;
    const cron = value.trim().split(/\s+/).join(" ");
    if (cron.split(" ").length !== 6) {
      ctx.addIssue({ code: "custom", message: "must be Hourly, Daily, Weekly or a 6-field cron with seconds first, such as \"0 0 2 * * *\"", input: value });
      return z.NEVER;
    }
    return PRESET_CRONS[cron] ?? cron;
  })
  .describe("Hourly, Daily, Weekly, or a 6-field cron with seconds first (\"0 0 2 * * *\").");

/** "50GiB", "1TiB", "512MiB" (whole GiB only), or "unlimited"; the provider takes GiB. */
export const QuotaSchema = z
  .union([z.literal("unlimited"), z.string().regex(/^\d+\s*(MiB|GiB|TiB)$/, { error: 'must be a size such as "50GiB" or "1TiB", or "unlimited"' })])
  .transform((value, ctx) => {
    if (value === "unlimited") return -1;
    const [, n, unit] = /^(\d+)\s*(MiB|GiB|TiB)$/.exec(value)!;
    const gib = unit === "TiB" ? Number(n) * 1024 : unit === "GiB" ? Number(n) : Number(n) / 1024;
    if (!Number.isInteger(gib) || gib < 1) {
      ctx.addIssue({ code: "custom", message: "Harbor quotas are whole GiB (at least 1GiB)", input: value });
      return z.NEVER;
    }
    return gib;
  });

const CVE_ID = /^CVE-\d{4}-\d{4,}$/;
const cveList = z.array(z.string().regex(CVE_ID, { error: "must be a CVE id such as CVE-2024-3094" })).default([]);

/** Which repositories and tags a rule applies to (doublestar globs; several values as "{a,b}"). */
const selectors = {
  repositories: z.string().min(1).optional().describe('Repositories matching this glob. @default "**"'),
  repositoriesExcluding: z.string().min(1).optional().describe("Repositories not matching this glob (instead of repositories)."),
  tags: z.string().min(1).optional().describe('Tags matching this glob. @default "**"'),
  tagsExcluding: z.string().min(1).optional().describe("Tags not matching this glob (instead of tags)."),
};

type Selectors = { repositories?: string; repositoriesExcluding?: string; tags?: string; tagsExcluding?: string };
function checkSelectors(rule: Selectors, ctx: z.RefinementCtx) {
  if (rule.repositories !== undefined && rule.repositoriesExcluding !== undefined) {
    ctx.addIssue({ code: "custom", path: ["repositoriesExcluding"], message: "set either repositories or repositoriesExcluding, not both", input: rule.repositoriesExcluding });
  }
  if (rule.tags !== undefined && rule.tagsExcluding !== undefined) {
    ctx.addIssue({ code: "custom", path: ["tagsExcluding"], message: "set either tags or tagsExcluding, not both", input: rule.tagsExcluding });
  }
  for (const key of ["repositories", "repositoriesExcluding", "tags", "tagsExcluding"] as const) {
    const v = rule[key];
    if (v !== undefined && v.includes(",") && !/^\{.*\}$/.test(v)) {
      ctx.addIssue({ code: "custom", path: [key], message: 'several patterns go in braces, such as "{latest,stable}" (a plain comma list is one literal pattern)', input: v });
    }
  }
}

const KEEP_KEYS = ["keepMostRecentlyPushed", "keepMostRecentlyPulled", "keepPushedWithinDays", "keepPulledWithinDays", "keepAlways"] as const;
const RetentionRuleSchema = z
  .object({
    keepMostRecentlyPushed: z.number().int().min(1).optional().describe("Keep the N most recently pushed artifacts."),
    keepMostRecentlyPulled: z.number().int().min(1).optional().describe("Keep the N most recently pulled artifacts."),
    keepPushedWithinDays: z.number().int().min(1).optional().describe("Keep artifacts pushed within N days."),
    keepPulledWithinDays: z.number().int().min(1).optional().describe("Keep artifacts pulled within N days."),
    keepAlways: z.literal(true).optional().describe("Keep everything the selectors match."),
    ...selectors,
    untagged: z.boolean().default(true).describe("Whether untagged artifacts are subject to the rule."),
    disabled: z.boolean().default(false),
  })
  .strict()
  .superRefine((rule, ctx) => {
    const keeps = KEEP_KEYS.filter((k) => rule[k] !== undefined);
    if (keeps.length !== 1) {
      ctx.addIssue({ code: "custom", path: [], message: `a rule keeps by exactly one of ${KEEP_KEYS.join(", ")}`, input: keeps });
    }
    checkSelectors(rule, ctx);
  });

const ImmutabilityRuleSchema = z
  .object({ ...selectors, disabled: z.boolean().default(false) })
  .strict()
  .superRefine(checkSelectors);

export const WEBHOOK_EVENTS = [
  "DELETE_ARTIFACT",
  "PULL_ARTIFACT",
  "PUSH_ARTIFACT",
  "QUOTA_EXCEED",
  "QUOTA_WARNING",
  "REPLICATION",
  "SCANNING_FAILED",
  "SCANNING_STOPPED",
  "SCANNING_COMPLETED",
  "TAG_RETENTION",
] as const;

const WebhookSchema = z
  .object({
    endpoint: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).describe("Where Harbor POSTs the events."),
    events: z.array(z.enum(WEBHOOK_EVENTS)).min(1, { error: "name at least one event" }),
    authHeader: SecretRefSchema.optional().describe("Value of the Authorization header Harbor sends."),
    payloadFormat: z.enum(["Default", "CloudEvents"]).default("Default"),
    skipCertVerify: z.boolean().default(false).describe("Skip TLS verification of the endpoint (the provider's default is true; ours is false)."),
    enabled: z.boolean().default(true),
  })
  .strict();

export const MEMBER_ROLES = ["projectadmin", "maintainer", "developer", "guest", "limitedguest"] as const;
const MemberSchema = z.union([
  z.object({ group: z.string().min(1), type: z.enum(["oidc", "ldap", "internal"]).default("oidc"), role: z.enum(MEMBER_ROLES) }).strict(),
  z.object({ user: z.string().min(1), role: z.enum(MEMBER_ROLES) }).strict(),
], { error: `must be { group, type?, role } or { user, role }, with role one of ${MEMBER_ROLES.join(", ")}` });

const ProjectSchema = z
  .object({
    public: z.boolean().default(false).describe("Anyone may pull without logging in."),
    quota: QuotaSchema.prefault("unlimited").describe('Storage quota such as "50GiB" or "unlimited".'),
    scanOnPush: z.boolean().default(true).describe("Scan every pushed artifact for vulnerabilities."),
    deploymentSecurity: z
      .enum(["none", "low", "medium", "high", "critical"])
      .default("none")
      .describe("Block pulls of artifacts with vulnerabilities at or above this severity (`none` allows all)."),
    requireCosign: z.boolean().default(false).describe("Allow pulls of cosign-signed artifacts only."),
    autoSbom: z.boolean().default(false).describe("Generate an SBOM for every pushed image (Harbor 2.11+)."),
    cveAllowlist: cveList.describe("CVEs ignored by deployment security in this project; empty uses the system allowlist."),
    members: z.array(MemberSchema).default([]),
    retention: z
      .object({ schedule: ScheduleSchema.default("Daily"), rules: z.array(RetentionRuleSchema).min(1).max(15, { error: "Harbor allows at most 15 retention rules per project" }) })
      .strict()
      .optional(),
    immutability: z.array(ImmutabilityRuleSchema).default([]).describe("Tags that can never be overwritten or deleted."),
    webhooks: z.record(z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/), WebhookSchema).default({}),
    proxyCache: z
      .object({
        registry: z.string().describe("Key of an entry in registries."),
        speedKbps: z.number().int().min(-1).default(-1),
      })
      .strict()
      .optional()
      .describe("Make this a pull-through cache of a remote registry."),
    forceDestroy: z.boolean().default(false).describe("Let `cdktf destroy` delete a project that still has repositories."),
  })
  .strict();

export const REGISTRY_TYPES = [
  "docker-hub",
  "github",
  "quay",
  "aws",
  "azure",
  "google",
  "harbor",
  "docker-registry",
  "gitlab",
  "jfrog",
  "alibaba",
  "huawei",
] as const;
/** Endpoints of the public registries, so that a preset needs only its type. */
export const REGISTRY_PRESET_URLS: Partial<Record<(typeof REGISTRY_TYPES)[number], string>> = {
  "docker-hub": "https://hub.docker.com",
  github: "https://ghcr.io",
  quay: "https://quay.io",
};

const RegistryEndpointSchema = z
  .object({
    type: z.enum(REGISTRY_TYPES).describe("The provider_name: docker-hub, github (ghcr.io), quay, aws (ECR), azure (ACR), google, harbor, ..."),
    url: z.url({ protocol: /^https$/, error: "must be an https URL" }).optional().describe("Endpoint; optional for docker-hub, github and quay."),
    accessId: z.union([z.string().min(1), SecretRefSchema]).optional().describe("User name, or a secret source for it (an AWS access key id)."),
    accessSecret: SecretRefSchema.optional(),
    description: z.string().optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (!r.url && !REGISTRY_PRESET_URLS[r.type]) ctx.addIssue({ code: "custom", path: ["url"], message: `is required for type ${r.type}`, input: r.url });
    if ((r.accessId === undefined) !== (r.accessSecret === undefined)) {
      ctx.addIssue({ code: "custom", path: ["accessSecret"], message: "accessId and accessSecret go together", input: r.accessSecret });
    }
  });

const ReplicationSchema = z
  .object({
    action: z.enum(["push", "pull"]).describe("push: from Harbor to the remote; pull: from the remote into Harbor."),
    registry: z.string().describe("Key of an entry in registries."),
    filters: z
      .object({ name: z.string().optional(), tag: z.string().optional(), resource: z.enum(["artifact", "chart"]).optional() })
      .strict()
      .default({}),
    trigger: z
      .union([z.enum(["manual", "event_based"]), ScheduleSchema], { error: "must be manual, event_based, Hourly, Daily, Weekly or a 6-field cron" })
      .default("manual")
      .describe("manual, event_based (on push/delete), or a schedule."),
    destNamespace: z.string().optional(),
    override: z.boolean().default(true),
    deletion: z.boolean().default(false).describe("Replicate deletions too."),
    enabled: z.boolean().default(true),
    speedKbps: z.number().int().min(-1).default(-1),
  })
  .strict();

/** What robots may do, by resource, in Harbor's RBAC vocabulary (src/common/rbac/const.go). */
export const PROJECT_PERMISSIONS = {
  repository: ["pull", "push", "delete", "list", "read", "update"],
  artifact: ["read", "list", "delete", "create"],
  tag: ["create", "delete", "list"],
  "artifact-label": ["create", "delete"],
  scan: ["create", "stop", "read"],
  sbom: ["create", "stop", "read"],
  label: ["create", "read", "update", "delete", "list"],
  "immutable-tag": ["create", "update", "delete", "list"],
  "tag-retention": ["create", "read", "update", "delete", "list", "operate"],
  "notification-policy": ["create", "read", "update", "delete", "list"],
  accessory: ["list"],
  log: ["list"],
  quota: ["read"],
  metadata: ["create", "read", "update", "delete", "list"],
} as const satisfies Record<string, readonly string[]>;
export const SYSTEM_PERMISSIONS = {
  project: ["create", "list"],
  registry: ["create", "read", "update", "delete", "list"],
  replication: ["create", "read", "update", "delete", "list"],
  "replication-policy": ["create", "read", "update", "delete", "list"],
  label: ["create", "read", "update", "delete", "list"],
  "audit-log": ["list"],
  "garbage-collection": ["create", "read", "update", "stop", "list"],
  "scan-all": ["create", "read", "update", "stop"],
  "purge-audit": ["create", "read", "update", "stop", "list"],
  scanner: ["create", "read", "update", "delete", "list"],
  "security-hub": ["read", "list"],
  catalog: ["read"],
  robot: ["create", "read", "update", "delete", "list"],
} as const satisfies Record<string, readonly string[]>;

const permissionMap = (table: Record<string, readonly string[]>) =>
  z.record(z.string(), z.array(z.string()).min(1)).superRefine((perms, ctx) => {
    for (const [resource, actions] of Object.entries(perms)) {
      const allowed = table[resource];
      if (!allowed) {
        ctx.addIssue({ code: "custom", path: [resource], message: `is not a resource robots can be granted (use one of ${Object.keys(table).join(", ")})`, input: resource });
        continue;
      }
      actions.forEach((action, i) => {
        if (!allowed.includes(action)) ctx.addIssue({ code: "custom", path: [resource, i], message: `is not an action on ${resource} (use ${allowed.join(", ")})`, input: action });
      });
    }
  });

const RobotSchema = z
  .object({
    description: z.string().default(""),
    project: projectName.optional().describe("A project robot: the project it belongs to."),
    permissions: permissionMap(PROJECT_PERMISSIONS).optional().describe("A project robot's permissions, such as { repository: [push, pull] }."),
    projects: z
      .record(z.string(), permissionMap(PROJECT_PERMISSIONS))
      .optional()
      .describe('A system robot\'s permissions per project (a project name, or "*" for all projects).'),
    system: permissionMap(SYSTEM_PERMISSIONS).optional().describe("A system robot's system-wide permissions, such as { registry: [read] }."),
    expiresInDays: z
      .union([z.number().int().min(1).max(3650), z.literal("never")], { error: 'must be a number of days from 1 to 3650, or "never"' })
      .default(90)
      .describe('Days until the robot expires; "never" only when written explicitly.'),
    pullSecrets: z
      .object({
        namespaces: z.array(z.string().regex(K8S_NAME, { error: "must be a Kubernetes namespace name" })).min(1),
        secretName: z.string().regex(K8S_NAME).optional().describe("Name of the Secret in each namespace. @default harbor-<robot>"),
        patchDefaultServiceAccount: z.boolean().default(false).describe("Add the Secret to the namespace's default service account's imagePullSecrets."),
      })
      .strict()
      .optional()
      .describe("Deliver the robot's credentials as kubernetes.io/dockerconfigjson Secrets into existing namespaces."),
  })
  .strict()
  .superRefine((robot, ctx) => {
    const isProjectRobot = robot.project !== undefined;
    const isSystemRobot = robot.projects !== undefined || robot.system !== undefined;
    if (isProjectRobot === isSystemRobot) {
      ctx.addIssue({ code: "custom", path: [], message: "set project and permissions (a project robot), or projects and/or system (a system robot)", input: Object.keys(robot) });
    }
    if (isProjectRobot && robot.permissions === undefined) {
      ctx.addIssue({ code: "custom", path: ["permissions"], message: "a project robot needs permissions", input: undefined });
    }
    if (!isProjectRobot && robot.permissions !== undefined) {
      ctx.addIssue({ code: "custom", path: ["permissions"], message: "permissions belong to a project robot; a system robot lists them under projects", input: robot.permissions });
    }
  });

const OidcSchema = z
  .object({
    name: z.string().min(1).default("SSO").describe("Label of the login button."),
    issuer: z.url({ protocol: /^https$/, error: "must be the issuer's https URL" }).describe("OIDC issuer (endpoint)."),
    clientId: z.string().min(1),
    clientSecret: SecretRefSchema.describe("The client secret: from Secrets Manager or TF_VAR_<name>, never in config."),
    scopes: z
      .array(z.string().min(1))
      .default(["openid", "profile", "email", "offline_access"])
      .refine((s) => s.includes("openid"), { error: "must include openid" }),
    groupsClaim: z.string().min(1).default("groups"),
    adminGroup: z.string().min(1).optional().describe("Members of this group are Harbor system administrators."),
    userClaim: z.string().min(1).optional(),
    autoOnboard: z.boolean().default(true).describe("Create users on first login without asking for a user name."),
    verifyCert: z.boolean().default(true),
  })
  .strict();

const SystemSchema = z
  .object({
    projectCreation: z.enum(["adminonly", "everyone"]).default("adminonly").describe("Who may create projects."),
    robotTokenExpirationDays: z.number().int().min(1).max(3650).default(30).describe("Default lifetime of robots created in the UI."),
    cveAllowlist: cveList.describe("System-wide CVE allowlist."),
    scanAllSchedule: ScheduleSchema.default("Daily").describe("Scan every artifact on this schedule."),
    garbageCollection: z
      .object({ schedule: ScheduleSchema.default("0 0 2 * * 6"), deleteUntagged: z.boolean().default(true), workers: z.number().int().min(1).max(5).default(2) })
      .strict()
      .prefault({}),
    auditLogPurge: z
      .object({
        schedule: ScheduleSchema.default("Daily"),
        retentionHours: z.number().int().min(24).default(24 * 90),
        eventTypes: z
          .array(z.enum(["create", "push", "pull", "delete", "create_artifact", "delete_artifact", "pull_artifact", "other"]))
          .min(1)
          .default(["create", "push", "pull", "delete", "create_artifact", "delete_artifact", "pull_artifact", "other"]),
      })
      .strict()
      .prefault({}),
  })
  .strict();

export const RegistrySchema = z
  .object({
    source: z
      .enum(["kubernetes-stack", "existing"])
      .default("kubernetes-stack")
      .describe("The Harbor to configure: this environment's <env>-kubernetes stack, or an existing one."),
    existing: z
      .object({
        url: z.url({ protocol: /^https$/, error: "must be Harbor's https URL" }),
        clusterName: z.string().min(1).optional().describe("EKS cluster for pull secrets, if robots deliver any."),
        secretsKmsKeyArn: z
          .string()
          .regex(/^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(key|alias)\/.+$/, { error: "must be a KMS key or alias ARN" })
          .optional()
          .describe("KMS key for robot secrets in Secrets Manager. Without it they use aws/secretsmanager, which guardrail ENC-SECRETS rejects unless waived."),
      })
      .strict()
      .optional()
      .describe("An existing Harbor; the provider signs in with HARBOR_USERNAME / HARBOR_PASSWORD from the environment."),
    insecure: z.boolean().default(false).describe("Skip TLS verification of Harbor's API (never in production)."),
    system: SystemSchema.prefault({}),
    oidc: OidcSchema.optional().describe("Sign-in through an OIDC provider instead of Harbor's database users."),
    registries: z.record(z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/), RegistryEndpointSchema).default({}).describe("Remote registries, for replication and proxy caches."),
    projects: z.record(z.string(), ProjectSchema).default({}).describe("Projects by name."),
    robots: z.record(z.string(), RobotSchema).default({}).describe("Robot accounts by name."),
    replications: z.record(z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/), ReplicationSchema).default({}),
  })
  .strict()
  .superRefine((reg, ctx) => {
    if (reg.source === "existing" && !reg.existing) ctx.addIssue({ code: "custom", path: ["existing"], message: "describe the existing Harbor when source is existing", input: undefined });
    const projects = new Set(Object.keys(reg.projects));
    for (const name of projects) {
      if (!PROJECT_NAME.test(name) || name.length > 255) {
        ctx.addIssue({ code: "custom", path: ["projects", name], message: "project names must be lowercase letters, digits and . _ - (not leading, trailing or doubled), as Harbor requires", input: name });
      }
      const cache = reg.projects[name].proxyCache;
      if (cache && !reg.registries[cache.registry]) {
        ctx.addIssue({ code: "custom", path: ["projects", name, "proxyCache", "registry"], message: `no registry named ${cache.registry} in registries`, input: cache.registry });
      }
    }
    for (const [name, robot] of Object.entries(reg.robots)) {
      if (!ROBOT_NAME.test(name) || name.length > 255) {
        ctx.addIssue({ code: "custom", path: ["robots", name], message: "robot names must be lowercase letters, digits and . _ -", input: name });
      }
      if (robot.project && !projects.has(robot.project)) {
        ctx.addIssue({ code: "custom", path: ["robots", name, "project"], message: "no such project in projects", input: robot.project });
      }
      for (const project of Object.keys(robot.projects ?? {})) {
        if (project !== "*" && !projects.has(project)) ctx.addIssue({ code: "custom", path: ["robots", name, "projects", project], message: "no such project in projects", input: project });
      }
    }
    for (const [name, rep] of Object.entries(reg.replications)) {
      if (!reg.registries[rep.registry]) ctx.addIssue({ code: "custom", path: ["replications", name, "registry"], message: `no registry named ${rep.registry} in registries`, input: rep.registry });
    }
  })
  .describe("Registry as code: the Harbor layer's projects, robots, policies, endpoints and system settings.");

export type RegistrySettings = z.output<typeof RegistrySchema>;
export type ProjectSettings = RegistrySettings["projects"][string];
export type RobotSettings = RegistrySettings["robots"][string];
