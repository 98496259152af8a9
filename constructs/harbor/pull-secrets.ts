import { Construct } from "constructs";
import { Fn } from "cdktf";
import { DefaultServiceAccountV1 } from "@cdktf/provider-kubernetes/lib/default-service-account-v1";
import { SecretV1 } from "@cdktf/provider-kubernetes/lib/secret-v1";

export interface PullSecretGrant {
  readonly secretName: string;
  readonly namespaces: readonly string[];
  readonly username: string;
  readonly password: string;
  readonly patchDefaultServiceAccount: boolean;
}

export interface PullSecretsProps {
  readonly registryHost: string;
  readonly grants: readonly PullSecretGrant[];
}

/**
 * `kubernetes.io/dockerconfigjson` Secrets carrying robot credentials into the namespaces that pull from Harbor
 * (what `kubectl create secret docker-registry` does by hand), and, where asked, the namespace's default service
 * account pointed at them. Several robots may serve one namespace; its default service account then lists all.
 */
export class PullSecrets extends Construct {
  constructor(scope: Construct, id: string, props: PullSecretsProps) {
    super(scope, id);
    const serviceAccountSecrets = new Map<string, { names: string[]; secrets: SecretV1[] }>();
    for (const grant of props.grants) {
      for (const namespace of grant.namespaces) {
        const dockerConfig = Fn.jsonencode({
          auths: { [props.registryHost]: { username: grant.username, password: grant.password, auth: Fn.base64encode(Fn.join(":", [grant.username, grant.password])) } },
        });
        const secret = new SecretV1(this, `${namespace}-${grant.secretName}`, {
          metadata: { name: grant.secretName, namespace, labels: { "app.kubernetes.io/managed-by": "cdktf", "app.kubernetes.io/part-of": "harbor" } },
          type: "kubernetes.io/dockerconfigjson",
          data: { ".dockerconfigjson": dockerConfig },
        });
        if (grant.patchDefaultServiceAccount) {
          const entry = serviceAccountSecrets.get(namespace) ?? { names: [], secrets: [] };
          entry.names.push(grant.secretName);
          entry.secrets.push(secret);
          serviceAccountSecrets.set(namespace, entry);
        }
      }
    }
    for (const [namespace, { names, secrets }] of serviceAccountSecrets) {
      new DefaultServiceAccountV1(this, `${namespace}-default-sa`, {
        metadata: { namespace },
        imagePullSecret: names.sort().map((name) => ({ name })),
        dependsOn: secrets,
      });
    }
  }
}
