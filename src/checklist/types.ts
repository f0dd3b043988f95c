/**
 * The checklist gate's shared vocabulary: a rule reads parsed inputs and returns checks; the
 * engine turns checks into verdicts, applies exemptions, and writes the report (Markdown
 * checklist, JSON, SARIF, annotations). Rules never read files themselves and never decide
 * exemptions: what they see is what the loader parsed, with locations.
 */

/** The seed's eight checklist items plus hardening and workflows, in the order the summary shows them. */
export type ChecklistItem =
  | 'image-built'
  | 'environment-secure'
  | 'health-checks'
  | 'logging'
  | 'resource-limits'
  | 'tls'
  | 'secret-store'
  | 'scaling'
  | 'hardening'
  | 'workflows';

export type RuleGroup = 'IMG' | 'SEC' | 'HLT' | 'RES' | 'TLS' | 'OBS' | 'SCL' | 'HRD' | 'WF';

export type Severity = 'error' | 'warning' | 'note';

/** `not-checked`: an input the rule needs was not given. `not-applicable`: given, but nothing in it is the rule's concern. */
export type Verdict = 'passed' | 'failed' | 'exempted' | 'not-checked' | 'not-applicable';

/** What a rule may need; the engine marks a rule `not-checked` when any of `needs` is missing. */
export type InputKind =
  | 'spec'
  | 'dockerfile'
  | 'dockerignore'
  | 'image'
  | 'compose'
  | 'manifests'
  | 'cloud'
  | 'workflows'
  | 'scan-report'
  | 'health-report';

/** Where evidence is: a file and line (1-based) for sources, or a JSON pointer into a report. */
export interface Location {
  file: string;
  line?: number;
  column?: number;
  /** RFC 6901 pointer into a JSON report (`file` is the report). */
  pointer?: string;
}

/** One parsed YAML document (a manifest, a compose file, a workflow) that knows where its nodes are. */
export interface YamlDocument<T = unknown> {
  file: string;
  /** 0-based index of the document in a multi-document file. */
  index: number;
  value: T;
  /** The location of the node at `path` (or of its nearest existing ancestor). */
  locate(path: ReadonlyArray<string | number>): Location;
}

/** What an exemption attached to the subject of a check can be read from (the engine reads it). */
export type ExemptionSource =
  /** A Kubernetes object's `metadata.annotations` (`mcp-orchestrator.io/ignore-<RULE>`, aligned foreign ones). */
  | { kind: 'annotations'; annotations: Record<string, string> | undefined }
  /** A compose file's `x-mcp-orchestrator` extension field (service level, then top level). */
  | { kind: 'compose-extension'; service?: unknown; top?: unknown }
  /** `# mcp-orchestrator ignore=<RULE> reason="..."` comments in a Dockerfile or workflow, near `location`. */
  | { kind: 'comments' };

export interface Check {
  passed: boolean;
  /** What was seen, in a sentence: "Deployment/api container server has no memory limit". */
  message: string;
  location?: Location;
  /** A name for the thing checked (`Deployment/api`, `service web`, `job build`), for the report and exemption files. */
  subject?: string;
  /** The manifest object a container's check is in (`Deployment/api`): a central file's target for the object covers its containers. */
  object?: string;
  exemption?: ExemptionSource;
  /**
   * The foreign checks this check matches, when narrower than the rule's `aligned` (a rule on both
   * probes: the readiness check is kube-linter's no-readiness-probe only); foreign exemptions use it.
   */
  aligned?: AlignedChecks;
}

/** The ids of the matching checks of other tools, for users who map between them (shown in SARIF help). */
export interface AlignedChecks {
  'kube-linter'?: string[];
  'kube-score'?: string[];
  polaris?: string[];
  checkov?: string[];
  trivy?: string[];
  hadolint?: string[];
  zizmor?: string[];
}

export interface Rule<I = ChecklistInputs> {
  /** `IMG001`, `SEC003`, `WF002`...: stable, never reused. */
  id: string;
  group: RuleGroup;
  item: ChecklistItem;
  severity: Severity;
  /** Short, as a checklist line: "Containers run as non-root". */
  title: string;
  /** Why it matters, for SARIF help and `--format markdown`. */
  help: string;
  /** What to change, one or two sentences. */
  fix: string;
  needs: InputKind[];
  /** The rule works on any one of these (a compose file or manifests...): `not-checked` only when none is given. */
  needsAnyOf?: InputKind[];
  aligned: AlignedChecks;
  /**
   * Why the rule cannot decide although its inputs were given (the health report does not say
   * what the server wrote to stdout): the engine makes it `not-checked` with this reason.
   */
  unavailable?(inputs: I): string | undefined;
  /** Every check the rule made; an empty list means not applicable. Throws only on a bug. */
  check(inputs: I): Check[];
}

/** Everything the loader parsed. A missing field means the input was not given. */
export interface ChecklistInputs {
  /** The deploy spec, validated (src/spec/spec.ts), and its file. */
  spec?: { file: string; value: import('../spec/spec.js').DeploySpec };
  dockerfile?: { file: string; text: string };
  /** `missing: true`: the build context has no .dockerignore (`text` is then empty). */
  dockerignore?: { file: string; text: string; missing?: boolean };
  /** The image's config and history as the reader returns them, and the digest it was read by. */
  image?: {
    source: string;
    digest?: string;
    /** The config blob's digest (the image ID): the same in a docker-archive and in the registry it was pushed to. */
    configDigest?: string;
    config: import('../image/types.js').ImageConfig;
  };
  compose?: YamlDocument<Record<string, unknown>>[];
  manifests?: YamlDocument<Record<string, unknown>>[];
  /** Cloud renders (Cloud Run Service, ECS task definition, Container Apps YAML) once they exist. */
  cloud?: Array<{ target: 'cloudrun' | 'ecs' | 'containerapps'; document: YamlDocument<Record<string, unknown>> }>;
  workflows?: YamlDocument<Record<string, unknown>>[];
  /** The JSON reports of `scan --format json` and `health --format json`, and their files. */
  scanReport?: { file: string; value: Record<string, unknown> };
  healthReport?: { file: string; value: Record<string, unknown> };
  /** The digest `push` reported, when known (IMG rules compare deployed images with it). */
  pushedDigest?: string;
  /**
   * The text of every file comments can exempt in (the Dockerfile, workflows), by the name
   * locations use; the engine reads `# mcp-orchestrator ignore=...` comments from it.
   */
  sources?: Record<string, string>;
}
