import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { environmentJsonSchema } from "../config/json-schema";

const file = join(process.cwd(), "config", "environment.schema.json");
writeFileSync(file, `${JSON.stringify(environmentJsonSchema(), null, 2)}\n`);
console.log(`wrote ${file}`);
