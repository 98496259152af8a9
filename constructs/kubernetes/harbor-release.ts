import { Construct } from "constructs";
import { ITerraformDependable } from "cdktf";
import { Release } from "@cdktf/provider-helm/lib/release";
import harbor_1_19_1 from "../../charts/harbor-1.19.1.keys.json";
import { ChartKeyList, unknownChartPaths } from "../../lib/chart-keys";
import { helmValues } from "./helm-values";
import { HarborChartValues } from "./harbor-values";

/** Key lists of the chart versions this project can install (scripts/chart-keys.mjs adds one). */
export const HARBOR_CHART_KEYS: Readonly<Record<string, ChartKeyList>> = { "1.19.1": harbor_1_19_1 };

export interface HarborReleaseProps {
  readonly namespace: string;
  readonly chartVersion: string;
  readonly values: HarborChartValues;
  /** Secrets, claims and the load balancer controller's webhook must exist before the chart installs. */
  readonly dependsOn: ITerraformDependable[];
}

/**
 * The official Harbor chart from helm.goharbor.io at a pinned version. Its values are serialized once from the
 * typed model, and every path in them is checked against the pinned chart's key list: a value the chart does
 * not know (a typo, or a key a chart upgrade removed) fails synthesis instead of being ignored by Helm.
 */
export class HarborRelease extends Construct {
  readonly release: Release;
  readonly values: HarborChartValues;

  constructor(scope: Construct, id: string, props: HarborReleaseProps) {
    super(scope, id);
    const keys = HARBOR_CHART_KEYS[props.chartVersion];
    if (!keys) throw new Error(`${this.node.path}: no key list for Harbor chart ${props.chartVersion} in charts/ (run scripts/chart-keys.mjs)`);
    const unknown = unknownChartPaths(props.values, keys);
    if (unknown.length > 0) {
      throw new Error(`${this.node.path}: Harbor chart ${props.chartVersion} has no values ${unknown.join(", ")}`);
    }
    this.values = props.values;
    this.release = new Release(this, "release", {
      name: "harbor",
      repository: "https://helm.goharbor.io",
      chart: "harbor",
      version: props.chartVersion,
      namespace: props.namespace,
      createNamespace: false,
      values: helmValues(props.values),
      // Core's first start runs the database migrations; give it time, and keep Helm from deleting what it made.
      wait: true,
      timeout: 1800,
      atomic: false,
      cleanupOnFail: false,
      maxHistory: 10,
      dependsOn: props.dependsOn,
    });
  }
}
