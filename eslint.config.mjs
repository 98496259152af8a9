import js from "@eslint/js";
import tseslint from "typescript-eslint";

// Importing a provider package root loads every resource module it has (2,212 for provider-aws:
// ~1.3 s and ~565 MB before our code runs), so only deep imports are allowed.
const providerRoots = ["aws", "helm", "kubernetes", "random", "tls"].map((p) => ({
  name: `@cdktf/provider-${p}`,
  message: `Import the resource module instead, e.g. @cdktf/provider-${p}/lib/<resource>.`,
}));

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "cdktf.out/", ".gen/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { paths: providerRoots }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["scripts/**/*.mjs", "*.js", "*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly", require: "readonly", module: "writable", __dirname: "readonly" } },
  },
);
