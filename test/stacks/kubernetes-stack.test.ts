import { parse } from "yaml";
import charts from "../../charts/harbor-1.19.1.keys.json";
import { unknownChartPaths } from "../../lib/chart-keys";
import { AwsLayerStack } from "../../stacks/aws-stack";
import { inputsFromExisting, KubernetesLayerStack } from "../../stacks/kubernetes-stack";
import { environment, Json, list, one, ref, synthApp, testApp } from "../synth";

function synthFromAwsStack(name = "example", change: Record<string, unknown> = {}) {
  const app = testApp();
  const env = environment(name, change);
  const aws = new AwsLayerStack(app, env);
  const stack = new KubernetesLayerStack(app, env, aws.outputs);
  const stacks = synthApp(app);
  return { aws, stack, json: stacks[`${name}-kubernetes`] as Json, awsJson: stacks[`${name}-aws`] as Json };
}

const EXISTING = {
  kubernetes: {
    source: "existing",
    existing: {
      clusterName: "platform-prod",
      vpcId: "vpc-0123456789abcdef0",
      database: { host: "harbor.abc.eu-west-1.rds.amazonaws.com", secretArn: "arn:aws:secretsmanager:eu-west-1:111122223333:secret:harbor-db-AbCdEf" },
      cache: { host: "master.harbor.abc.euw1.cache.amazonaws.com", secretArn: "arn:aws:secretsmanager:eu-west-1:111122223333:secret:harbor-redis-AbCdEf" },
      fileSystemId: "fs-0123456789abcdef0",
      certificateArn: "arn:aws:acm:eu-west-1:111122223333:certificate/11111111-2222-3333-4444-555555555555",
      hostedZoneId: "Z0123456789ABC",
      roles: {
        loadBalancerController: "arn:aws:iam::111122223333:role/alb-controller",
        externalDns: "arn:aws:iam::111122223333:role/external-dns",
      },
    },
  },
};

const { stack, json, awsJson } = synthFromAwsStack();
const releases = Object.fromEntries(list(json, "helm_release").map((r) => [r.name, r]));
const harbor = releases.harbor;
const values = parse(harbor.values[0]);
const secretNamed = (name: string) => list(json, "kubernetes_secret_v1").find((s) => s.metadata.name === name);

describe("KubernetesLayerStack", () => {
  it("is named <env>-kubernetes and keeps its own state", () => {
    expect(stack.node.id).toBe("example-kubernetes");
    expect(json.terraform.backend).toEqual({ local: { path: "../../../terraform.example-kubernetes.tfstate" } });
  });

  it("matches the snapshot", () => {
    expect(json).toMatchSnapshot();
  });

  it("authenticates helm and kubernetes to EKS with exec (aws eks get-token), reading the cluster in this stack", () => {
    const exec = {
      api_version: "client.authentication.k8s.io/v1beta1",
      command: "aws",
      args: ["eks", "get-token", "--cluster-name", expect.stringContaining("cross-stack-output-aws_eks_cluster"), "--region", "eu-west-1", "--output", "json"],
    };
    const cluster = Object.keys(json.data.aws_eks_cluster)[0];
    expect(json.provider.helm[0].kubernetes).toEqual({
      host: `\${data.aws_eks_cluster.${cluster}.endpoint}`,
      cluster_ca_certificate: `\${base64decode(data.aws_eks_cluster.${cluster}.certificate_authority[0].data)}`,
      exec,
    });
    expect(json.provider.kubernetes[0]).toMatchObject({ exec: [exec] });
    expect(JSON.stringify(json)).not.toMatch(/aws_eks_cluster_auth|"token"/);
  });

  it("takes its inputs from the AWS stack through cross-stack references", () => {
    expect(Object.keys(json.data.terraform_remote_state)).toEqual(["cross-stack-reference-input-example-aws"]);
    expect(json.data.terraform_remote_state["cross-stack-reference-input-example-aws"]).toMatchObject({
      backend: "local",
      config: { path: "../../../terraform.example-aws.tfstate" },
    });
    // The AWS stack publishes each referenced value as a sensitive output, never a secret value.
    const published = Object.entries<Json>(awsJson.output).filter(([k]) => k.startsWith("cross-stack-output-"));
    expect(published.length).toBeGreaterThan(10);
    for (const [, output] of published) expect(output.sensitive).toBe(true);
    expect(published.map(([, o]) => o.value).join(" ")).not.toMatch(/random_password|secret_string/);
    expect(values.database.external.host).toMatch(/^\$\{data\.terraform_remote_state\.cross-stack-reference-input-example-aws\.outputs\..+\}$/);
  });
});

