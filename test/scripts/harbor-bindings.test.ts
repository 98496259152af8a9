import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { ROOT } from "../synth";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
}

describe("generated goharbor/harbor bindings", () => {
  it("are exactly what the official generator makes from the committed provider schema (never edited by hand)", () => {
    const out = mkdtempSync(join(tmpdir(), "gen-"));
    const run = spawnSync(process.execPath, [join(ROOT, "scripts", "generate-harbor-bindings.mjs"), "--out", out], { encoding: "utf8" });
    expect(run.status).toBe(0);
    const committed = join(ROOT, ".gen", "providers", "harbor");
    const fresh = join(out, "providers", "harbor");
    const list = (dir: string) => files(dir).map((f) => relative(dir, f)).sort();
    expect(list(committed)).toEqual(list(fresh));
    const differing = list(fresh).filter((f) => readFileSync(join(fresh, f), "utf8") !== readFileSync(join(committed, f), "utf8"));
    expect(differing).toEqual([]);
    expect(list(fresh).length).toBeGreaterThan(25);
  }, 60_000);
});
