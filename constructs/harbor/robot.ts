import { Construct } from "constructs";
import { Lazy } from "cdktf";
import { RobotAccount, RobotAccountPermissions } from "../../.gen/providers/harbor/robot-account";
import { RobotSettings } from "../../config/registry-schema";
import { GeneratedSecret } from "../aws/generated-secret";

export interface RobotProps {
  readonly name: string;
  readonly settings: RobotSettings;
  /** Project names as references, by project name, so robots are created after their projects. */
  readonly projectNames: Readonly<Record<string, string>>;
  /** Secrets Manager name prefix: the secret is `<prefix>/harbor/robots/<name>`. */
  readonly namePrefix: string;
  readonly registryHost: string;
  /** @default aws/secretsmanager */
  readonly secretsKmsKeyArn?: string;
  readonly recoveryWindowDays: number;
}

function access(permissions: Readonly<Record<string, readonly string[]>>) {
  return Object.entries(permissions)
    .flatMap(([resource, actions]) => actions.map((action) => ({ resource, action, effect: "allow" })))
    .sort((a, b) => `${a.resource}/${a.action}`.localeCompare(`${b.resource}/${b.action}`));
}

/**
 * A Harbor robot account whose secret Terraform generates (so it can be rotated by replacing it) and stores in
 * AWS Secrets Manager under a KMS key, together with the login name: `{ registry, username, password }`.
 * The secret is never an output.
 */
export class Robot extends Construct {
  readonly fullName: string;
  readonly password: string;
  readonly secretArn: string;

  constructor(scope: Construct, id: string, props: RobotProps) {
    super(scope, id);
    const s = props.settings;
    const permissions: RobotAccountPermissions[] = [];
    if (s.project !== undefined) {
      permissions.push({ kind: "project", namespace: props.projectNames[s.project], access: access(s.permissions ?? {}) });
    } else {
      if (s.system) permissions.push({ kind: "system", namespace: "/", access: access(s.system) });
      for (const [project, perms] of Object.entries(s.projects ?? {})) {
        permissions.push({ kind: "project", namespace: project === "*" ? "*" : props.projectNames[project], access: access(perms) });
      }
    }
    // Harbor's secret rule: 8-128 characters with upper and lower case letters and a digit. The login name is
    // Harbor's (prefix, project, name), known once the robot exists: the stored JSON takes it lazily.
    const secret = new GeneratedSecret(this, "secret", {
      name: `${props.namePrefix}/harbor/robots/${props.name}`,
      description: `Harbor robot ${props.name}: registry, username and password`,
      kmsKeyArn: props.secretsKmsKeyArn,
      length: 48,
      fields: { registry: props.registryHost, username: Lazy.stringValue({ produce: () => this.fullName }) },
      recoveryWindowDays: props.recoveryWindowDays,
    });
    const robot = new RobotAccount(this, "robot", {
      name: props.name,
      description: s.description,
      level: s.project !== undefined ? "project" : "system",
      duration: s.expiresInDays === "never" ? -1 : s.expiresInDays,
      disable: false,
      secret: secret.value,
      permissions,
    });
    this.fullName = robot.fullName;
    this.password = secret.value;
    this.secretArn = secret.secretArn;
  }
}
