import { Construct } from "constructs";
import { PersistentVolumeClaimV1 } from "@cdktf/provider-kubernetes/lib/persistent-volume-claim-v1";
import { StorageClassV1 } from "@cdktf/provider-kubernetes/lib/storage-class-v1";

/** Harbor's pods run as this uid/gid (hard-coded in the chart's templates). */
export const HARBOR_UID = 10000;

export interface EfsStorageProps {
  readonly fileSystemId: string;
  readonly namespace: string;
  readonly storageClassName: string;
  /** ReadWriteMany claims to create, by name. */
  readonly claims: Readonly<Record<string, { readonly sizeGiB: number }>>;
}

/**
 * An EFS StorageClass that provisions one access point per volume owned by Harbor's uid/gid 10000 (so the
 * non-root pods can write; fsGroup does not apply to NFS), with its own directory readable only by that user,
 * kept when the claim is deleted; and the ReadWriteMany claims that registry and jobservice replicas share
 * across AZs.
 */
export class EfsStorage extends Construct {
  readonly storageClassName: string;
  readonly claims: Record<string, PersistentVolumeClaimV1> = {};

  constructor(scope: Construct, id: string, props: EfsStorageProps) {
    super(scope, id);
    const storageClass = new StorageClassV1(this, "storage-class", {
      metadata: { name: props.storageClassName },
      storageProvisioner: "efs.csi.aws.com",
      reclaimPolicy: "Retain",
      volumeBindingMode: "Immediate",
      allowVolumeExpansion: true,
      parameters: {
        provisioningMode: "efs-ap",
        fileSystemId: props.fileSystemId,
        directoryPerms: "700",
        uid: String(HARBOR_UID),
        gid: String(HARBOR_UID),
        basePath: "/harbor",
        // `$$` escapes Terraform's own interpolation: the CSI driver expands ${.PVC.namespace} itself.
        subPathPattern: "$${.PVC.namespace}/$${.PVC.name}",
        ensureUniqueDirectory: "true",
      },
    });
    this.storageClassName = storageClass.metadata.name;
    for (const [name, claim] of Object.entries(props.claims)) {
      this.claims[name] = new PersistentVolumeClaimV1(this, `claim-${name}`, {
        metadata: { name, namespace: props.namespace, labels: { "app.kubernetes.io/part-of": "harbor" } },
        spec: {
          accessModes: ["ReadWriteMany"],
          storageClassName: storageClass.metadata.name,
          resources: { requests: { storage: `${claim.sizeGiB}Gi` } },
        },
        waitUntilBound: true,
      });
    }
  }
}
