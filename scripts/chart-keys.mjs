// Rebuilds the key list of a Harbor chart version, which the Harbor release's values are checked against.
//
//   node scripts/chart-keys.mjs <chart-dir>                  from an unpacked chart (Chart.yaml, values.yaml, templates/)
//   node scripts/chart-keys.mjs --from-reference <file.json> from a key list in the reference format
//   ... --out <file>                                         write there instead of charts/<chart>-<version>.keys.json
//
// Writes charts/harbor-<version>.keys.json. After a chart upgrade, run it on the new chart
// (`helm pull harbor/harbor --version X --untar`) and `npm test`: the values test names every path we set
// that the new chart no longer has.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { root } from "./build.mjs";

// Maps and lists whose members are the user's own (annotations, resources, ...): listed by their own path.
const FREEFORM_MAPS = new Set(["annotations", "labels", "podAnnotations", "podLabels", "serviceAnnotations", "nodeSelector", "affinity", "resources", "additionalLabels"]);
const FREEFORM_LISTS = new Set(["extraEnvVars"]);

function typeOf(value) {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

/** Flattens a parsed values.yaml into [{ path, type, default, freeform? }]. */
export function flattenValues(values, prefix = "") {
  const keys = [];
  for (const [name, value] of Object.entries(values ?? {})) {
    const path = prefix ? `${prefix}.${name}` : name;
    const type = typeOf(value);
    const isMap = type === "object";
    const freeform = (isMap && FREEFORM_MAPS.has(name)) || (type === "array" && FREEFORM_LISTS.has(name));
    if (isMap && !freeform && Object.keys(value).length > 0) keys.push(...flattenValues(value, path));
    else keys.push({ path, type, default: value ?? null, ...(freeform ? { freeform: true } : {}) });
  }
  return keys;
}

/** Paths templates read (`.Values.a.b`) that values.yaml does not declare. */
export function templateOnlyKeys(templateTexts, keys) {
  const declared = new Set(keys.map((k) => k.path));
  const ancestors = new Set(keys.flatMap((k) => k.path.split(".").slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join("."))));
  const found = new Set();
  for (const text of templateTexts) {
    for (const m of text.matchAll(/\.Values\.([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)/g)) {
      const path = m[1];
      const parts = path.split(".");
      const underDeclared = parts.some((_, i) => declared.has(parts.slice(0, i + 1).join(".")));
      if (!underDeclared && !ancestors.has(path)) found.add(path);
    }
  }
  // Keep only the outermost path of each template-only subtree.
  return [...found].filter((p) => ![...found].some((q) => p.startsWith(`${q}.`))).sort();
}

function walk(dir) {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
}

function fromChart(dir) {
  const chart = parse(readFileSync(join(dir, "Chart.yaml"), "utf8"));
  const keys = flattenValues(parse(readFileSync(join(dir, "values.yaml"), "utf8")));
  const templates = walk(join(dir, "templates")).map((f) => readFileSync(f, "utf8"));
  return { chart: chart.name, version: chart.version, appVersion: chart.appVersion, source: `${dir}/values.yaml`, keys, templateOnlyKeys: templateOnlyKeys(templates, keys) };
}

function fromReference(file) {
  const ref = JSON.parse(readFileSync(file, "utf8"));
  const keys = ref.keys.map((k) => ({ path: k.path, type: k.type, default: k.default, ...(k.freeform ? { freeform: true } : {}) }));
  return {
    chart: ref.chart,
    version: ref.chart_version,
    appVersion: ref.app_version,
    source: `${ref.source_repository} ${ref.source_ref} (${ref.source_commit}) values.yaml`,
    keys,
    templateOnlyKeys: ref.template_only_keys.map((k) => k.path).sort(),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const outAt = args.indexOf("--out");
  const list = args[0] === "--from-reference" ? fromReference(args[1]) : fromChart(args[0]);
  if (!list.version) throw new Error("usage: node scripts/chart-keys.mjs <chart-dir> | --from-reference <file.json> [--out <file>]");
  mkdirSync(join(root, "charts"), { recursive: true });
  const out = outAt >= 0 ? args[outAt + 1] : join(root, "charts", `${list.chart}-${list.version}.keys.json`);
  writeFileSync(out, `${JSON.stringify(list, null, 1)}\n`);
  console.log(`wrote ${out}: ${list.keys.length} keys, ${list.templateOnlyKeys.length} template-only keys`);
}
