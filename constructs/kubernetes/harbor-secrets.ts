import { Construct } from "constructs";
import { Fn } from "cdktf";
import { SecretV1 } from "@cdktf/provider-kubernetes/lib/secret-v1";
import { Password } from "@cdktf/provider-random/lib/password";
import { PrivateKey } from "@cdktf/provider-tls/lib/private-key";
import { SelfSignedCert } from "@cdktf/provider-tls/lib/self-signed-cert";
import { GeneratedSecret } from "../aws/generated-secret";
import { SecretSources } from "../aws/secret-sources";

/**
 * The Kubernetes Secrets the Harbor chart reads through its `existingSecret`-style values, and the keys the
 * chart expects in each. Pinning every one of them (instead of letting the chart generate them) stops core,
 * registry and jobservice from restarting on every apply (goharbor/harbor-helm#1102, #947).
 */
export const HARBOR_SECRETS = {
  database: { name: "harbor-database", key: "password" },
  redis: { name: "harbor-redis", key: "REDIS_PASSWORD" },
  admin: { name: "harbor-admin", key: "HARBOR_ADMIN_PASSWORD" },
  secretKey: { name: "harbor-secret-key", key: "secretKey" },
  core: { name: "harbor-core", key: "secret" },
  tokenCertificate: { name: "harbor-token", key: "tls.crt" },
  jobservice: { name: "harbor-jobservice", key: "JOBSERVICE_SECRET" },
  registryHttp: { name: "harbor-registry-http", key: "REGISTRY_HTTP_SECRET" },
  registryCredentials: { name: "harbor-registry-credentials", key: "REGISTRY_HTPASSWD" },
  xsrf: { name: "harbor-xsrf", key: "CSRF_KEY" },
} as const;

/** The registry's basic-auth user between core and registry (the chart's default name). */
export const REGISTRY_USERNAME = "harbor_registry_user";
export const ADMIN_USERNAME = "admin";

export interface HarborSecretsProps {
  readonly namespace: string;
  readonly namePrefix: string;
  /** Secrets Manager secret with the database `password`. */
  readonly databaseSecretArn: string;
  /** Secrets Manager secret with the Redis AUTH token as `password`. */
  readonly cacheSecretArn: string;
  /** KMS key for the admin password's Secrets Manager secret. @default aws/secretsmanager */
  readonly secretsKmsKeyArn?: string;
  /** Days a deleted admin secret stays recoverable. @default 30 */
  readonly recoveryWindowDays?: number;
}

/**
 * Every secret Harbor needs, created before the release: the data-store credentials read from Secrets Manager
 * at plan time, and Harbor's own secrets generated here (the admin password also goes to Secrets Manager for
 * the Harbor layer and for operators). No value is ever a literal in the synthesized configuration.
 */
export class HarborSecrets extends Construct {
  readonly adminSecretArn: string;
  /** The Kubernetes Secret resources, for the release to depend on. */
  readonly secrets: SecretV1[] = [];
  /**
   * The Secrets Manager versions of the database and Redis credentials. It changes only when one of them is
   * rotated; as a pod annotation it makes Helm re-render (the chart reads Redis credentials with `lookup`) and
   * roll the pods that hold the old value, once.
   */
  readonly credentialsVersion: string;

  constructor(scope: Construct, id: string, props: HarborSecretsProps) {
    super(scope, id);
    const sources = new SecretSources(this, "sources");
    const fromSecretsManager = (name: string, arn: string) => sources.field(arn, "password", `read-${name}`);
    // Lengths: secretKey must be exactly 16 characters, the core/jobservice/registry secrets 16, the CSRF key 32.
    const generated = (name: string, length: number, specials?: string) =>
      new Password(this, name, { length, special: specials !== undefined, overrideSpecial: specials, minLower: 1, minUpper: 1, minNumeric: 1 });

    const admin = new GeneratedSecret(this, "admin-credentials", {
      name: `${props.namePrefix}/harbor/admin`,
      description: "Harbor admin account (initial password; the Harbor layer signs in with it)",
      kmsKeyArn: props.secretsKmsKeyArn,
      length: 24,
      specialCharacters: "!#%*-_=+",
      fields: { username: ADMIN_USERNAME },
      recoveryWindowDays: props.recoveryWindowDays,
    });
    const registryPassword = generated("registry-password", 32);
    const tokenKey = new PrivateKey(this, "token-key", { algorithm: "RSA", rsaBits: 4096 });
    const tokenCert = new SelfSignedCert(this, "token-cert", {
      privateKeyPem: tokenKey.privateKeyPem,
      subject: [{ commonName: "harbor-token-ca", organization: "Harbor" }],
      validityPeriodHours: 24 * 365 * 10,
      isCaCertificate: true,
      allowedUses: ["digital_signature", "cert_signing", "key_encipherment"],
    });

    const secret = (key: keyof typeof HARBOR_SECRETS, data: Record<string, string>, type = "Opaque") =>
      this.secrets.push(
        new SecretV1(this, key, {
          metadata: { name: HARBOR_SECRETS[key].name, namespace: props.namespace, labels: { "app.kubernetes.io/part-of": "harbor" } },
          type,
          data,
        }),
      );
    secret("database", { password: fromSecretsManager("database", props.databaseSecretArn) });
    secret("redis", { REDIS_PASSWORD: fromSecretsManager("cache", props.cacheSecretArn) });
    secret("admin", { HARBOR_ADMIN_PASSWORD: admin.value });
    secret("secretKey", { secretKey: generated("secret-key", 16).result });
    secret("core", { secret: generated("core-secret", 16).result });
    secret("tokenCertificate", { "tls.crt": tokenCert.certPem, "tls.key": tokenKey.privateKeyPem }, "kubernetes.io/tls");
    secret("jobservice", { JOBSERVICE_SECRET: generated("jobservice-secret", 16).result });
    secret("registryHttp", { REGISTRY_HTTP_SECRET: generated("registry-http-secret", 16).result });
    // random_password's bcrypt_hash is stable across plans, unlike Terraform's bcrypt() function.
    secret("registryCredentials", { REGISTRY_PASSWD: registryPassword.result, REGISTRY_HTPASSWD: `${REGISTRY_USERNAME}:${registryPassword.bcryptHash}` });
    secret("xsrf", { CSRF_KEY: generated("xsrf-key", 32).result });
    this.credentialsVersion = Fn.join(",", [
      sources.version(props.databaseSecretArn, "read-database").versionId,
      sources.version(props.cacheSecretArn, "read-cache").versionId,
    ]);
    this.adminSecretArn = admin.secretArn;
  }
}
