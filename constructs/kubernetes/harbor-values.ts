import { HARBOR_SECRETS, REGISTRY_USERNAME } from "./harbor-secrets";

/*
 * The part of the Harbor chart's values (chart 1.19.1) this project sets, as types. Every path here must exist in
 * the pinned chart's key list (charts/harbor-<version>.keys.json); HarborRelease checks it at synth time.
 */

type Annotations = Record<string, string | null>;

interface TopologySpread {
  maxSkew: number;
  topologyKey: string;
  whenUnsatisfiable: "DoNotSchedule" | "ScheduleAnyway";
  nodeTaintsPolicy: "Honor" | "Ignore";
}

interface Resources {
  requests: { cpu: string; memory: string };
  limits?: { memory: string; cpu?: string };
}

/** What every component gets for HA: replicas, a PDB and spread over zones and nodes. */
interface Availability {
  replicas: number;
  podDisruptionBudget: { enabled: boolean; minAvailable: number };
  topologySpreadConstraints: TopologySpread[];
}

/** Components that hold database or Redis credentials, and roll when they are rotated. */
interface CredentialsHolder {
  podAnnotations: Record<string, string>;
}

export interface HarborChartValues {
  externalURL: string;
  expose: {
    type: "ingress";
    tls: { enabled: boolean; certSource: "none" };
    ingress: { hosts: { core: string }; className: string; controller: "default"; annotations: Annotations };
  };
  ipFamily: { ipv6: { enabled: boolean }; ipv4: { enabled: boolean } };
  existingSecretAdminPassword: string;
  existingSecretAdminPasswordKey: string;
  existingSecretSecretKey: string;
  updateStrategy: { type: "RollingUpdate" | "Recreate" };
  persistence: {
    enabled: boolean;
    resourcePolicy: "keep";
    persistentVolumeClaim: {
      registry: { existingClaim: string };
      jobservice: { jobLog: { existingClaim: string } };
      trivy: { storageClass: string; accessMode: "ReadWriteOnce"; size: string };
    };
    imageChartStorage:
      | { type: "filesystem"; disableredirect: boolean; filesystem: { rootdirectory: string } }
      | { type: "s3"; disableredirect: boolean; s3: { region: string; bucket: string; existingSecret: string; encrypt: boolean; keyid?: string; rootdirectory: string } };
  };
  core: Availability & CredentialsHolder & {
    existingSecret: string;
    secretName: string;
    existingXsrfSecret: string;
    existingXsrfSecretKey: string;
    resources: Resources;
  };
  portal: Availability & { resources: Resources };
  registry: Availability & CredentialsHolder & {
    existingSecret: string;
    existingSecretKey: string;
    credentials: { username: string; existingSecret: string };
    registry: { resources: Resources };
    controller: { resources: Resources };
  };
  jobservice: Availability & CredentialsHolder & {
    existingSecret: string;
    existingSecretKey: string;
    jobLoggers: ("file" | "database" | "stdout")[];
    loggerSweeperDuration: number;
    resources: Resources;
  };
  trivy: Availability & CredentialsHolder & { enabled: boolean; resources: Resources };
  exporter: Availability & CredentialsHolder & { resources: Resources };
  database: {
    type: "external";
    external: { host: string; port: string; username: string; coreDatabase: string; existingSecret: string; sslmode: "require" | "verify-full" };
    maxIdleConns: number;
    maxOpenConns: number;
  };
  redis: {
    type: "external";
    external: {
      addr: string;
      tlsOptions: { enable: boolean };
      existingSecret: string;
      coreDatabaseIndex: string;
      jobserviceDatabaseIndex: string;
      registryDatabaseIndex: string;
      trivyAdapterIndex: string;
    };
  };
  metrics: { enabled: boolean; serviceMonitor: { enabled: boolean } };
  cache: { enabled: boolean; expireHours: number };
}

export type HarborComponent = "core" | "portal" | "registry" | "jobservice" | "trivy" | "exporter";

