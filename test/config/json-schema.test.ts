import { readFileSync } from "node:fs";
import { join } from "node:path";
import { environmentJsonSchema } from "../../config/json-schema";
import { ROOT } from "../synth";

describe("environment JSON Schema", () => {
  it("is committed as generated from the config schema (regenerate: npm run schema)", () => {
    const committed = JSON.parse(readFileSync(join(ROOT, "config", "environment.schema.json"), "utf8"));
    expect(committed).toEqual(environmentJsonSchema());
  });

  it("describes every top-level setting and marks the required ones", () => {
    const schema = environmentJsonSchema() as { properties: Record<string, { description?: string }>; required: string[] };
    expect(schema.required.sort()).toEqual(["aws", "dns", "network"]);
    for (const [key, value] of Object.entries(schema.properties)) expect({ key, description: typeof value.description }).toEqual({ key, description: "string" });
  });

  it("is what every shipped environment file points its editor at", () => {
    for (const env of ["example", "dev"]) {
      expect(readFileSync(join(ROOT, "config", "environments", `${env}.yaml`), "utf8")).toMatch(/^# yaml-language-server: \$schema=\.\.\/environment\.schema\.json$/m);
    }
  });
});
