/**
 * The last guardrail looks at the synthesized JSON itself: a secret must only ever appear as a reference to
 * something generated or stored (`${random_password.x.result}`, `${data.aws_secretsmanager_secret_version...}`,
 * `${var.x}`), never as a literal value.
 */

import { parse } from "yaml";

/** Argument names that carry secret values (Terraform, Kubernetes Secret data and Helm values). */
const SECRET_KEYS = /^(password|secret|auth_token|access_secret|oidc_client_secret|client_secret|ldap_search_password|token|bearer_token|private_key|api_key|secret_key|session_id|auth_header|REDIS_PASSWORD|HARBOR_ADMIN_PASSWORD|JOBSERVICE_SECRET|REGISTRY_HTTP_SECRET|REGISTRY_PASSWD|REGISTRY_HTPASSWD|CSRF_KEY|secretKey|tls\.key|\.dockerconfigjson|harborAdminPassword|secretkey|accesskey)$/;

/** Shapes of well-known credentials, wherever they appear. */
const CREDENTIAL_SHAPES: [string, RegExp][] = [
  ["an AWS access key id", /\b(AKIA|ASIA)[0-9A-Z]{16}\b/],
  ["a private key", /-----BEGIN [A-Z ]*PRIVATE KEY-----/],
  ["a GitHub token", /\bgh[pousr]_[A-Za-z0-9]{36,}\b/],
  ["a Slack token", /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/],
  ["a JSON web token", /\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/],
];

/** The text of a Terraform template outside its `${...}` expressions (braces and quoted strings inside are skipped). */
function literalText(value: string): string {
  let out = "";
  let i = 0;
  while (i < value.length) {
    if (value.startsWith("$${", i)) {
      out += "${";
      i += 3;
    } else if (value.startsWith("${", i)) {
      let depth = 1;
      let quoted = false;
      i += 2;
      while (i < value.length && depth > 0) {
        const c = value[i];
        if (quoted) {
          if (c === "\\") i++;
          else if (c === '"') quoted = false;
        } else if (c === '"') quoted = true;
        else if (c === "{") depth++;
        else if (c === "}") depth--;
        i++;
      }
    } else {
      out += value[i++];
    }
  }
  return out;
}

/** True when every non-empty part of the string comes from a Terraform expression. */
function isReference(value: string): boolean {
  const outside = literalText(value).trim();
  return outside.length === 0 || /^[a-z_]+:$/.test(outside); // "harbor_registry_user:${...bcrypt_hash}"
}

/** Problems found in one stack's Terraform JSON, each naming the stack and the JSON path. */
export function findLiteralSecrets(stack: string, json: unknown): string[] {
  const problems: string[] = [];
  const visit = (value: unknown, path: string, key: string) => {
    if (typeof value === "string" && key === "values" && path.includes("helm_release")) {
      // Helm values are a YAML document inside a string: look inside it too.
      const doc = (() => {
        try {
          return parse(value);
        } catch {
          return undefined;
        }
      })();
      if (doc && typeof doc === "object") {
        visit(doc, `${path}<yaml>`, "");
        return;
      }
    }
    if (typeof value === "string") {
      for (const [what, shape] of CREDENTIAL_SHAPES) {
        if (shape.test(value)) problems.push(`${stack}: ${path} holds what looks like ${what}`);
      }
      if (SECRET_KEYS.test(key) && value.length > 0 && !isReference(value)) problems.push(`${stack}: ${path} is a literal secret`);
      return;
    }
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}[${i}]`, key));
    else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) if (k !== "//") visit(v, `${path}.${k}`, k);
    }
  };
  visit(json, "", "");
  return problems.map((p) => p.replace(": .", ": "));
}
