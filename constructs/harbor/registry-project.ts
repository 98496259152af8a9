import { Construct } from "constructs";
import { ImmutableTagRule } from "../../.gen/providers/harbor/immutable-tag-rule";
import { Project } from "../../.gen/providers/harbor/project";
import { ProjectMemberGroup } from "../../.gen/providers/harbor/project-member-group";
import { ProjectMemberUser } from "../../.gen/providers/harbor/project-member-user";
import { ProjectWebhook } from "../../.gen/providers/harbor/project-webhook";
import { RetentionPolicy, RetentionPolicyRule } from "../../.gen/providers/harbor/retention-policy";
import { ProjectSettings } from "../../config/registry-schema";
import { SecretSources } from "../aws/secret-sources";

export interface RegistryProjectProps {
  readonly name: string;
  readonly settings: ProjectSettings;
  /** For a proxy-cache project: the remote registry's `registry_id`. */
  readonly proxyRegistryId?: number;
  readonly secrets: SecretSources;
}

type Selector = { repositories?: string; repositoriesExcluding?: string; tags?: string; tagsExcluding?: string };

/** Exactly one repository and one tag selector per rule; the provider nulls the other and diffs forever otherwise. */
function selectorFields(rule: Selector) {
  return {
    ...(rule.repositoriesExcluding !== undefined ? { repoExcluding: rule.repositoriesExcluding } : { repoMatching: rule.repositories ?? "**" }),
    ...(rule.tagsExcluding !== undefined ? { tagExcluding: rule.tagsExcluding } : { tagMatching: rule.tags ?? "**" }),
  };
}

/**
 * A Harbor project with everything a team owns in it: quota, scanning on push, deployment security, cosign
 * enforcement, SBOMs, CVE allowlist, members, tag retention, immutable tags and webhooks. Every child refers to
 * the project by its `id` (`/projects/N`), which the provider needs to avoid replacing them on every plan.
 */
export class RegistryProject extends Construct {
  /** `/projects/N`, what other harbor resources take as project_id / scope. */
  readonly id: string;
  /** The project's name as a reference, so that robots are created after the project. */
  readonly name: string;

  constructor(scope: Construct, id: string, props: RegistryProjectProps) {
    super(scope, id);
    const s = props.settings;
    const project = new Project(this, "project", {
      name: props.name,
      public: s.public,
      storageQuota: s.quota,
      vulnerabilityScanning: s.scanOnPush,
      deploymentSecurity: s.deploymentSecurity === "none" ? undefined : s.deploymentSecurity,
      enableContentTrust: false,
      enableContentTrustCosign: s.requireCosign,
      autoSbomGeneration: s.autoSbom,
      cveAllowlist: [...s.cveAllowlist],
      forceDestroy: s.forceDestroy,
      registryId: props.proxyRegistryId,
      proxySpeedKb: props.proxyRegistryId !== undefined ? s.proxyCache?.speedKbps : undefined,
    });
    this.id = project.id;
    this.name = project.name;

    s.members.forEach((member, i) => {
      if ("group" in member) {
        new ProjectMemberGroup(this, `member-${i}`, { projectId: project.id, groupName: member.group, type: member.type, role: member.role });
      } else {
        new ProjectMemberUser(this, `member-${i}`, { projectId: project.id, userName: member.user, role: member.role });
      }
    });

    if (s.retention) {
      const rule: RetentionPolicyRule[] = s.retention.rules.map((r) => ({
        ...selectorFields(r),
        mostRecentlyPushed: r.keepMostRecentlyPushed,
        mostRecentlyPulled: r.keepMostRecentlyPulled,
        nDaysSinceLastPush: r.keepPushedWithinDays,
        nDaysSinceLastPull: r.keepPulledWithinDays,
        alwaysRetain: r.keepAlways,
        untaggedArtifacts: r.untagged,
        disabled: r.disabled,
      }));
      new RetentionPolicy(this, "retention", { scope: project.id, schedule: s.retention.schedule, rule });
    }

    s.immutability.forEach((r, i) => new ImmutableTagRule(this, `immutable-${i}`, { projectId: project.id, disabled: r.disabled, ...selectorFields(r) }));

    for (const [name, hook] of Object.entries(s.webhooks)) {
      new ProjectWebhook(this, `webhook-${name}`, {
        name,
        projectId: project.id,
        address: hook.endpoint,
        notifyType: "http",
        eventsTypes: [...hook.events],
        authHeader: hook.authHeader ? props.secrets.resolve(hook.authHeader) : undefined,
        payloadFormat: hook.payloadFormat,
        skipCertVerify: hook.skipCertVerify,
        enabled: hook.enabled,
      });
    }
  }
}