describe("bring your own infrastructure", () => {
  const env = environment("example", EXISTING);
  const app = testApp();
  const byo = new KubernetesLayerStack(app, env, inputsFromExisting(env));
  const byoJson = synthApp(app)[byo.node.id];
  const byoValues = parse(list(byoJson, "helm_release").find((r) => r.name === "harbor").values[0]);

  it("installs on the cluster and data stores given in config, with no AWS stack to read", () => {
    expect(byoJson.data.terraform_remote_state).toBeUndefined();
    expect(Object.values<Json>(byoJson.data.aws_eks_cluster)[0].name).toBe("platform-prod");
    expect(byoValues.database.external).toMatchObject({ host: "harbor.abc.eu-west-1.rds.amazonaws.com", port: "5432", coreDatabase: "registry" });
    expect(byoValues.redis.external.addr).toBe("master.harbor.abc.euw1.cache.amazonaws.com:6379");
    expect(one(byoJson, "kubernetes_storage_class_v1").parameters.fileSystemId).toBe("fs-0123456789abcdef0");
    const secretIds = Object.values<Json>(byoJson.data.aws_secretsmanager_secret_version).map((d) => d.secret_id).sort();
    expect(secretIds).toEqual([EXISTING.kubernetes.existing.database.secretArn, EXISTING.kubernetes.existing.cache.secretArn]);
  });

  it("rejects a config that says existing without describing it, naming the field", () => {
    expect(() => environment("example", { kubernetes: { source: "existing" } })).toThrow(/example\.kubernetes\.existing: describe the existing cluster/);
  });
});

