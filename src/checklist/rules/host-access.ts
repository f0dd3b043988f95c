/**
 * HRD007-HRD009, the hardening rules about the host: no shared host namespaces, no hostPath volume,
 * host system directory or container-runtime socket, and compose host networking only when the
 * service is bound to loopback (as `mcp-orchestrator up` runs the server). hardening.ts lists them
 * with the other HRD rules.
 */
import type { Rule } from '../types.js';
import { composeEnvironment, composeServices, getIn, isDict, isTrue, serviceCheck, workloadCheck, workloadsOf } from './pod-specs.js';

const hostNamespaces: Rule = {
  id: 'HRD007',
  group: 'HRD',
  item: 'hardening',
  severity: 'error',
  title: 'No pod or service shares the host\'s network, process or IPC namespace',
  help:
    'hostNetwork puts the server on the node\'s interfaces (past NetworkPolicies, next to the kubelet and cloud metadata endpoints), hostPID lets it see and signal the node\'s processes, hostIPC lets it read their shared memory. ' +
    'Compose: pid: host and ipc: host; network_mode: host is HRD009.',
  fix: 'Remove hostNetwork, hostPID and hostIPC from the pod spec (compose: pid: host, ipc: host).',
  needs: [],
  needsAnyOf: ['manifests', 'compose'],
  aligned: {
    'kube-linter': ['host-network', 'host-pid', 'host-ipc'],
    polaris: ['hostNetworkSet', 'hostPIDSet', 'hostIPCSet'],
    checkov: ['CKV_K8S_19', 'CKV_K8S_17', 'CKV_K8S_18'],
    trivy: ['KSV009', 'KSV010', 'KSV008'],
  },
  check: (inputs) => [
    ...workloadsOf(inputs.manifests).map((w) => {
      const shared = (['hostNetwork', 'hostPID', 'hostIPC'] as const).filter((f) => isTrue(w.pod[f]));
      return workloadCheck(w, w.subject, shared.length ? [...w.podPath, shared[0]!] : w.podPath, shared.length === 0, shared.length ? `${w.subject} shares the host's namespaces: ${shared.map((f) => `${f}: true`).join(', ')}` : `${w.subject} keeps its own network, process and IPC namespaces`);
    }),
    ...composeServices(inputs.compose).map((s) => {
      const shared = (['pid', 'ipc'] as const).filter((f) => s.service[f] === 'host');
      return serviceCheck(s, shared.length ? [shared[0]!] : [], shared.length === 0, shared.length ? `${s.subject} shares the host's ${shared.map((f) => `${f.toUpperCase()} namespace`).join(' and ')}` : `${s.subject} keeps its own process and IPC namespaces`);
    }),
  ],
};

/** Container runtime sockets: whoever holds one starts privileged containers on the host. */
const RUNTIME_SOCKET = /(docker|containerd|crio|podman|cri-dockerd)\.sock$/;
/** Host directories that give the host away when bind-mounted (kube-linter's sensitive-host-mounts, plus the runtime's /run). */
const SENSITIVE_HOST_DIRS = new Set(['/', '/boot', '/dev', '/etc', '/lib', '/proc', '/sys', '/usr', '/var/run', '/run', '/var/lib/docker', '/var/lib/kubelet']);

/** The host side of a compose volume: `/src:/dst[:ro]` or `{type: bind, source}`; undefined for named volumes. */
function bindSource(volume: unknown): string | undefined {
  if (typeof volume === 'string') {
    const source = volume.split(':')[0]!;
    return source.startsWith('/') || source.startsWith('.') || source.startsWith('~') ? source : undefined;
  }
  return isDict(volume) && volume.type === 'bind' && typeof volume.source === 'string' ? volume.source : undefined;
}