export interface HarborValuesInput {
  readonly registryHost: string;
  readonly certificateArn: string;
  readonly ingress: { readonly scheme: "internet-facing" | "internal"; readonly idleTimeoutSeconds: number; readonly inboundCidrs: readonly string[] };
  readonly replicas: Readonly<Record<HarborComponent, number>>;
  readonly database: { readonly host: string; readonly port: string; readonly name: string; readonly username: string; readonly sslMode: "require" | "verify-full" };
  /** Connections Harbor may hold on the database in total; split over core and exporter pods. */
  readonly databaseConnectionBudget: number;
  readonly cache: { readonly host: string; readonly port: string };
  readonly claims: { readonly registry: string; readonly jobLogs: string };
  readonly storageClassName: string;
  readonly trivyCacheSizeGiB: number;
  readonly s3?: { readonly bucket: string; readonly region: string; readonly credentialsSecret: string; readonly kmsKeyArn?: string };
  readonly serviceMonitor: boolean;
  /** Changes when the database or Redis credentials are rotated (HarborSecrets.credentialsVersion). */
  readonly credentialsVersion: string;
}

export const CREDENTIALS_VERSION_ANNOTATION = "harbor-on-aws/credentials-version";

/** The chart's default annotations for ingress-nginx; null removes them (Helm deep-merges maps). */
const NGINX_DEFAULT_ANNOTATIONS: Annotations = {
  "ingress.kubernetes.io/ssl-redirect": null,
  "ingress.kubernetes.io/proxy-body-size": null,
  "nginx.ingress.kubernetes.io/ssl-redirect": null,
  "nginx.ingress.kubernetes.io/proxy-body-size": null,
};

/** One replica per zone first (an AZ outage leaves the others serving), then per node. */
const SPREAD: TopologySpread[] = [
  { maxSkew: 1, topologyKey: "topology.kubernetes.io/zone", whenUnsatisfiable: "DoNotSchedule", nodeTaintsPolicy: "Honor" },
  { maxSkew: 1, topologyKey: "kubernetes.io/hostname", whenUnsatisfiable: "ScheduleAnyway", nodeTaintsPolicy: "Honor" },
];

function availability(replicas: number): Availability {
  return { replicas, podDisruptionBudget: { enabled: replicas > 1, minAvailable: 1 }, topologySpreadConstraints: SPREAD };
}

const resources = (cpu: string, memory: string, memoryLimit: string): Resources => ({ requests: { cpu, memory }, limits: { memory: memoryLimit } });

