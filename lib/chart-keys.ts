/** A chart's key list, as scripts/chart-keys.mjs writes it into charts/. */
export interface ChartKeyList {
  readonly chart: string;
  readonly version: string;
  readonly keys: readonly { readonly path: string; readonly type: string; readonly freeform?: boolean }[];
  readonly templateOnlyKeys: readonly string[];
}

/** The leaf paths of a values object: maps are walked, lists and scalars are leaves. */
export function leafPaths(values: unknown, prefix = ""): string[] {
  if (values === null || typeof values !== "object" || Array.isArray(values)) return prefix ? [prefix] : [];
  const entries = Object.entries(values as Record<string, unknown>);
  if (entries.length === 0) return prefix ? [prefix] : [];
  return entries.flatMap(([k, v]) => leafPaths(v, prefix ? `${prefix}.${k}` : k));
}

/**
 * The paths of `values` that the chart does not have: a path is known if values.yaml declares it, if a template
 * reads it, or if it sits inside a free-form map or a template-only subtree (annotations, resources, ...).
 */
export function unknownChartPaths(values: unknown, chart: ChartKeyList): string[] {
  const declared = new Set(chart.keys.map((k) => k.path));
  const containers = new Set([...chart.keys.filter((k) => k.freeform).map((k) => k.path), ...chart.templateOnlyKeys]);
  const known = (path: string) => {
    if (declared.has(path) || containers.has(path)) return true;
    const parts = path.split(".");
    return parts.some((_, i) => i < parts.length - 1 && containers.has(parts.slice(0, i + 1).join(".")));
  };
  return leafPaths(values).filter((p) => !known(p));
}
