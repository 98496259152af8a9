import { Construct } from "constructs";
import { HarborProvider } from "../../.gen/providers/harbor/provider";

/** The prefix Harbor gives robot names; written into the provider so it never needs the admin-only /configurations. */
export const ROBOT_NAME_PREFIX = "robot$";

export interface HarborAccessProps {
  /** `https://<registry host>` */
  readonly url: string;
  /**
   * An admin account's credentials as Terraform references (read at plan time). Without them the provider signs in
   * with HARBOR_USERNAME / HARBOR_PASSWORD from the environment.
   */
  readonly admin?: { readonly username: string; readonly password: string };
  /** Skip TLS verification. @default false (the provider's own default is true) */
  readonly insecure?: boolean;
}

/** The goharbor/harbor provider of a stack, pointed at one Harbor with admin credentials that never appear in code. */
export class HarborAccess extends Construct {
  readonly url: string;
  /** The host clients `docker login` to. */
  readonly host: string;

  constructor(scope: Construct, id: string, props: HarborAccessProps) {
    super(scope, id);
    new HarborProvider(scope, "harbor", {
      url: props.url,
      username: props.admin?.username,
      password: props.admin?.password,
      insecure: props.insecure ?? false,
      apiVersion: 2,
      robotPrefix: ROBOT_NAME_PREFIX,
    });
    this.url = props.url;
    this.host = props.url.replace(/^https?:\/\//, "").replace(/\/.*$/, "");
  }
}
