/**
 * HRD: hardening. The server runs as a non-root user that cannot gain privileges, on a read-only
 * root filesystem, with capabilities dropped and the runtime's seccomp filter, without a
 * service-account token it does not use, and without the host's namespaces, paths or container
 * runtime socket. Kubernetes manifests, compose services, the Dockerfile and the image config.
 * The host rules (HRD007-HRD009) are in host-access.ts.
 */
import { DockerfileParser } from 'dockerfile-ast';
import type { Check, ChecklistInputs, Rule } from '../types.js';
import { rules as hostAccessRules } from './host-access.js';
import {
  composeServices,
  containerCheck,
  containersOf,
  docsOfKind,
  getIn,
  isDict,
  isTrue,
  nameOf,
  sameNamespace,
  securityContextPath,
  securityField,
  serviceCheck,
  workloadCheck,
  workloadsOf,
  type ComposeService,
  type ContainerRef,
} from './pod-specs.js';

/** `root`, `0`, `root:x`, `0:0`, or empty (an image without USER runs as root). */
export const isRootUser = (user: string): boolean => {
  const name = user.trim().split(':')[0]!;
  return name === '' || name === 'root' || name === '0';
};

interface Stage {
  /** `FROM base AS name`: the stage's name, lower-cased as Docker compares them. */
  name?: string;
  base: string;
  fromLine: number;
  user?: { user: string; line: number; unresolved: boolean };
}

/**
 * The USER the image runs as, from the Dockerfile: the last USER of the final stage, else of the
 * stage it is built FROM (`FROM build`), with `${ARG}` expanded from ARG/ENV defaults written before it.
 */
export function finalStageUser(text: string): { user?: string; line: number; unresolved?: boolean } {
  const stages: Stage[] = [];
  const defaults = new Map<string, string>();
  for (const i of DockerfileParser.parse(text).getInstructions()) {
    const keyword = i.getKeyword().toUpperCase();
    const args = (i.getArgumentsContent() ?? '').trim();
    const line = i.getRange().start.line + 1;
    if (keyword === 'FROM') {
      const words = args.split(/\s+/).filter((w) => !w.startsWith('--'));
      stages.push({ base: (words[0] ?? '').toLowerCase(), name: words[1]?.toLowerCase() === 'as' ? words[2]?.toLowerCase() : undefined, fromLine: line });
    } else if (keyword === 'ARG' || keyword === 'ENV') {
      const m = /^([A-Za-z_][A-Za-z0-9_]*)[= ]\s*"?([^"\s]*)"?/.exec(args);
      if (m) defaults.set(m[1]!, m[2]!);
    } else if (keyword === 'USER' && stages.length) {
      let unresolved = false;
      const user = args.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (_m, name: string) => {
        const value = defaults.get(name);
        if (value === undefined) unresolved = true;
        return value ?? '';
      });
      stages[stages.length - 1]!.user = { user, line, unresolved };
    }
  }
  const last = stages[stages.length - 1];
  let stage: Stage | undefined = last;
  for (let hops = 0; stage && hops < stages.length; hops++) {
    if (stage.user) return stage.user;
    const base: string = stage.base;
    stage = stages.slice(0, stages.indexOf(stage)).reverse().find((s) => s.name !== undefined && s.name === base);
  }
  return { line: last?.fromLine ?? 1 };
}

function imageUser(inputs: ChecklistInputs): string | undefined {
  return inputs.image ? inputs.image.config.user ?? '' : undefined;
}

