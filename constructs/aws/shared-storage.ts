import { Construct } from "constructs";
import { DataAwsIamPolicyDocument } from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { EfsBackupPolicy } from "@cdktf/provider-aws/lib/efs-backup-policy";
import { EfsFileSystem } from "@cdktf/provider-aws/lib/efs-file-system";
import { EfsFileSystemPolicy } from "@cdktf/provider-aws/lib/efs-file-system-policy";
import { EfsMountTarget } from "@cdktf/provider-aws/lib/efs-mount-target";
import { AwsAccount } from "./account";
import { ServiceSecurityGroup } from "./security-group";

export interface SharedStorageProps {
  readonly account: AwsAccount;
  readonly vpcId: string;
  /** One subnet per AZ: every AZ gets its own mount target, so a zone outage leaves the others mounted. */
  readonly subnetIds: readonly string[];
  readonly kmsKeyArn: string;
  /** prevent_destroy on the file system. Off only for disposable environments. @default true */
  readonly protect?: boolean;
}

/**
 * EFS for Harbor's registry blobs and job logs (ReadWriteMany across AZs).
 *
 * Harbor's registry S3 driver cannot use IRSA or Pod Identity, only static keys (goharbor/harbor#12888), so
 * blobs default to EFS. Harbor runs as uid/gid 10000: the Kubernetes layer's StorageClass uses the EFS CSI
 * driver's dynamic provisioning (`provisioningMode: efs-ap`, `uid`/`gid` 10000), which creates one access point
 * per volume with that POSIX identity and its own root directory. No static access points are made here.
 */
export class SharedStorage extends Construct {
  readonly fileSystemId: string;
  readonly fileSystemArn: string;
  readonly securityGroupId: string;
  private readonly securityGroup: ServiceSecurityGroup;

  constructor(scope: Construct, id: string, props: SharedStorageProps) {
    super(scope, id);
    const { account } = props;
    const name = `${account.namePrefix}-harbor`;
    const fs = new EfsFileSystem(this, "file-system", {
      creationToken: name,
      encrypted: true,
      kmsKeyId: props.kmsKeyArn,
      performanceMode: "generalPurpose",
      throughputMode: "elastic",
      lifecyclePolicy: [{ transitionToIa: "AFTER_30_DAYS" }, { transitionToPrimaryStorageClass: "AFTER_1_ACCESS" }],
      tags: { Name: name },
      lifecycle: { preventDestroy: props.protect ?? true },
    });
    this.fileSystemId = fs.id;
    this.fileSystemArn = fs.arn;

    new EfsBackupPolicy(this, "backup", { fileSystemId: fs.id, backupPolicy: { status: "ENABLED" } });

    // Deny any access that is not over TLS, and allow client access only through a mount target (not from
    // other accounts or the internet); the EFS CSI driver mounts with TLS by default.
    const policy = new DataAwsIamPolicyDocument(this, "policy", {
      statement: [
        {
          sid: "DenyUnencryptedTransport",
          effect: "Deny",
          principals: [{ type: "AWS", identifiers: ["*"] }],
          actions: ["*"],
          resources: [fs.arn],
          condition: [{ test: "Bool", variable: "aws:SecureTransport", values: ["false"] }],
        },
        {
          sid: "AllowClientsThroughMountTargets",
          principals: [{ type: "AWS", identifiers: ["*"] }],
          actions: ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite", "elasticfilesystem:ClientRootAccess"],
          resources: [fs.arn],
          condition: [{ test: "Bool", variable: "elasticfilesystem:AccessedViaMountTarget", values: ["true"] }],
        },
      ],
    });
    new EfsFileSystemPolicy(this, "file-system-policy", { fileSystemId: fs.id, policy: policy.json, bypassPolicyLockoutSafetyCheck: false });

    this.securityGroup = new ServiceSecurityGroup(this, "security-group", { name: `${name}-efs`, description: "Harbor EFS", vpcId: props.vpcId, port: 2049 });
    this.securityGroupId = this.securityGroup.id;
    props.subnetIds.forEach(
      (subnetId, i) => new EfsMountTarget(this, `mount-target-${i}`, { fileSystemId: fs.id, subnetId, securityGroups: [this.securityGroup.id] }),
    );
  }

  /** Opens NFS (2049) to members of a security group (the EKS nodes). */
  allowConnectionsFrom(label: string, securityGroupId: string): void {
    this.securityGroup.allowFrom(label, securityGroupId);
  }
}
