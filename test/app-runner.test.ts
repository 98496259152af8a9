import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./synth";

describe("scripts/app.mjs", () => {
  it("keeps the stack traces of real errors while it skips cdktf's token traces", () => {
    // Load the runner's setting without running the app, then throw.
    const code = `
      const t = ${JSON.stringify(join(ROOT, "scripts", "app.mjs"))};
      const src = require("fs").readFileSync(t, "utf8");
      eval(src.slice(src.indexOf("if (!process.env.HARBOR_TOKEN_TRACES)"), src.indexOf("const require")));
      const o = {}; Error.captureStackTrace(o);
      function thrower() { throw new Error("boom"); }
      try { thrower(); } catch (e) { console.log(JSON.stringify({ token: o.stack, error: e.stack })); }`;
    const run = spawnSync(process.execPath, ["-e", code], { encoding: "utf8" });
    const { token, error } = JSON.parse(run.stdout);
    expect(token).toBe("");
    expect(error).toMatch(/^Error: boom\n {4}at thrower \(/);
  });
});