function nonRootContainer(ref: ContainerRef): Check {
  const user = securityField(ref, 'runAsUser');
  const nonRoot = securityField(ref, 'runAsNonRoot');
  if (user && Number(user.value) === 0) return containerCheck(ref, user.path, false, `${ref.subject} runs as root (runAsUser: 0)`);
  if (user && Number(user.value) > 0) return containerCheck(ref, user.path, true, `${ref.subject} runs as user ${String(user.value)}`);
  if (nonRoot && isTrue(nonRoot.value)) return containerCheck(ref, nonRoot.path, true, `${ref.subject} must run as non-root (runAsNonRoot: true)`);
  if (nonRoot) return containerCheck(ref, nonRoot.path, false, `${ref.subject} allows root (runAsNonRoot: ${String(nonRoot.value)})`);
  return containerCheck(ref, securityContextPath(ref), false, `${ref.subject} sets neither runAsNonRoot: true nor a non-zero runAsUser: it runs as the image's user, root unless the image says otherwise`);
}

function nonRootService(s: ComposeService, inputs: ChecklistInputs): Check {
  if (s.service.user !== undefined && s.service.user !== null) {
    const user = String(s.service.user);
    return serviceCheck(s, ['user'], !isRootUser(user), `${s.subject} runs as ${isRootUser(user) ? 'root' : 'user'} ${user}`);
  }
  const fromImage = imageUser(inputs);
  if (fromImage !== undefined && !isRootUser(fromImage)) return serviceCheck(s, [], true, `${s.subject} runs as the image's USER ${fromImage}`);
  return serviceCheck(s, [], false, `${s.subject} sets no user:${fromImage === undefined ? '' : ' and the image has no non-root USER'}: it runs as root`);
}

const nonRoot: Rule = {
  id: 'HRD001',
  group: 'HRD',
  item: 'hardening',
  severity: 'error',
  title: 'The server runs as a non-root user',
  help:
    'Root in a container is root on the host\'s kernel: one escape (a runtime bug, a mounted socket) and the attacker owns the node. ' +
    'Checked where each input says it: the Dockerfile\'s final-stage USER, the image config\'s User, each Kubernetes container\'s securityContext (runAsNonRoot: true or runAsUser > 0, its own or the pod\'s), each compose service\'s user (or the image\'s USER when the image was given).',
  fix: 'Add USER 10001 (a numeric, non-zero id) at the end of the Dockerfile, and runAsNonRoot: true with runAsUser: 10001 in the pod securityContext (the render sets both).',
  needs: [],
  needsAnyOf: ['manifests', 'compose', 'dockerfile', 'image'],
  aligned: {
    'kube-linter': ['run-as-non-root'],
    'kube-score': ['container-security-context-user-group-id'],
    polaris: ['runAsRootAllowed'],
    checkov: ['CKV_K8S_23', 'CKV_DOCKER_3'],
    trivy: ['KSV012', 'DS002'],
    hadolint: ['DL3002'],
  },
  check: (inputs) => {
    const checks: Check[] = [];
    if (inputs.dockerfile) {
      const { user, line, unresolved } = finalStageUser(inputs.dockerfile.text);
      const ok = user !== undefined && !unresolved && !isRootUser(user);
      const message =
        user === undefined ? 'the final stage sets no USER: the image runs as its base image\'s user (root for most)' : unresolved ? `USER ${user || '(empty)'} names a build argument without a default` : `the final stage runs as ${isRootUser(user) ? 'root' : 'user'} ${user}`;
      checks.push({ passed: ok, message, location: { file: inputs.dockerfile.file, line }, subject: 'Dockerfile', exemption: { kind: 'comments' } });
    }
    if (inputs.image) {
      const user = inputs.image.config.user ?? '';
      checks.push({ passed: !isRootUser(user), message: user ? `the image runs as ${isRootUser(user) ? 'root' : 'user'} ${user}` : 'the image config sets no User: it runs as root', location: { file: inputs.image.source, pointer: '/config/User' }, subject: `image ${inputs.image.source}` });
    }
    checks.push(...containersOf(inputs.manifests).map(nonRootContainer));
    checks.push(...composeServices(inputs.compose).map((s) => nonRootService(s, inputs)));
    return checks;
  },
};

/** security_opt entries as Docker writes them: `no-new-privileges`, `no-new-privileges:true`, `seccomp=unconfined`... */
function securityOpts(service: Record<string, unknown>): string[] {
  return Array.isArray(service.security_opt) ? service.security_opt.map((o) => String(o).toLowerCase().replace(/\s/g, '')) : [];
}

