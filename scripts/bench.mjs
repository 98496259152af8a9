// Measures the app command against the cost of loading the provider-aws package root, in the same run:
// wall time and peak RSS (from /usr/bin/time -v when available), median of N runs taken in turns.
// Usage: npm run bench [-- --runs 5]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadTs, root } from "./build.mjs";

const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 5;
const timeBin = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;

function sample(label, args, options) {
  const start = process.hrtime.bigint();
  const cmd = timeBin ? timeBin : process.execPath;
  const argv = timeBin ? ["-v", process.execPath, ...args] : args;
  const r = spawnSync(cmd, argv, { cwd: root, encoding: "utf8", ...options });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`${label} failed:\n${r.stderr}`);
  const rss = timeBin ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1]) / 1024 : NaN;
  return { wall, rss };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs the commands in turns (a, b, a, b, ...) so that the machine's drift weighs on all of them alike. */
function measureInterleaved(commands, times = runs) {
  const samples = commands.map(() => []);
  for (let i = 0; i < times; i++) commands.forEach((c, j) => samples[j].push(sample(c.label, c.args, c.options ?? {})));
  return commands.map((c, j) => ({ label: c.label, wall: median(samples[j].map((s) => s.wall)), rss: median(samples[j].map((s) => s.rss)) }));
}

const out = mkdtempSync(join(tmpdir(), "bench-"));
const env = { ...process.env, CDKTF_OUTDIR: out };

// The scale case: an environment with 1,000 projects and 2,000 robots (the fixture of the scale test).
const scaleDir = mkdtempSync(join(tmpdir(), "bench-scale-"));
mkdirSync(join(scaleDir, "config", "environments"), { recursive: true });
const { largeRegistry } = loadTs("test/fixtures.ts");
const scale = {
  aws: { region: "eu-west-1" },
  network: { availabilityZones: ["eu-west-1a", "eu-west-1b", "eu-west-1c"] },
  dns: { zoneName: "example.com", registryHost: "registry.example.com" },
  registry: largeRegistry(1000, 2000),
};
writeFileSync(join(scaleDir, "config", "environments", "scale.yaml"), JSON.stringify(scale));

const results = measureInterleaved([
  { label: "node -e \"require('@cdktf/provider-aws')\" (reference)", args: ["-e", "require('@cdktf/provider-aws')"] },
  { label: "app command (scripts/app.mjs): synth all stacks of all environments", args: [join(root, "scripts", "app.mjs")], options: { env } },
]);
const scaleRun = process.argv.includes("--no-scale")
  ? null
  : measureInterleaved([{ label: "scale: validate + synth 1,000 projects and 2,000 robots", args: [join(root, "scripts", "app.mjs")], options: { env: { ...env, CDKTF_OUTDIR: join(out, "scale") }, cwd: scaleDir } }], 1)[0];
rmSync(out, { recursive: true, force: true });
rmSync(scaleDir, { recursive: true, force: true });

const [reference, app] = results;
for (const r of [...results, ...(scaleRun ? [scaleRun] : [])]) console.log(`${r.label.padEnd(72)} ${r.wall.toFixed(3)} s  ${r.rss.toFixed(0)} MB peak`);
const ratio = app.wall / reference.wall;
console.log(`ratio app / provider root: ${ratio.toFixed(2)} (target < 0.30); app peak ${app.rss.toFixed(0)} MB (target < 250 MB); median of ${runs}`);
if (process.argv.includes("--check") && (ratio >= 0.3 || app.rss >= 250)) process.exit(1);
