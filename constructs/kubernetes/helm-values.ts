import { stringify } from "yaml";

/**
 * Serializes a Helm values object once, as YAML (readable in plans and reviews). Terraform references inside
 * (cdktf tokens) stay intact: line folding is off so no token is ever split.
 */
export function helmValues(values: object): string[] {
  return [stringify(values, { lineWidth: 0, minContentWidth: 0, nullStr: "null" })];
}
