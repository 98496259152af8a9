import { findLiteralSecrets } from "../../guardrails/literal-secrets";

describe("SECRET-LITERAL: no literal secrets in the synthesized JSON", () => {
  it("accepts references to generated, stored or variable secrets", () => {
    expect(
      findLiteralSecrets("s", {
        resource: {
          aws_db_instance: { db: { password: "${random_password.db.result}" } },
          kubernetes_secret_v1: {
            s: { data: { REGISTRY_HTPASSWD: "harbor_registry_user:${random_password.r.bcrypt_hash}", ".dockerconfigjson": '${jsonencode({"auths" = {"h" = {"auth" = base64encode(join(":", [a.b, c.d]))}}})}' } },
          },
          harbor_registry: { r: { access_secret: "${var.dockerhub_token}" } },
        },
      }),
    ).toEqual([]);
  });

  it("flags a literal password, naming the stack and the JSON path", () => {
    expect(findLiteralSecrets("prod-aws", { resource: { aws_db_instance: { db: { password: "hunter2hunter2" } } } })).toEqual([
      "prod-aws: resource.aws_db_instance.db.password is a literal secret",
    ]);
  });

  it("flags a reference with a literal part", () => {
    expect(findLiteralSecrets("s", { resource: { x: { y: { auth_token: "prefix-${random_password.a.result}" } } } })).toHaveLength(1);
  });

  it("flags well-known credential shapes anywhere, e.g. an AWS access key id in a description", () => {
    expect(findLiteralSecrets("s", { resource: { x: { y: { description: "key AKIAIOSFODNN7EXAMPLE" } } } })).toEqual([
      "s: resource.x.y.description holds what looks like an AWS access key id",
    ]);
    expect(findLiteralSecrets("s", { output: { o: { value: "-----BEGIN RSA PRIVATE KEY-----\nabc" } } })).toEqual(["s: output.o.value holds what looks like a private key"]);
  });

  it("looks inside Helm values", () => {
    expect(findLiteralSecrets("k", { resource: { helm_release: { harbor: { values: ["harborAdminPassword: Harbor12345\n"] } } } })).toEqual([
      "k: resource.helm_release.harbor.values[0]<yaml>.harborAdminPassword is a literal secret",
    ]);
  });
});
