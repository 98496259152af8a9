import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parseDocument } from "yaml";
import type { z } from "zod";
import { EnvironmentConfig, EnvironmentSchema } from "./schema";

/** Raised when one or more environment files are invalid; `problems` holds one line per problem. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** cdktf and npm run the app from the project root. */
export const ENVIRONMENTS_DIR = join(process.cwd(), "config", "environments");
const ENVIRONMENT_NAME = /^[a-z][a-z0-9-]{0,15}$/;

/** Renders a path as `env.a.b[0].c`, the way a reader finds it in the YAML file. */
function renderPath(env: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === "number" ? `${acc}[${key}]` : `${acc}.${String(key)}`), env);
}

function renderValue(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function describeIssue(env: string, issue: z.core.$ZodIssue): string[] {
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => `${renderPath(env, [...issue.path, key])}: is not a known setting (check the spelling against docs/configuration.md)`);
  }
  const where = renderPath(env, issue.path);
  if (issue.code === "invalid_type" && issue.input === undefined) return [`${where}: is required`];
  if (issue.code === "invalid_union" && issue.input === undefined) return [`${where}: is required`];
  const message = issue.message.replace(/^Invalid input: /, "");
  return [`${where}: ${message}, got ${renderValue(issue.input)}`];
}

/** Deep-freezes the model so nothing downstream can change the validated config. */
function freeze<T>(value: T): T {
  if (value && typeof value === "object") {
    Object.values(value).forEach(freeze);
    Object.freeze(value);
  }
  return value;
}

/** Validates one environment's raw settings into the fully defaulted model, or throws a ConfigError. */
export function parseEnvironment(name: string, raw: unknown): EnvironmentConfig {
  if (!ENVIRONMENT_NAME.test(name)) {
    throw new ConfigError([`${name}: environment names must be 1-16 lowercase letters, digits or '-', starting with a letter`]);
  }
  const result = EnvironmentSchema.safeParse(raw ?? {}, { reportInput: true });
  if (!result.success) throw new ConfigError(result.error.issues.flatMap((issue) => describeIssue(name, issue)));
  // A waiver must point into one of this environment's stacks, or no stack would ever check it.
  const stacks = ["aws", "kubernetes", "harbor"].map((layer) => `${name}-${layer}`);
  const misplaced = result.data.guardrails.waivers.flatMap((w, i) =>
    stacks.includes(w.resource.split("/")[0]) ? [] : [`${name}.guardrails.waivers[${i}].resource: must start with one of ${stacks.join(", ")}, got ${JSON.stringify(w.resource)}`],
  );
  if (misplaced.length > 0) throw new ConfigError(misplaced);
  return freeze({ name, ...result.data });
}

/** Parses YAML text, reporting syntax errors with the file and line. */
export function parseEnvironmentYaml(name: string, text: string, file = `${name}.yaml`): EnvironmentConfig {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ConfigError(doc.errors.map((e) => `${file}: ${e.message.split("\n")[0]}`));
  }
  return parseEnvironment(name, doc.toJS());
}

/**
 * Loads and validates every `<env>.yaml` in the directory (or only the named ones). Problems of all
 * environments are collected and reported together.
 */
export function loadEnvironments(dir: string = ENVIRONMENTS_DIR, only?: readonly string[]): EnvironmentConfig[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .sort();
  const available = files.map((f) => basename(f, ".yaml"));
  const problems: string[] = [];
  for (const wanted of only ?? []) {
    if (!available.includes(wanted)) problems.push(`${wanted}: no such environment (have: ${available.join(", ")})`);
  }
  const environments: EnvironmentConfig[] = [];
  for (const file of files) {
    const name = basename(file, ".yaml");
    if (only && !only.includes(name)) continue;
    try {
      environments.push(parseEnvironmentYaml(name, readFileSync(join(dir, file), "utf8"), file));
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      problems.push(...err.problems);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  if (environments.length === 0) throw new ConfigError([`${dir}: no environment files (<name>.yaml)`]);
  return environments;
}