describe("HarborSecrets", () => {
  it("creates every secret the chart reads before the release, with the keys the chart expects", () => {
    const expected: Record<string, string[]> = {
      "harbor-database": ["password"],
      "harbor-redis": ["REDIS_PASSWORD"],
      "harbor-admin": ["HARBOR_ADMIN_PASSWORD"],
      "harbor-secret-key": ["secretKey"],
      "harbor-core": ["secret"],
      "harbor-token": ["tls.crt", "tls.key"],
      "harbor-jobservice": ["JOBSERVICE_SECRET"],
      "harbor-registry-http": ["REGISTRY_HTTP_SECRET"],
      "harbor-registry-credentials": ["REGISTRY_HTPASSWD", "REGISTRY_PASSWD"],
      "harbor-xsrf": ["CSRF_KEY"],
    };
    for (const [name, keys] of Object.entries(expected)) {
      const secret = secretNamed(name);
      expect({ name, keys: Object.keys(secret.data).sort(), namespace: secret.metadata.namespace }).toEqual({
        name,
        keys: [...keys].sort(),
        namespace: ref(json, "kubernetes_namespace_v1", "namespace", "metadata[0].name"),
      });
    }
    expect(secretNamed("harbor-token").type).toBe("kubernetes.io/tls");
    for (const secret of list(json, "kubernetes_secret_v1")) expect(harbor.depends_on).toContain(`kubernetes_secret_v1.${Object.entries(json.resource.kubernetes_secret_v1).find(([, s]) => s === secret)![0]}`);
  });

  it("reads the database password and Redis token from Secrets Manager at plan time", () => {
    expect(secretNamed("harbor-database").data.password).toMatch(/^\$\{jsondecode\(data\.aws_secretsmanager_secret_version\.[^.]+\.secret_string\)\.password\}$/);
    expect(secretNamed("harbor-redis").data.REDIS_PASSWORD).toMatch(/data\.aws_secretsmanager_secret_version\./);
  });

  it("generates Harbor's own secrets with the lengths the chart requires", () => {
    const lengthOf = (name: string, key: string) => {
      const reference = secretNamed(name).data[key] as string;
      const id = /random_password\.([^.]+)\.result/.exec(reference)![1];
      return json.resource.random_password[id].length;
    };
    expect(lengthOf("harbor-secret-key", "secretKey")).toBe(16);
    expect(lengthOf("harbor-core", "secret")).toBe(16);
    expect(lengthOf("harbor-jobservice", "JOBSERVICE_SECRET")).toBe(16);
    expect(lengthOf("harbor-registry-http", "REGISTRY_HTTP_SECRET")).toBe(16);
    expect(lengthOf("harbor-xsrf", "CSRF_KEY")).toBe(32);
  });

  it("pins the registry htpasswd to random_password's stable bcrypt hash and the token certificate to a TLS key", () => {
    expect(secretNamed("harbor-registry-credentials").data.REGISTRY_HTPASSWD).toMatch(/^harbor_registry_user:\$\{random_password\.[^.]+\.bcrypt_hash\}$/);
    expect(secretNamed("harbor-token").data["tls.key"]).toMatch(/^\$\{tls_private_key\.[^.]+\.private_key_pem\}$/);
    expect(JSON.stringify(json)).not.toMatch(/bcrypt\(/);
  });

  it("stores the admin credentials in Secrets Manager under the environment's key, for the Harbor layer", () => {
    expect(one(json, "aws_secretsmanager_secret")).toMatchObject({ name: "harbor-example/harbor/admin", kms_key_id: expect.stringContaining("cross-stack-output-aws_kms_key") });
    expect(stack.outputs.adminSecretArn).toMatch(/TfToken/);
    expect(json.output.admin_password_command.value).toContain("aws secretsmanager get-secret-value");
  });
});

describe("EfsStorage", () => {
  it("provisions an access point per volume owned by Harbor's uid/gid 10000 with owner-only permissions", () => {
    expect(one(json, "kubernetes_storage_class_v1")).toMatchObject({
      metadata: { name: "efs-harbor" },
      storage_provisioner: "efs.csi.aws.com",
      reclaim_policy: "Retain",
      parameters: { provisioningMode: "efs-ap", uid: "10000", gid: "10000", directoryPerms: "700", subPathPattern: "$${.PVC.namespace}/$${.PVC.name}" },
    });
  });

  it("gives registry and jobservice ReadWriteMany claims that the chart uses as existing claims", () => {
    const claims = list(json, "kubernetes_persistent_volume_claim_v1");
    expect(claims.map((c) => [c.metadata.name, c.spec.access_modes, c.spec.resources.requests.storage]).sort()).toEqual([
      ["harbor-jobservice-logs", ["ReadWriteMany"], "10Gi"],
      ["harbor-registry", ["ReadWriteMany"], "500Gi"],
    ]);
    expect(values.persistence.persistentVolumeClaim.registry.existingClaim).toBe("harbor-registry");
    expect(values.persistence.persistentVolumeClaim.jobservice.jobLog.existingClaim).toBe("harbor-jobservice-logs");
    expect(values.persistence.persistentVolumeClaim.trivy).toEqual({ storageClass: "efs-harbor", accessMode: "ReadWriteOnce", size: "10Gi" });
  });
});

describe("ingress plumbing", () => {
  it("installs the AWS Load Balancer Controller with its IRSA role and an explicit region and VPC", () => {
    const lbc = releases["aws-load-balancer-controller"];
    expect(lbc).toMatchObject({ repository: "https://aws.github.io/eks-charts", chart: "aws-load-balancer-controller", version: "1.14.0", namespace: "kube-system" });
    const v = parse(lbc.values[0]);
    expect(v.region).toBe("eu-west-1");
    expect(v.vpcId).toMatch(/cross-stack-output-aws_vpc/);
    expect(v.serviceAccount).toEqual({ create: true, name: "aws-load-balancer-controller", annotations: { "eks.amazonaws.com/role-arn": expect.stringMatching(/cross-stack-output-aws_iam_role/) } });
    expect(v.replicaCount).toBe(2);
  });

  it("installs ExternalDNS limited to the registry's zone, with its IRSA role and region", () => {
    const dns = releases["external-dns"];
    expect(dns).toMatchObject({ chart: "external-dns", version: "1.19.0", namespace: "kube-system" });
    const v = parse(dns.values[0]);
    expect(v.domainFilters).toEqual(["example.com"]);
    expect(v.env).toEqual([{ name: "AWS_DEFAULT_REGION", value: "eu-west-1" }]);
    expect(v.extraArgs).toContainEqual(expect.stringMatching(/^--zone-id-filter=\$\{data\.terraform_remote_state\./));
    expect(v.txtOwnerId).toBe("harbor-example");
  });

  it("labels the namespace for its environment and Pod Security", () => {
    expect(one(json, "kubernetes_namespace_v1").metadata.labels).toMatchObject({
      environment: "example",
      "pod-security.kubernetes.io/enforce": "baseline",
      "pod-security.kubernetes.io/warn": "restricted",
    });
  });
});

describe("HarborRelease", () => {
  it("installs the official chart at the pinned version after secrets, claims and the load balancer controller", () => {
    expect(harbor).toMatchObject({ repository: "https://helm.goharbor.io", chart: "harbor", version: "1.19.1", wait: true, atomic: false });
    expect(harbor.depends_on).toContainEqual(expect.stringMatching(/^helm_release\.load-balancer-controller/));
    expect(harbor.depends_on.filter((d: string) => d.startsWith("kubernetes_persistent_volume_claim_v1."))).toHaveLength(2);
  });

  it("uses only paths that exist in the pinned chart's key list", () => {
    expect(unknownChartPaths(values, charts)).toEqual([]);
  });

  it("fails synthesis, naming the path, when a value is not a key of the chart", () => {
    expect(unknownChartPaths({ ...values, core: { ...values.core, replica: 2 } }, charts)).toEqual(["core.replica"]);
    expect(unknownChartPaths({ expose: { ingress: { annotations: { "any/annotation": "x" } } } }, charts)).toEqual([]);
  });

  it("exposes Harbor through an ALB ingress: ACM certificate, HTTPS with redirect, ping health check, long idle timeout, DNS name", () => {
    expect(values.externalURL).toBe("https://registry.example.com");
    expect(values.expose).toMatchObject({ type: "ingress", tls: { enabled: true, certSource: "none" }, ingress: { className: "alb", hosts: { core: "registry.example.com" } } });
    expect(values.expose.ingress.annotations).toMatchObject({
      "alb.ingress.kubernetes.io/scheme": "internet-facing",
      "alb.ingress.kubernetes.io/target-type": "ip",
      "alb.ingress.kubernetes.io/listen-ports": '[{"HTTP":80},{"HTTPS":443}]',
      "alb.ingress.kubernetes.io/ssl-redirect": "443",
      "alb.ingress.kubernetes.io/certificate-arn": expect.stringMatching(/cross-stack-output-aws_acm_certificate_validation/),
      "alb.ingress.kubernetes.io/healthcheck-path": "/api/v2.0/ping",
      "alb.ingress.kubernetes.io/load-balancer-attributes": expect.stringContaining("idle_timeout.timeout_seconds=900"),
      "external-dns.alpha.kubernetes.io/hostname": "registry.example.com",
      "nginx.ingress.kubernetes.io/proxy-body-size": null,
    });
  });

  it("makes the ALB internal and limits clients when the environment says so", () => {
    const { json: internal } = synthFromAwsStack("example", { kubernetes: { ingress: { scheme: "internal", inboundCidrs: ["10.0.0.0/8"] } } });
    const v = parse(list(internal, "helm_release").find((r) => r.name === "harbor").values[0]);
    expect(v.expose.ingress.annotations).toMatchObject({ "alb.ingress.kubernetes.io/scheme": "internal", "alb.ingress.kubernetes.io/inbound-cidrs": "10.0.0.0/8" });
  });

  it("uses the external RDS database over TLS with a pool sized to the connection budget", () => {
    expect(values.database).toEqual({
      type: "external",
      external: { host: expect.stringMatching(/aws_db_instance/), port: expect.stringMatching(/aws_db_instance/), username: "harbor", coreDatabase: "registry", existingSecret: "harbor-database", sslmode: "require" },
      maxIdleConns: 50,
      maxOpenConns: 100,
    });
  });

  it("uses the external ElastiCache primary over TLS with the AUTH token from a Secret", () => {
    expect(values.redis).toMatchObject({ type: "external", external: { tlsOptions: { enable: true }, existingSecret: "harbor-redis", coreDatabaseIndex: "0" } });
    expect(values.redis.external.addr).toMatch(/primary_endpoint_address\}:\$\{.+\}$/);
  });

  it("keeps blobs on the shared EFS claim by default, and on S3 only with keys from a Secret when opted in", () => {
    expect(values.persistence.imageChartStorage).toEqual({ type: "filesystem", disableredirect: false, filesystem: { rootdirectory: "/storage" } });
    const { json: s3 } = synthFromAwsStack("example", { harbor: { storage: { s3: { bucket: "acme-harbor-blobs", region: "eu-west-1", credentialsSecret: "harbor-s3-keys" } } } });
    const v = parse(list(s3, "helm_release").find((r) => r.name === "harbor").values[0]);
    expect(v.persistence.imageChartStorage).toMatchObject({ type: "s3", s3: { bucket: "acme-harbor-blobs", existingSecret: "harbor-s3-keys", encrypt: true } });
  });

  it("runs every component with 2 replicas, a PodDisruptionBudget, zone spread and resource requests", () => {
    for (const component of ["core", "portal", "registry", "jobservice", "trivy", "exporter"]) {
      const c = values[component];
      expect({ component, replicas: c.replicas, pdb: c.podDisruptionBudget }).toEqual({ component, replicas: 2, pdb: { enabled: true, minAvailable: 1 } });
      expect(c.topologySpreadConstraints).toContainEqual(expect.objectContaining({ topologyKey: "topology.kubernetes.io/zone", whenUnsatisfiable: "DoNotSchedule" }));
      const requests = component === "registry" ? c.registry.resources.requests : c.resources.requests;
      expect(requests).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
    }
    expect(values.jobservice.jobLoggers).toEqual(["file"]);
    expect(values.updateStrategy.type).toBe("RollingUpdate");
  });

  it("pins every generated secret through existingSecret values so pods do not restart on apply", () => {
    expect(values).toMatchObject({
      existingSecretAdminPassword: "harbor-admin",
      existingSecretSecretKey: "harbor-secret-key",
      core: { existingSecret: "harbor-core", secretName: "harbor-token", existingXsrfSecret: "harbor-xsrf", existingXsrfSecretKey: "CSRF_KEY" },
      registry: { existingSecret: "harbor-registry-http", credentials: { existingSecret: "harbor-registry-credentials" } },
      jobservice: { existingSecret: "harbor-jobservice", existingSecretKey: "JOBSERVICE_SECRET" },
    });
    expect(harbor.values[0]).not.toMatch(/password:|harborAdminPassword|secretKey: /);
  });

  it("enables Trivy and metrics, and never the chart's internal database or Redis", () => {
    expect(values.trivy.enabled).toBe(true);
    expect(values.metrics).toEqual({ enabled: true, serviceMonitor: { enabled: false } });
    expect(values.database.type).toBe("external");
    expect(values.redis.type).toBe("external");
  });

  it("publishes the registry URL and where to read the admin credentials", () => {
    expect(stack.outputs).toMatchObject({ registryUrl: "https://registry.example.com", adminUsername: "admin", namespace: "harbor", region: "eu-west-1" });
    expect(json.output.registry_url.value).toBe("https://registry.example.com");
  });
});

describe("credential rotation", () => {
  it("rolls exactly the pods holding database or Redis credentials when a Secrets Manager version changes", () => {
    const annotation = /^\$\{join\(",", \[data\.aws_secretsmanager_secret_version\.secrets_sources_read-database_[0-9A-F]+\.version_id, data\.aws_secretsmanager_secret_version\.secrets_sources_read-cache_[0-9A-F]+\.version_id\]\)\}$/;
    for (const component of ["core", "registry", "jobservice", "trivy", "exporter"]) {
      expect({ component, value: values[component].podAnnotations["harbor-on-aws/credentials-version"] }).toEqual({ component, value: expect.stringMatching(annotation) });
    }
    expect(values.portal.podAnnotations).toBeUndefined();
  });
});
