// Regenerates the goharbor/harbor provider bindings in .gen/ with cdktf's official generator
// (@cdktf/provider-generator 0.21.0), offline, from the provider schema kept in provider-schemas/.
// Never edit .gen by hand: change the schema (from `terraform providers schema -json` of the new provider
// version) and run `npm run generate:harbor`. Where the registry is reachable, `cdktf get` produces the same
// code from cdktf.json's `goharbor/harbor@~> 3.12`.
import { readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { root } from "./build.mjs";

const SOURCE = "registry.terraform.io/goharbor/harbor";
const VERSION = "3.12.4";
const require = createRequire(import.meta.url);
// No telemetry call home from the generator (it fails offline anyway, after a DNS lookup).
process.env.CHECKPOINT_DISABLE = "1";
const { generateProviderBindingsFromSchema } = require("@cdktf/provider-generator");

const schema = JSON.parse(readFileSync(join(root, "provider-schemas", `goharbor-harbor-${VERSION}.json`), "utf8"));
if (!schema.provider_schemas?.[SOURCE]) throw new Error(`the schema file has no ${SOURCE}`);
// Only the generator's documented input: `terraform providers schema -json` plus the pinned version.
const input = { format_version: schema.format_version, provider_schemas: { [SOURCE]: schema.provider_schemas[SOURCE] }, provider_versions: { [SOURCE]: VERSION } };

// --out <dir> writes elsewhere (the test that .gen is current compares against a fresh generation).
const outAt = process.argv.indexOf("--out");
const target = outAt >= 0 ? process.argv[outAt + 1] : join(root, ".gen");
rmSync(join(target, "providers", "harbor"), { recursive: true, force: true });
await generateProviderBindingsFromSchema(target, input);
console.log(`generated goharbor/harbor ${VERSION} bindings in ${target}`);