const noPrivilegeEscalation: Rule = {
  id: 'HRD002',
  group: 'HRD',
  item: 'hardening',
  severity: 'error',
  title: 'No container is privileged or can gain privileges',
  help:
    'A privileged container has every capability and every host device; allowPrivilegeEscalation (on by default) lets a setuid binary in the image raise a process\'s privileges. ' +
    'Kubernetes: securityContext.allowPrivilegeEscalation: false on every container (there is no pod-level field) and privileged unset or false. Compose: security_opt no-new-privileges:true and no privileged: true.',
  fix: 'Set allowPrivilegeEscalation: false (and drop privileged: true) in each container\'s securityContext; in compose, security_opt: ["no-new-privileges:true"].',
  needs: [],
  needsAnyOf: ['manifests', 'compose'],
  aligned: {
    'kube-linter': ['privilege-escalation-container', 'privileged-container'],
    'kube-score': ['container-security-context-privileged'],
    polaris: ['privilegeEscalationAllowed', 'runAsPrivileged'],
    checkov: ['CKV_K8S_20', 'CKV_K8S_16'],
    trivy: ['KSV001', 'KSV017'],
  },
  check: (inputs) => [
    ...containersOf(inputs.manifests).map((ref) => {
      const privileged = getIn(ref.container, ['securityContext', 'privileged']);
      if (isTrue(privileged)) return containerCheck(ref, [...ref.path, 'securityContext', 'privileged'], false, `${ref.subject} is privileged`);
      const escalation = getIn(ref.container, ['securityContext', 'allowPrivilegeEscalation']);
      const ok = escalation === false || escalation === 'false';
      return containerCheck(ref, escalation !== undefined ? [...ref.path, 'securityContext', 'allowPrivilegeEscalation'] : securityContextPath(ref), ok, ok ? `${ref.subject} cannot gain privileges` : `${ref.subject} ${escalation === undefined ? 'leaves allowPrivilegeEscalation at its default (true)' : 'sets allowPrivilegeEscalation: true'}`);
    }),
    ...composeServices(inputs.compose).map((s) => {
      if (isTrue(s.service.privileged)) return serviceCheck(s, ['privileged'], false, `${s.subject} is privileged`);
      const ok = securityOpts(s.service).some((o) => /^no-new-privileges([:=]true)?$/.test(o));
      return serviceCheck(s, s.service.security_opt !== undefined ? ['security_opt'] : [], ok, ok ? `${s.subject} sets no-new-privileges` : `${s.subject} does not set security_opt no-new-privileges:true`);
    }),
  ],
};

const readOnlyRoot: Rule = {
  id: 'HRD003',
  group: 'HRD',
  item: 'hardening',
  severity: 'warning',
  title: 'Root filesystems are read-only',
  help:
    'With a writable root filesystem an attacker who gets code execution can replace the server\'s own files or drop tools; read-only leaves only the volumes you mounted writable. ' +
    'A warning: some servers write caches under their home directory and need an emptyDir there first (the render mounts one at /tmp).',
  fix: 'Set readOnlyRootFilesystem: true in each container\'s securityContext (compose: read_only: true), with an emptyDir or tmpfs for the paths the server writes.',
  needs: [],
  needsAnyOf: ['manifests', 'compose'],
  aligned: {
    'kube-linter': ['no-read-only-root-fs'],
    'kube-score': ['container-security-context-readonlyrootfilesystem'],
    polaris: ['notReadOnlyRootFilesystem'],
    checkov: ['CKV_K8S_22'],
    trivy: ['KSV014'],
  },
  check: (inputs) => [
    ...containersOf(inputs.manifests).map((ref) => {
      const value = getIn(ref.container, ['securityContext', 'readOnlyRootFilesystem']);
      const ok = isTrue(value);
      return containerCheck(ref, value !== undefined ? [...ref.path, 'securityContext', 'readOnlyRootFilesystem'] : securityContextPath(ref), ok, `${ref.subject} has a ${ok ? 'read-only' : 'writable'} root filesystem`);
    }),
    ...composeServices(inputs.compose).map((s) => {
      const ok = isTrue(s.service.read_only);
      return serviceCheck(s, s.service.read_only !== undefined ? ['read_only'] : [], ok, `${s.subject} has a ${ok ? 'read-only' : 'writable'} root filesystem`);
    }),
  ],
};

