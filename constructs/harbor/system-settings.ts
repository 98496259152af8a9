import { Construct } from "constructs";
import { ConfigAuth } from "../../.gen/providers/harbor/config-auth";
import { ConfigSecurity } from "../../.gen/providers/harbor/config-security";
import { ConfigSystem } from "../../.gen/providers/harbor/config-system";
import { GarbageCollection } from "../../.gen/providers/harbor/garbage-collection";
import { InterrogationServices } from "../../.gen/providers/harbor/interrogation-services";
import { PurgeAuditLog } from "../../.gen/providers/harbor/purge-audit-log";
import { RegistrySettings } from "../../config/registry-schema";
import { ROBOT_NAME_PREFIX } from "./harbor-access";
import { SecretSources } from "../aws/secret-sources";

/**
 * Harbor's system-wide settings. harbor_config_system sends every argument it is not given with its default, so
 * all of them are written here; otherwise declaring it would silently reset settings made elsewhere.
 */
export class SystemSettings extends Construct {
  constructor(scope: Construct, id: string, props: { settings: RegistrySettings["system"] }) {
    super(scope, id);
    const s = props.settings;
    new ConfigSystem(this, "system", {
      projectCreationRestriction: s.projectCreation,
      robotTokenExpiration: s.robotTokenExpirationDays,
      robotNamePrefix: ROBOT_NAME_PREFIX,
      readOnly: false,
      storagePerProject: -1,
      notificationEnable: true,
      scannerSkipUpdatePulltime: false,
      skipAuditLogDatabase: false,
      tokenExpiration: 30,
      sessionTimeout: 60,
    });
    new ConfigSecurity(this, "cve-allowlist", { cveAllowlist: [...s.cveAllowlist] });
    new InterrogationServices(this, "scan-all", { vulnerabilityScanPolicy: s.scanAllSchedule, defaultScanner: "Trivy" });
    new GarbageCollection(this, "garbage-collection", {
      schedule: s.garbageCollection.schedule,
      deleteUntagged: s.garbageCollection.deleteUntagged,
      workers: s.garbageCollection.workers,
    });
    new PurgeAuditLog(this, "audit-log-purge", {
      schedule: s.auditLogPurge.schedule,
      auditRetentionHour: s.auditLogPurge.retentionHours,
      includeEventTypes: s.auditLogPurge.eventTypes.join(","),
    });
  }
}

/** OIDC sign-in; the client secret comes from a secret source, never the config. */
export class OidcLogin extends Construct {
  constructor(scope: Construct, id: string, props: { settings: NonNullable<RegistrySettings["oidc"]>; secrets: SecretSources }) {
    super(scope, id);
    const s = props.settings;
    new ConfigAuth(this, "auth", {
      authMode: "oidc_auth",
      oidcName: s.name,
      oidcEndpoint: s.issuer,
      oidcClientId: s.clientId,
      oidcClientSecret: props.secrets.resolve(s.clientSecret),
      oidcScope: s.scopes.join(","),
      oidcGroupsClaim: s.groupsClaim,
      oidcAdminGroup: s.adminGroup,
      oidcUserClaim: s.userClaim,
      oidcAutoOnboard: s.autoOnboard,
      oidcVerifyCert: s.verifyCert,
    });
  }
}
