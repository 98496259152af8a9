import { Construct } from "constructs";
import { DataAwsIamPolicyDocument, DataAwsIamPolicyDocumentStatement } from "@cdktf/provider-aws/lib/data-aws-iam-policy-document";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { IamRolePolicy } from "@cdktf/provider-aws/lib/iam-role-policy";
import { IamRolePolicyAttachment } from "@cdktf/provider-aws/lib/iam-role-policy-attachment";

export interface ServiceAccountRef {
  readonly namespace: string;
  /** Exact name, or a pattern with `*` (the EFS CSI controller and node service accounts share a role). */
  readonly name: string;
}

export interface ServiceAccountRoleProps {
  readonly roleName: string;
  readonly oidcProviderArn: string;
  readonly oidcIssuer: string;
  readonly serviceAccount: ServiceAccountRef;
  /** Inline least-privilege statements. @default none */
  readonly statements?: readonly DataAwsIamPolicyDocumentStatement[];
  /** AWS managed policies, where AWS maintains the exact action list (CNI, EFS CSI). @default none */
  readonly managedPolicyArns?: readonly string[];
}

/**
 * An IAM role that exactly one Kubernetes service account can assume through the cluster's OIDC provider
 * (IRSA): the trust checks both the audience and the subject, so no other pod can use it.
 */
export class ServiceAccountRole extends Construct {
  readonly arn: string;
  readonly name: string;

  constructor(scope: Construct, id: string, props: ServiceAccountRoleProps) {
    super(scope, id);
    const sa = props.serviceAccount;
    const subject = `system:serviceaccount:${sa.namespace}:${sa.name}`;
    const trust = new DataAwsIamPolicyDocument(this, "trust", {
      statement: [
        {
          actions: ["sts:AssumeRoleWithWebIdentity"],
          principals: [{ type: "Federated", identifiers: [props.oidcProviderArn] }],
          condition: [
            { test: "StringEquals", variable: `${props.oidcIssuer}:aud`, values: ["sts.amazonaws.com"] },
            { test: sa.name.includes("*") ? "StringLike" : "StringEquals", variable: `${props.oidcIssuer}:sub`, values: [subject] },
          ],
        },
      ],
    });
    const role = new IamRole(this, "role", {
      name: props.roleName,
      description: `IRSA role of ${sa.namespace}/${sa.name}`,
      assumeRolePolicy: trust.json,
      forceDetachPolicies: true,
      maxSessionDuration: 3600,
    });
    this.arn = role.arn;
    this.name = role.name;
    if (props.statements && props.statements.length > 0) {
      const policy = new DataAwsIamPolicyDocument(this, "policy", { statement: [...props.statements] });
      new IamRolePolicy(this, "inline", { name: "least-privilege", role: role.id, policy: policy.json });
    }
    (props.managedPolicyArns ?? []).forEach((policyArn, i) => new IamRolePolicyAttachment(this, `managed-${i}`, { role: role.name, policyArn }));
  }
}
