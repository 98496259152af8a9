/** The parts of a `terraform providers schema -json` document that configuration can be checked against. */
export interface SchemaBlock {
  readonly attributes?: Record<string, { readonly required?: boolean; readonly optional?: boolean; readonly computed?: boolean }>;
  readonly block_types?: Record<string, { readonly nesting_mode: string; readonly min_items?: number; readonly max_items?: number; readonly block: SchemaBlock }>;
}

export interface ProviderSchemaDocument {
  readonly provider_schemas: Record<string, { readonly resource_schemas: Record<string, { readonly block: SchemaBlock }> }>;
}

/** Terraform's own arguments, valid on every resource. */
const META_ARGUMENTS = new Set(["//", "depends_on", "lifecycle", "provider", "count", "for_each", "connection", "provisioner"]);

/**
 * Problems of one resource's synthesized configuration against its provider schema: arguments the schema does not
 * have (or that are computed only), required arguments missing, blocks of the wrong shape or count.
 */
export function checkAgainstSchema(body: Record<string, unknown>, block: SchemaBlock, path: string, topLevel = true): string[] {
  const problems: string[] = [];
  const attributes = block.attributes ?? {};
  const blocks = block.block_types ?? {};
  for (const [key, value] of Object.entries(body)) {
    if (topLevel && META_ARGUMENTS.has(key)) continue;
    const attribute = attributes[key];
    if (attribute) {
      if (!attribute.optional && !attribute.required) problems.push(`${path}.${key}: is computed only and cannot be set`);
      continue;
    }
    const nested = blocks[key];
    if (!nested) {
      problems.push(`${path}.${key}: is not an argument or block of this resource`);
      continue;
    }
    const items = Array.isArray(value) ? value : nested.nesting_mode === "single" || (nested.max_items === 1 && typeof value === "object") ? [value] : null;
    if (!items) {
      problems.push(`${path}.${key}: must be a list of blocks (nesting ${nested.nesting_mode})`);
      continue;
    }
    if (nested.min_items !== undefined && items.length < nested.min_items) problems.push(`${path}.${key}: needs at least ${nested.min_items} blocks, has ${items.length}`);
    if (nested.max_items !== undefined && items.length > nested.max_items) problems.push(`${path}.${key}: allows at most ${nested.max_items} blocks, has ${items.length}`);
    items.forEach((item, i) => {
      if (typeof item !== "object" || item === null) problems.push(`${path}.${key}[${i}]: must be a block (an object)`);
      else problems.push(...checkAgainstSchema(item as Record<string, unknown>, nested.block, `${path}.${key}[${i}]`, false));
    });
  }
  for (const [key, attribute] of Object.entries(attributes)) {
    if (attribute.required && !(key in body)) problems.push(`${path}.${key}: is required`);
  }
  for (const [key, nested] of Object.entries(blocks)) {
    if ((nested.min_items ?? 0) > 0 && !(key in body)) problems.push(`${path}.${key}: needs at least ${nested.min_items} blocks, has 0`);
  }
  return problems;
}

/** Checks every resource of a provider in a synthesized stack, e.g. all `harbor_*` resources. */
export function checkStackAgainstSchema(stack: { resource?: Record<string, Record<string, Record<string, unknown>>> }, schema: ProviderSchemaDocument, source: string): string[] {
  const resources = schema.provider_schemas[source]?.resource_schemas;
  if (!resources) throw new Error(`the schema has no provider ${source}`);
  const prefix = `${source.split("/").pop()}_`;
  const problems: string[] = [];
  for (const [type, instances] of Object.entries(stack.resource ?? {})) {
    if (!type.startsWith(prefix)) continue;
    const resource = resources[type];
    for (const [id, body] of Object.entries(instances)) {
      if (!resource) problems.push(`${type}.${id}: the provider has no resource ${type}`);
      else problems.push(...checkAgainstSchema(body, resource.block, `${type}.${id}`));
    }
  }
  return problems;
}
