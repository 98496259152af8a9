import { IConstruct } from "constructs";
import { DefaultTokenResolver, StringConcat, TerraformStack, Tokenization } from "cdktf";
import { EnvironmentConfig } from "../config/schema";

/** What a rule sees besides the resource: the environment and the other resources of the stack. */
export interface RuleContext {
  readonly env: EnvironmentConfig;
  readonly stack: TerraformStack;
  /** Every resource or data source of a class in the stack. */
  all<T extends IConstruct>(type: ResourceClass<T>): T[];
  /** A value as Terraform will see it (references as `${type.id.attr}`), to compare references. */
  resolve(value: unknown): unknown;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ResourceClass<T extends IConstruct> = abstract new (...args: any[]) => T;

/** One concern, one rule: which resources it looks at, what it requires, and how to fix a violation. */
export interface Rule<T extends IConstruct = IConstruct> {
  readonly id: string;
  readonly title: string;
  /** The equivalent checkov / trivy ids, where there are any. */
  readonly scanners?: string;
  readonly fix: string;
  /** Keeps data from being lost; not enforced in an environment marked `disposable: true`. */
  readonly protective?: boolean;
  readonly target: ResourceClass<T>;
  /** Why the resource violates the rule, or undefined when it complies. */
  check(resource: T, ctx: RuleContext): string | undefined;
}

export function rule<T extends IConstruct>(r: Rule<T>): Rule {
  return r as unknown as Rule;
}

export interface Waiver {
  readonly rule: string;
  /** Construct path of the resource, or a prefix of it (a construct whose resources are all waived). */
  readonly resource: string;
  readonly reason: string;
}

export interface Violation {
  readonly rule: Rule;
  readonly path: string;
  readonly reason: string;
}

/** `example-aws/database/instance` for the resource, independent of logical ids. */
function pathOf(node: IConstruct): string {
  return node.node.path;
}

const RESOLVER = new DefaultTokenResolver(new StringConcat());

const isUnder = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

/**
 * Runs the rules over every resource of a stack. A violation fails synthesis with the resource's path, the rule
 * and the fix, unless a waiver in the environment config covers it; a waiver that covers nothing is an error too,
 * so stale waivers cannot pile up. Rules marked protective are skipped in disposable environments.
 */
export class Guardrails {
  private readonly applied: { waiver: Waiver; path: string }[] = [];

  constructor(
    private readonly env: EnvironmentConfig,
    private readonly rules: readonly Rule[],
  ) {}

  violations(stack: TerraformStack): Violation[] {
    const resources = stack.node.findAll();
    const ctx: RuleContext = {
      env: this.env,
      stack,
      all: <T extends IConstruct>(type: ResourceClass<T>) => resources.filter((r): r is T => r instanceof type),
      resolve: (value: unknown) => Tokenization.resolve(value, { scope: stack, resolver: RESOLVER }),
    };
    const active = this.rules.filter((r) => !(r.protective && this.env.disposable));
    const found: Violation[] = [];
    for (const resource of resources) {
      for (const r of active) {
        if (!(resource instanceof r.target)) continue;
        const reason = r.check(resource, ctx);
        if (reason !== undefined) found.push({ rule: r, path: pathOf(resource), reason });
      }
    }
    return found;
  }

  /** The error messages for a stack: unwaived violations and waivers of this stack that match nothing. */
  validate(stack: TerraformStack): string[] {
    const violations = this.violations(stack);
    // Config validation guarantees every waiver points into one of the environment's stacks.
    const stackWaivers = this.env.guardrails.waivers.filter((w) => isUnder(w.resource, stack.node.id));
    const used = new Set<Waiver>();
    const errors: string[] = [];
    for (const v of violations) {
      const waiver = stackWaivers.find((w) => w.rule === v.rule.id && isUnder(v.path, w.resource));
      if (waiver) {
        used.add(waiver);
        this.applied.push({ waiver, path: v.path });
        continue;
      }
      const scanners = v.rule.scanners ? ` (${v.rule.scanners})` : "";
      errors.push(`${v.path}: [${v.rule.id}] ${v.rule.title}${scanners}: ${v.reason}. Fix: ${v.rule.fix}`);
    }
    const known = new Set(this.rules.map((r) => r.id));
    for (const w of stackWaivers) {
      if (!known.has(w.rule)) errors.push(`${this.env.name}.guardrails.waivers: no rule ${w.rule} (waiver for ${w.resource})`);
      else if (!used.has(w)) errors.push(`${this.env.name}.guardrails.waivers: the waiver of ${w.rule} for ${w.resource} matches no violation; remove it`);
    }
    return errors;
  }

  /** Registers the check as a cdktf validation of the stack: it runs on every synth, before the stack is written. */
  attach(stack: TerraformStack): void {
    stack.node.addValidation({ validate: () => this.validate(stack) });
  }

  /** Lines to print after synthesis: the waivers in force and, loudly, a disposable environment. */
  summary(): string[] {
    const lines: string[] = [];
    if (this.env.disposable) {
      lines.push(`WARNING ${this.env.name} is disposable: deletion protection, final snapshots, backups and prevent_destroy are NOT enforced.`);
    }
    for (const { waiver, path } of this.applied) lines.push(`waiver ${this.env.name}: ${waiver.rule} on ${path} (${waiver.reason})`);
    return lines;
  }
}
