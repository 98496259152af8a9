import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generatedDocs } from "./docs-content";

// Writes the generated documents (npm run docs); test/docs.test.ts fails when the committed ones differ.
const root = process.cwd();
for (const [file, text] of Object.entries(generatedDocs())) {
  mkdirSync(join(root, file, ".."), { recursive: true });
  writeFileSync(join(root, file), text);
  console.log(`wrote ${file}`);
}