/** The capabilities container runtimes grant by default (Docker, containerd, CRI-O): dropping all of them is dropping ALL. */
const DEFAULT_CAPABILITIES = ['CHOWN', 'DAC_OVERRIDE', 'FSETID', 'FOWNER', 'MKNOD', 'NET_RAW', 'SETGID', 'SETUID', 'SETFCAP', 'SETPCAP', 'NET_BIND_SERVICE', 'SYS_CHROOT', 'KILL', 'AUDIT_WRITE'];
/** The one capability the restricted Pod Security Standard lets a container add back. */
const ALLOWED_ADD = new Set(['NET_BIND_SERVICE']);

function capabilityVerdict(drop: unknown, add: unknown): { ok: boolean; why: string } {
  const norm = (v: unknown) => (Array.isArray(v) ? v.map((c) => String(c).toUpperCase().replace(/^CAP_/, '')) : []);
  const dropped = new Set(norm(drop));
  const added = norm(add).filter((c) => !ALLOWED_ADD.has(c));
  if (added.length) return { ok: false, why: `adds ${added.join(', ')}` };
  if (dropped.has('ALL') || DEFAULT_CAPABILITIES.every((c) => dropped.has(c))) return { ok: true, why: 'drops all capabilities' };
  return { ok: false, why: dropped.size ? `drops only ${[...dropped].join(', ')}` : 'keeps the runtime\'s default capabilities' };
}

const capabilitiesDropped: Rule = {
  id: 'HRD004',
  group: 'HRD',
  item: 'hardening',
  severity: 'warning',
  title: 'Containers drop all capabilities',
  help:
    'By default a container keeps 14 capabilities (NET_RAW to forge packets, CHOWN, SETUID...). An MCP server needs none of them; dropping ALL (or each of the 14) removes what an exploit would use. Adding back NET_BIND_SERVICE is allowed; anything else fails.',
  fix: 'Set securityContext.capabilities.drop: ["ALL"] on each container (compose: cap_drop: [ALL]).',
  needs: [],
  needsAnyOf: ['manifests', 'compose'],
  aligned: { 'kube-linter': ['drop-net-raw-capability'], polaris: ['insecureCapabilities', 'dangerousCapabilities'], checkov: ['CKV_K8S_37'], trivy: ['KSV003'] },
  check: (inputs) => [
    ...containersOf(inputs.manifests).map((ref) => {
      const caps = getIn(ref.container, ['securityContext', 'capabilities']);
      const { ok, why } = capabilityVerdict(getIn(caps, ['drop']), getIn(caps, ['add']));
      return containerCheck(ref, isDict(caps) ? [...ref.path, 'securityContext', 'capabilities'] : securityContextPath(ref), ok, `${ref.subject} ${why}`);
    }),
    ...composeServices(inputs.compose).map((s) => {
      const { ok, why } = capabilityVerdict(s.service.cap_drop, s.service.cap_add);
      return serviceCheck(s, s.service.cap_drop !== undefined ? ['cap_drop'] : [], ok, `${s.subject} ${why}`);
    }),
  ],
};

