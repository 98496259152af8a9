import { Construct } from "constructs";
import { EksAddon } from "@cdktf/provider-aws/lib/eks-addon";
import { ITerraformDependable } from "cdktf";

export interface AddonSpec {
  readonly version: string;
  /** IRSA role of the add-on's service account. @default none */
  readonly roleArn?: string;
}

/**
 * EKS managed add-ons at pinned versions (reproducible plans; re-pin on cluster upgrades). Conflicts are
 * resolved by overwriting on a fresh cluster, and add-ons are preserved if the resource is removed so a
 * refactor never leaves the cluster without DNS or networking.
 */
export class ClusterAddons extends Construct {
  private readonly clusterName: string;

  constructor(scope: Construct, id: string, clusterName: string) {
    super(scope, id);
    this.clusterName = clusterName;
  }

  add(name: string, spec: AddonSpec, dependsOn: ITerraformDependable[] = []): EksAddon {
    return new EksAddon(this, name, {
      clusterName: this.clusterName,
      addonName: name,
      addonVersion: spec.version,
      serviceAccountRoleArn: spec.roleArn,
      resolveConflictsOnCreate: "OVERWRITE",
      resolveConflictsOnUpdate: "OVERWRITE",
      preserve: true,
      dependsOn,
    });
  }
}
