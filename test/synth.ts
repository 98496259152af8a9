import { readFileSync } from "node:fs";
import { join } from "node:path";
import { App, Testing, TerraformStack } from "cdktf";
import { parseDocument } from "yaml";
import { ConfigError, parseEnvironment } from "../config/load";
import { EnvironmentConfig, EnvironmentInput } from "../config/schema";

/** A synthesized stack as Terraform JSON. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export const ROOT = join(__dirname, "..");

/** The raw YAML of a shipped environment, so tests can start from it and change one thing. */
export function rawEnvironment(name: string): EnvironmentInput {
  return parseDocument(readFileSync(join(ROOT, "config", "environments", `${name}.yaml`), "utf8")).toJS();
}

/** A shipped environment with a deep-merged change applied (arrays are replaced, not merged). */
export function environment(name: string, change: Record<string, unknown> = {}): EnvironmentConfig {
  return parseEnvironment(name, merge(rawEnvironment(name), change));
}

function merge(base: unknown, change: unknown): unknown {
  if (!isObject(base) || !isObject(change)) return change;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(change)) out[k] = merge(out[k], v);
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function testApp(): App {
  return Testing.app();
}

export function synth(stack: TerraformStack): Json {
  return JSON.parse(Testing.synth(stack));
}

/** All resources of a type, keyed by logical id. */
export function resourcesOf(json: Json, type: string): Record<string, Json> {
  return json.resource?.[type] ?? {};
}

export function list(json: Json, type: string): Json[] {
  return Object.values(resourcesOf(json, type));
}

/** The single resource of a type whose logical id contains `idPart` (fails if none or several). */
export function one(json: Json, type: string, idPart = ""): Json {
  const matches = Object.entries(resourcesOf(json, type)).filter(([id]) => id.includes(idPart));
  if (matches.length !== 1) throw new Error(`expected one ${type} matching '${idPart}', found ${matches.map(([id]) => id).join(", ") || "none"}`);
  return matches[0][1];
}

/** The reference `${type.id.attr}` to a resource whose logical id contains `idPart`. */
export function ref(json: Json, type: string, idPart: string, attr: string): string {
  const ids = Object.keys(resourcesOf(json, type)).filter((id) => id.includes(idPart));
  if (ids.length !== 1) throw new Error(`expected one ${type} matching '${idPart}', found ${ids.join(", ") || "none"}`);
  return `\${${type}.${ids[0]}.${attr}}`;
}

/** The statements of the aws_iam_policy_document a `${data.aws_iam_policy_document.X.json}` reference points at. */
export function policyStatements(json: Json, reference: string): Json[] {
  const match = /^\$\{data\.aws_iam_policy_document\.([^.]+)\.json\}$/.exec(reference);
  if (!match) throw new Error(`not a policy document reference: ${reference}`);
  return json.data.aws_iam_policy_document[match[1]].statement;
}

/** Every aws_iam_policy_document statement in the stack. */
export function allStatements(json: Json): Json[] {
  return Object.values<Json>(json.data?.aws_iam_policy_document ?? {}).flatMap((d) => d.statement ?? []);
}

/**
 * Synthesizes a whole app the way `cdktf synth` does and returns each stack's Terraform JSON by name. Needed
 * for stacks that reference each other: only a full synth turns those references into remote-state reads.
 * cdktf's "//" metadata is dropped, as Testing.synth does.
 */
export function synthApp(app: App): Record<string, Json> {
  app.synth();
  const manifest = JSON.parse(readFileSync(join(app.outdir, "manifest.json"), "utf8"));
  const stacks: Record<string, Json> = {};
  for (const [name, entry] of Object.entries<Json>(manifest.stacks)) {
    stacks[name] = stripMetadata(JSON.parse(readFileSync(join(app.outdir, entry.synthesizedStackPath), "utf8")));
  }
  return stacks;
}

function stripMetadata(value: Json): Json {
  if (Array.isArray(value)) return value.map(stripMetadata);
  if (!isObject(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== "//").map(([k, v]) => [k, stripMetadata(v)]));
}

/** The problems a ConfigError lists (fails when the function does not throw one). */
export function configProblems(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return [...err.problems];
    throw err;
  }
  throw new Error("expected a ConfigError");
}
