import { Construct } from "constructs";
import { Registry } from "../../.gen/providers/harbor/registry";
import { Replication, ReplicationFilters } from "../../.gen/providers/harbor/replication";
import { REGISTRY_PRESET_URLS, RegistrySettings } from "../../config/registry-schema";
import { SecretSources } from "../aws/secret-sources";

type EndpointSettings = RegistrySettings["registries"][string];
type ReplicationSettings = RegistrySettings["replications"][string];

/** A remote registry Harbor replicates with or caches from; credentials come from a secret source. */
export class RegistryEndpoint extends Construct {
  /** Numeric id for replication rules and proxy-cache projects. */
  readonly registryId: number;

  constructor(scope: Construct, id: string, props: { name: string; settings: EndpointSettings; secrets: SecretSources }) {
    super(scope, id);
    const s = props.settings;
    const registry = new Registry(this, "registry", {
      name: props.name,
      providerName: s.type,
      endpointUrl: s.url ?? REGISTRY_PRESET_URLS[s.type]!,
      description: s.description,
      accessId: typeof s.accessId === "object" ? props.secrets.resolve(s.accessId) : s.accessId,
      accessSecret: s.accessSecret ? props.secrets.resolve(s.accessSecret) : undefined,
      insecure: false,
    });
    this.registryId = registry.registryId;
  }
}

/** A push or pull replication rule. Each filter kind is its own block: in one block the provider keeps only the last. */
export class ReplicationRule extends Construct {
  constructor(scope: Construct, id: string, props: { name: string; settings: ReplicationSettings; registryId: number }) {
    super(scope, id);
    const s = props.settings;
    const filters: ReplicationFilters[] = [];
    if (s.filters.name !== undefined) filters.push({ name: s.filters.name });
    if (s.filters.tag !== undefined) filters.push({ tag: s.filters.tag });
    if (s.filters.resource !== undefined) filters.push({ resource: s.filters.resource });
    new Replication(this, "replication", {
      name: props.name,
      action: s.action,
      registryId: props.registryId,
      schedule: s.trigger,
      filters: filters.length > 0 ? filters : undefined,
      destNamespace: s.destNamespace,
      override: s.override,
      deletion: s.deletion,
      enabled: s.enabled,
      speed: s.speedKbps,
    });
  }
}
