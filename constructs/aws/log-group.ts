import { Construct } from "constructs";
import { ITerraformDependable } from "cdktf";
import { CloudwatchLogGroup } from "@cdktf/provider-aws/lib/cloudwatch-log-group";

export interface EncryptedLogGroupProps {
  readonly name: string;
  readonly retentionDays: number;
  readonly kmsKeyArn: string;
}

/** A CloudWatch log group that is KMS-encrypted and expires (CKV_AWS_158, CKV_AWS_66). */
export class EncryptedLogGroup extends Construct implements ITerraformDependable {
  readonly name: string;
  readonly arn: string;
  /** Resources that write to the group depend on it, so it exists (with retention and key) before they log. */
  readonly fqn: string;

  constructor(scope: Construct, id: string, props: EncryptedLogGroupProps) {
    super(scope, id);
    const group = new CloudwatchLogGroup(this, "group", {
      name: props.name,
      retentionInDays: props.retentionDays,
      kmsKeyId: props.kmsKeyArn,
      logGroupClass: "STANDARD",
      skipDestroy: false,
    });
    this.name = group.name;
    this.arn = group.arn;
    this.fqn = group.fqn;
  }
}