const seccomp: Rule = {
  id: 'HRD005',
  group: 'HRD',
  item: 'hardening',
  severity: 'warning',
  title: 'Containers run under the runtime\'s seccomp profile',
  help:
    'Kubernetes runs pods Unconfined unless a seccomp profile is set: every system call, including the rarely used ones most kernel exploits go through, is open. RuntimeDefault (or a Localhost profile) closes them. ' +
    'The profile is read from the container\'s securityContext, else the pod\'s; the seccomp annotations deprecated since Kubernetes 1.19 are not read. Compose: Docker applies its default profile unless seccomp=unconfined or privileged.',
  fix: 'Set securityContext.seccompProfile.type: RuntimeDefault in the pod spec (the render does); in compose, remove seccomp=unconfined.',
  needs: [],
  needsAnyOf: ['manifests', 'compose'],
  aligned: { 'kube-score': ['container-seccomp-profile'], polaris: ['linuxHardening'], checkov: ['CKV_K8S_31'], trivy: ['KSV030', 'KSV104'] },
  check: (inputs) => [
    ...containersOf(inputs.manifests).map((ref) => {
      const type = securityField(ref, 'seccompProfile');
      const value = getIn(type?.value, ['type']);
      const ok = value === 'RuntimeDefault' || value === 'Localhost';
      return containerCheck(ref, type ? [...type.path, 'type'] : securityContextPath(ref), ok, `${ref.subject} runs ${value === undefined ? 'without a seccomp profile (Unconfined)' : `with seccomp ${String(value)}`}`);
    }),
    ...composeServices(inputs.compose).map((s) => {
      const unconfined = securityOpts(s.service).some((o) => /^seccomp[:=]unconfined$/.test(o)) || isTrue(s.service.privileged);
      return serviceCheck(s, s.service.security_opt !== undefined ? ['security_opt'] : [], !unconfined, unconfined ? `${s.subject} runs without seccomp` : `${s.subject} runs under Docker's default seccomp profile`);
    }),
  ],
};

const serviceAccountToken: Rule = {
  id: 'HRD006',
  group: 'HRD',
  item: 'hardening',
  severity: 'warning',
  title: 'Pods do not mount a service-account token they do not use',
  help:
    'Every pod gets a token for the Kubernetes API unless told otherwise; an MCP server does not call the API, so the token only helps whoever breaks into it. ' +
    'Passes when the pod sets automountServiceAccountToken: false, or leaves it unset and its ServiceAccount (in the manifests) sets false; a pod-level true wins over the ServiceAccount.',
  fix: 'Set automountServiceAccountToken: false on the pod spec (and on the ServiceAccount); the render sets both.',
  needs: ['manifests'],
  aligned: { polaris: ['automountServiceAccountToken'], checkov: ['CKV_K8S_38'], trivy: ['KSV036'] },
  check: (inputs) => {
    const docs = inputs.manifests ?? [];
    return workloadsOf(docs).map((w) => {
      const own = w.pod.automountServiceAccountToken;
      if (own !== undefined) {
        const ok = own === false || own === 'false';
        return workloadCheck(w, w.subject, [...w.podPath, 'automountServiceAccountToken'], ok, `${w.subject} ${ok ? 'does not mount' : 'mounts'} a service-account token (automountServiceAccountToken: ${String(own)})`);
      }
      const accountName = typeof w.pod.serviceAccountName === 'string' ? w.pod.serviceAccountName : typeof w.pod.serviceAccount === 'string' ? w.pod.serviceAccount : 'default';
      const account = docsOfKind(docs, 'ServiceAccount').find((a) => nameOf(a) === accountName && sameNamespace(a, w.doc));
      const ok = account !== undefined && account.value.automountServiceAccountToken === false;
      return workloadCheck(w, w.subject, w.podPath, ok, ok ? `${w.subject} inherits automountServiceAccountToken: false from ServiceAccount/${accountName}` : `${w.subject} mounts ServiceAccount/${accountName}'s token (automountServiceAccountToken is not false on the pod${account ? ' or the account' : ''})`);
    });
  },
};

export const rules: Rule[] = [nonRoot, noPrivilegeEscalation, readOnlyRoot, capabilitiesDropped, seccomp, serviceAccountToken, ...hostAccessRules];
