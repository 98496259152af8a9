import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generatedDocs } from "../scripts/docs-content";
import { RULE_IDS } from "../guardrails/rules";
import { ROOT } from "./synth";

const docs = generatedDocs();

describe("generated documents", () => {
  it.each(Object.keys(docs))("%s is current (regenerate: npm run docs)", (file) => {
    expect(readFileSync(join(ROOT, file), "utf8")).toBe(docs[file]);
  });

  it("the architecture diagram shows the three stacks, their order and Harbor's data paths", () => {
    const diagram = docs["docs/architecture.md"];
    for (const stack of ["example-aws", "example-kubernetes", "example-harbor"]) expect(diagram).toContain(`["${stack}"]`);
    expect(diagram).toContain("example_aws_stack -. outputs .-> example_kubernetes_stack");
    expect(diagram).toContain("example_kubernetes_helm_release_harbor --> example_aws_aws_db_instance");
    expect(diagram).toContain("example_kubernetes_helm_release_harbor --> example_aws_aws_elasticache_replication_group");
    expect(diagram).toContain("example_kubernetes_kubernetes_storage_class_v1 --> example_aws_aws_efs_file_system");
  });

  it("the configuration reference lists every field with its default", () => {
    const reference = docs["docs/configuration.md"];
    for (const field of ["aws.region", "network.natGateways", "cluster.addons.kubeProxy", "harbor.replicas.core", "registry.robots.<name>.permissions", "guardrails.waivers[].reason"]) {
      expect(reference).toContain(`| \`${field}\` |`);
    }
    expect(reference).toContain('| `network.natGateways` | `perAz`, `single` | `"perAz"` |');
  });

  it("the guardrails page lists every rule id, and the README links it", () => {
    for (const id of RULE_IDS) expect(docs["docs/guardrails.md"]).toContain(`| \`${id}\` |`);
    expect(readFileSync(join(ROOT, "README.md"), "utf8")).toContain("docs/guardrails.md");
  });
});