const hostPaths: Rule = {
  id: 'HRD008',
  group: 'HRD',
  item: 'hardening',
  severity: 'error',
  title: 'No hostPath volume, host system directory or container-runtime socket is mounted',
  help:
    'A mounted docker.sock (or containerd.sock) is root on the host: the server, or whoever takes it over, can start a privileged container. Kubernetes hostPath volumes of any kind are refused, as the baseline Pod Security Standard does. ' +
    'Compose bind mounts of project files are normal; runtime sockets and host system directories (/, /etc, /proc, /sys, /var/run...) are not.',
  fix: 'Remove the hostPath volume (use a ConfigMap, Secret, emptyDir or PersistentVolumeClaim); in compose, remove the socket or system-directory bind mount.',
  needs: [],
  needsAnyOf: ['manifests', 'compose'],
  aligned: { 'kube-linter': ['docker-sock', 'sensitive-host-mounts'], polaris: ['hostPathSet'], checkov: ['CKV_K8S_27'], trivy: ['KSV023', 'KSV006'] },
  check: (inputs) => [
    ...workloadsOf(inputs.manifests).map((w) => {
      const volumes = Array.isArray(w.pod.volumes) ? w.pod.volumes : [];
      const index = volumes.findIndex((v) => isDict(v) && v.hostPath !== undefined && v.hostPath !== null);
      if (index < 0) return workloadCheck(w, w.subject, w.podPath, true, `${w.subject} mounts no hostPath volume`);
      const path = String(getIn(volumes[index], ['hostPath', 'path']) ?? '');
      return workloadCheck(w, w.subject, [...w.podPath, 'volumes', index, 'hostPath'], false, `${w.subject} mounts the host's ${path || '(path)'}${RUNTIME_SOCKET.test(path) ? ': the container runtime socket' : ''} (hostPath)`);
    }),
    ...composeServices(inputs.compose).map((s) => {
      const volumes = Array.isArray(s.service.volumes) ? s.service.volumes : [];
      const index = volumes.findIndex((v) => {
        const source = bindSource(v);
        return source !== undefined && (RUNTIME_SOCKET.test(source) || SENSITIVE_HOST_DIRS.has(source.replace(/\/+$/, '') || '/'));
      });
      if (index < 0) return serviceCheck(s, [], true, `${s.subject} mounts no runtime socket or host system directory`);
      return serviceCheck(s, ['volumes', index], false, `${s.subject} mounts the host's ${bindSource(volumes[index])}`);
    }),
  ],
};

/** Environment variables servers and bridges bind by; a loopback value keeps a host-network service off the network. */
const BIND_VARIABLES = ['HOST', 'BIND', 'BIND_HOST', 'BIND_ADDRESS', 'LISTEN_HOST', 'LISTEN_ADDRESS', 'MCP_BRIDGE_HOST', 'FASTMCP_HOST', 'UVICORN_HOST'];
const LOOPBACK_ADDRESS = /^(127(?:\.\d{1,3}){3}|::1|localhost)$/i;

const composeHostNetwork: Rule = {
  id: 'HRD009',
  group: 'HRD',
  item: 'hardening',
  severity: 'warning',
  title: 'Compose services use host networking only when bound to loopback',
  help:
    'network_mode: host shares the host\'s network stack: the server can reach every service listening on the host\'s loopback, and whatever it binds on 0.0.0.0 is open on every interface with no port mapping in between. ' +
    '`mcp-orchestrator up` runs the server this way on purpose, for a local run on a developer machine, and binds it to 127.0.0.1 (HOST and MCP_BRIDGE_HOST), which makes it as reachable as a `-p 127.0.0.1:PORT` mapping. ' +
    'So a host-network service passes when its environment binds it to a loopback address (HOST, BIND_ADDRESS, MCP_BRIDGE_HOST...) and no bind variable names another address; otherwise it is a warning, not an error: the bind address is declared, not proven, and on a shared host the other loopback services stay within its reach.',
  fix: 'Use a bridge network with ports: ["127.0.0.1:PORT:PORT"], or keep network_mode: host and bind the server to 127.0.0.1 (HOST=127.0.0.1).',
  needs: ['compose'],
  aligned: {},
  check: (inputs) =>
    composeServices(inputs.compose)
      .filter((s) => s.service.network_mode === 'host')
      .map((s) => {
        const env = composeEnvironment(s.service);
        const binds = BIND_VARIABLES.filter((k) => env[k] !== undefined && env[k] !== '');
        const ok = binds.length > 0 && binds.every((k) => LOOPBACK_ADDRESS.test(env[k]!.replace(/^\[|\]$/g, '')));
        return serviceCheck(s, ['network_mode'], ok, ok ? `${s.subject} uses the host network, bound to loopback (${binds.map((k) => `${k}=${env[k]}`).join(', ')})` : `${s.subject} uses the host network ${binds.length ? `bound to ${binds.map((k) => `${k}=${env[k]}`).join(', ')}` : 'without a loopback bind address'}`);
      }),
};

export const rules: Rule[] = [hostNamespaces, hostPaths, composeHostNetwork];