/** Builds the chart values: Harbor in HA behind an ALB, on RDS, ElastiCache (TLS) and EFS, with every secret pinned. */
export function harborValues(input: HarborValuesInput): HarborChartValues {
  const r = input.replicas;
  const annotations: Annotations = {
    ...NGINX_DEFAULT_ANNOTATIONS,
    "alb.ingress.kubernetes.io/scheme": input.ingress.scheme,
    "alb.ingress.kubernetes.io/target-type": "ip",
    "alb.ingress.kubernetes.io/listen-ports": '[{"HTTP":80},{"HTTPS":443}]',
    "alb.ingress.kubernetes.io/ssl-redirect": "443",
    "alb.ingress.kubernetes.io/certificate-arn": input.certificateArn,
    "alb.ingress.kubernetes.io/ssl-policy": "ELBSecurityPolicy-TLS13-1-2-2021-06",
    // Core answers 404 on "/"; the portal serves index.html on any path, so one health check fits both.
    "alb.ingress.kubernetes.io/healthcheck-path": "/api/v2.0/ping",
    // The ALB default of 60 s cuts off large layer uploads.
    "alb.ingress.kubernetes.io/load-balancer-attributes": `idle_timeout.timeout_seconds=${input.ingress.idleTimeoutSeconds},routing.http.drop_invalid_header_fields.enabled=true`,
    "external-dns.alpha.kubernetes.io/hostname": input.registryHost,
  };
  if (input.ingress.inboundCidrs.length > 0) annotations["alb.ingress.kubernetes.io/inbound-cidrs"] = input.ingress.inboundCidrs.join(",");

  const storage: HarborChartValues["persistence"]["imageChartStorage"] = input.s3
    ? {
        type: "s3",
        disableredirect: false,
        s3: {
          region: input.s3.region,
          bucket: input.s3.bucket,
          existingSecret: input.s3.credentialsSecret,
          encrypt: true,
          ...(input.s3.kmsKeyArn ? { keyid: input.s3.kmsKeyArn } : {}),
          rootdirectory: "/registry",
        },
      }
    : { type: "filesystem", disableredirect: false, filesystem: { rootdirectory: "/storage" } };

  const maxOpenConns = Math.floor(input.databaseConnectionBudget / (r.core + r.exporter));
  const podAnnotations = { [CREDENTIALS_VERSION_ANNOTATION]: input.credentialsVersion };
  return {
    externalURL: `https://${input.registryHost}`,
    expose: {
      type: "ingress",
      // TLS ends at the ALB with the ACM certificate; "none" keeps the chart from generating a certificate.
      tls: { enabled: true, certSource: "none" },
      ingress: { hosts: { core: input.registryHost }, className: "alb", controller: "default", annotations },
    },
    ipFamily: { ipv6: { enabled: false }, ipv4: { enabled: true } },
    existingSecretAdminPassword: HARBOR_SECRETS.admin.name,
    existingSecretAdminPasswordKey: HARBOR_SECRETS.admin.key,
    existingSecretSecretKey: HARBOR_SECRETS.secretKey.name,
    // RWX volumes (EFS) let a new pod start while the old one still runs.
    updateStrategy: { type: "RollingUpdate" },
    persistence: {
      enabled: true,
      resourcePolicy: "keep",
      persistentVolumeClaim: {
        registry: { existingClaim: input.claims.registry },
        jobservice: { jobLog: { existingClaim: input.claims.jobLogs } },
        // Per-replica vulnerability DB cache on EFS: unlike EBS it is not pinned to one AZ.
        trivy: { storageClass: input.storageClassName, accessMode: "ReadWriteOnce", size: `${input.trivyCacheSizeGiB}Gi` },
      },
      imageChartStorage: storage,
    },
    core: {
      ...availability(r.core),
      podAnnotations,
      existingSecret: HARBOR_SECRETS.core.name,
      secretName: HARBOR_SECRETS.tokenCertificate.name,
      existingXsrfSecret: HARBOR_SECRETS.xsrf.name,
      existingXsrfSecretKey: HARBOR_SECRETS.xsrf.key,
      resources: resources("250m", "512Mi", "2Gi"),
    },
    portal: { ...availability(r.portal), resources: resources("50m", "64Mi", "256Mi") },
    registry: {
      ...availability(r.registry),
      podAnnotations,
      existingSecret: HARBOR_SECRETS.registryHttp.name,
      existingSecretKey: HARBOR_SECRETS.registryHttp.key,
      credentials: { username: REGISTRY_USERNAME, existingSecret: HARBOR_SECRETS.registryCredentials.name },
      registry: { resources: resources("250m", "512Mi", "4Gi") },
      controller: { resources: resources("50m", "64Mi", "256Mi") },
    },
    jobservice: {
      ...availability(r.jobservice),
      podAnnotations,
      existingSecret: HARBOR_SECRETS.jobservice.name,
      existingSecretKey: HARBOR_SECRETS.jobservice.key,
      // Job logs on the shared RWX claim: every replica (and the UI) sees every job's log.
      jobLoggers: ["file"],
      loggerSweeperDuration: 14,
      resources: resources("100m", "256Mi", "1Gi"),
    },
    trivy: { ...availability(r.trivy), podAnnotations, enabled: true, resources: resources("200m", "512Mi", "2Gi") },
    exporter: { ...availability(r.exporter), podAnnotations, resources: resources("50m", "64Mi", "256Mi") },
    database: {
      type: "external",
      external: {
        host: input.database.host,
        port: input.database.port,
        username: input.database.username,
        coreDatabase: input.database.name,
        existingSecret: HARBOR_SECRETS.database.name,
        sslmode: input.database.sslMode,
      },
      maxIdleConns: Math.min(50, maxOpenConns),
      maxOpenConns,
    },
    redis: {
      type: "external",
      external: {
        addr: `${input.cache.host}:${input.cache.port}`,
        tlsOptions: { enable: true },
        existingSecret: HARBOR_SECRETS.redis.name,
        coreDatabaseIndex: "0",
        jobserviceDatabaseIndex: "1",
        registryDatabaseIndex: "2",
        trivyAdapterIndex: "5",
      },
    },
    metrics: { enabled: true, serviceMonitor: { enabled: input.serviceMonitor } },
    cache: { enabled: true, expireHours: 24 },
  };
}
