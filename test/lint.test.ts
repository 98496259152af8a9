import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./synth";

function lint(source: string) {
  return spawnSync(process.execPath, [join(ROOT, "node_modules", "eslint", "bin", "eslint.js"), "--stdin", "--stdin-filename", "constructs/aws/example.ts"], {
    cwd: ROOT,
    input: source,
    encoding: "utf8",
  });
}

describe("lint", () => {
  it.each(["aws", "helm", "kubernetes", "random", "tls"])("rejects importing the @cdktf/provider-%s package root", (provider) => {
    const run = lint(`import { x } from "@cdktf/provider-${provider}";\nexport const y = x;\n`);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("no-restricted-imports");
    expect(run.stdout).toContain(`@cdktf/provider-${provider}/lib/<resource>`);
  });

  it("accepts deep imports", () => {
    const run = lint(`import { Vpc } from "@cdktf/provider-aws/lib/vpc";\nexport const y = Vpc;\n`);
    expect(run.stdout).toBe("");
    expect(run.status).toBe(0);
  });
});
