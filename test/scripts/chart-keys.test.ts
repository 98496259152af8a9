import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import charts from "../../charts/harbor-1.19.1.keys.json";
import { ROOT } from "../synth";

/** A values.yaml with every key of the list at its default, as the chart ships it. */
function valuesYamlFrom(keys: typeof charts.keys): string {
  const root: Record<string, unknown> = {};
  for (const key of keys) {
    const parts = key.path.split(".");
    let node = root;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[parts[parts.length - 1]] = key.default;
  }
  return stringify(root);
}

describe("scripts/chart-keys.mjs", () => {
  it("rebuilds the committed key list from a chart's values.yaml and templates", () => {
    const chart = mkdtempSync(join(tmpdir(), "chart-"));
    mkdirSync(join(chart, "templates", "core"), { recursive: true });
    writeFileSync(join(chart, "Chart.yaml"), stringify({ apiVersion: "v1", name: "harbor", version: "1.19.1", appVersion: "2.15.1" }));
    writeFileSync(join(chart, "values.yaml"), valuesYamlFrom(charts.keys));
    // Templates read declared keys, template-only keys (some with sub-keys) and declared maps' members.
    writeFileSync(
      join(chart, "templates", "core", "core-dpl.yaml"),
      [
        "{{ .Values.core.replicas }} {{ .Values.caBundleSecretName }} {{ .Values.core.resources.limits }}",
        "{{ toYaml .Values.core.resources }} {{ .Values.expose.ingress.annotations.foo }} {{ .Values.core }}",
      ].join("\n"),
    );
    const out = join(chart, "keys.json");
    const run = spawnSync(process.execPath, [join(ROOT, "scripts", "chart-keys.mjs"), chart, "--out", out], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    const rebuilt = JSON.parse(readFileSync(out, "utf8"));
    const shape = (keys: { path: string; type: string; freeform?: boolean }[]) => keys.map((k) => `${k.path}:${k.type}:${k.freeform ? "freeform" : ""}`);
    expect(shape(rebuilt.keys)).toEqual(shape(charts.keys));
    expect(rebuilt.templateOnlyKeys).toEqual(["caBundleSecretName", "core.resources"]);
    expect(rebuilt.version).toBe("1.19.1");
  });
});
