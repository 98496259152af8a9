import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App } from "cdktf";
import { buildApp, capPerRule } from "../main";
import { ROOT, synthApp } from "./synth";

/** Runs the real app command (`node scripts/app.mjs`) in a folder with the given environment files. */
function runApp(environments: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), "app-"));
  mkdirSync(join(dir, "config", "environments"), { recursive: true });
  for (const [name, text] of Object.entries(environments)) writeFileSync(join(dir, "config", "environments", `${name}.yaml`), text);
  const env = { ...process.env };
  delete env.CDKTF_OUTDIR; // as when run by `npm run synth` rather than the cdktf CLI
  const result = spawnSync(process.execPath, [join(ROOT, "scripts", "app.mjs")], { cwd: dir, encoding: "utf8", env });
  return { ...result, dir };
}

const valid = `
aws: { region: eu-west-1 }
network: { availabilityZones: [eu-west-1a, eu-west-1b, eu-west-1c] }
dns: { zoneName: example.com, registryHost: registry.example.com }
`;

describe("the app command", () => {
  it("fails on invalid config with the field named, no stack trace, and no cdktf.out", () => {
    const run = runApp({ good: valid, prod: "aws: { region: eu-west-1 }\nnetwork: { availabilityZones: [eu-west-1a] }\n" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Invalid configuration:");
    expect(run.stderr).toContain("prod.network.availabilityZones: need at least 2 availability zones");
    expect(run.stderr).toContain("prod.dns: is required");
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(run.dir).filter((f) => f.startsWith("cdktf.out"))).toEqual([]);
  });

  it("writes cdktf.out with one folder per stack for a valid config", () => {
    const run = runApp({ prod: valid });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(readdirSync(join(run.dir, "cdktf.out", "stacks")).sort()).toEqual(["prod-aws", "prod-harbor", "prod-kubernetes"]);
    expect(existsSync(join(run.dir, "cdktf.out", "manifest.json"))).toBe(true);
    expect(readdirSync(run.dir).filter((f) => f.startsWith("cdktf.out"))).toEqual(["cdktf.out"]);
  });

  it("synthesizes the shipped environments with no violation: the example needs no waiver, dev's one is printed", () => {
    const shipped = (name: string) => readFileSync(join(ROOT, "config", "environments", `${name}.yaml`), "utf8");
    const run = runApp({ example: shipped("example"), dev: shipped("dev") });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("WARNING dev is disposable");
    expect(run.stdout).toMatch(/^waiver dev: HA-NAT-PER-AZ on dev-aws\/network\/vpc \(dev trades/m);
    expect(run.stdout).not.toMatch(/waiver example/);
    expect(readdirSync(join(run.dir, "cdktf.out", "stacks")).sort()).toEqual(["dev-aws", "dev-harbor", "dev-kubernetes", "example-aws", "example-harbor", "example-kubernetes"]);
  });

  it("the bundled app synthesizes exactly what the sources do", () => {
    const shipped = readFileSync(join(ROOT, "config", "environments", "example.yaml"), "utf8");
    const run = runApp({ example: shipped });
    expect(run.status).toBe(0);
    const app = new App({ outdir: mkdtempSync(join(tmpdir(), "direct-")) });
    buildApp(app, ["example"]);
    const direct = synthApp(app);
    for (const stack of ["example-aws", "example-kubernetes", "example-harbor"]) {
      const bundled = JSON.parse(readFileSync(join(run.dir, "cdktf.out", "stacks", stack, "cdk.tf.json"), "utf8"));
      const strip = (json: Record<string, unknown>) => JSON.parse(JSON.stringify(json, (k, v) => (k === "//" ? undefined : v)));
      expect({ stack, json: strip(bundled) }).toEqual({ stack, json: direct[stack] });
    }
  });

  it("fails on a guardrail violation with the resource, rule and fix, and writes no cdktf.out", () => {
    const singleNat = valid.replace("network: { availabilityZones: [eu-west-1a, eu-west-1b, eu-west-1c] }", "network: { availabilityZones: [eu-west-1a, eu-west-1b, eu-west-1c], natGateways: single }");
    const run = runApp({ prod: singleNat });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Guardrails failed");
    expect(run.stderr).toContain("prod-aws/network/vpc: [HA-NAT-PER-AZ] Each AZ has its own NAT gateway: 1 NAT gateway(s) for 3 AZs");
    expect(run.stderr).toContain("Fix: set network.natGateways: perAz");
    expect(run.stderr).not.toMatch(/skipValidation|\n\s+at /);
    expect(readdirSync(run.dir).filter((f) => f.startsWith("cdktf.out"))).toEqual([]);
  });
});

describe("capPerRule", () => {
  it("shows at most N violations of each rule and counts the rest", () => {
    const lines = [...Array.from({ length: 12 }, (_, i) => `r${i}: [ENC-SECRETS] x`), "db: [KEEP-RDS] y"];
    expect(capPerRule(lines, 10)).toEqual([...lines.slice(0, 10).map((l) => `  ${l}`), "  db: [KEEP-RDS] y", "  ... and 2 more [ENC-SECRETS] violations"]);
  });
});
