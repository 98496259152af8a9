import { Construct } from "constructs";
import { DataAwsCallerIdentity } from "@cdktf/provider-aws/lib/data-aws-caller-identity";
import { DataAwsPartition } from "@cdktf/provider-aws/lib/data-aws-partition";

/** Where the resources live; ARNs and key policies are built from it instead of hard-coding `aws`. */
export interface AwsAccount {
  readonly accountId: string;
  readonly partition: string;
  readonly region: string;
  /** Resource names of this environment start with it: `<project>-<environment>`. */
  readonly namePrefix: string;
}

/** Reads the account and partition at plan time (data sources need no credentials to synthesize). */
export function lookUpAccount(scope: Construct, region: string, namePrefix: string): AwsAccount {
  const identity = new DataAwsCallerIdentity(scope, "caller");
  const partition = new DataAwsPartition(scope, "partition");
  return { accountId: identity.accountId, partition: partition.partition, region, namePrefix };
}

export function accountRootArn(account: AwsAccount): string {
  return `arn:${account.partition}:iam::${account.accountId}:root`;
}
