/**
 * ECS on Fargate: the task size (a valid Fargate cpu/memory pair, from the AWS table "Task size")
 * and the container's health check. ECS ignores the image's HEALTHCHECK, so the check is written
 * here with what the image has: packaged bridge images carry node (src/package/dockerfile.ts);
 * for a native server the check uses node or python3, whichever the image has, through sh.
 */
import { quote } from 'shell-quote';
import type { HealthCheck } from '@aws-sdk/client-ecs';
import type { DeploySpec } from '../spec/spec.js';
import { cpuOf, memoryMiB, specError } from './cloud-settings.js';

const GiB = 1024;
const steps = (from: number, to: number, step: number) => Array.from({ length: (to - from) / step + 1 }, (_, i) => from + i * step);
/** CPU units (1024 = 1 vCPU) and the memory sizes in MiB Fargate accepts with each. */
const FARGATE: Array<[number, number[]]> = [
  [256, [512, 1 * GiB, 2 * GiB]],
  [512, steps(1 * GiB, 4 * GiB, GiB)],
  [1024, steps(2 * GiB, 8 * GiB, GiB)],
  [2048, steps(4 * GiB, 16 * GiB, GiB)],
  [4096, steps(8 * GiB, 30 * GiB, GiB)],
  [8192, steps(16 * GiB, 60 * GiB, 4 * GiB)],
  [16384, steps(32 * GiB, 120 * GiB, 8 * GiB)],
];

/** The smallest Fargate pair that holds resources.cpu and resources.memory (default 0.25 vCPU, 512 MiB); a warning when it rounds up. */
export function fargateSize(spec: DeploySpec, warnings: string[]): { cpu: string; memory: string } {
  const cpu = cpuOf(spec);
  const memory = memoryMiB(spec);
  const units = Math.ceil((cpu ?? 0.25) * 1024);
  const mib = Math.ceil(memory ?? 512);
  if (units > 16384) throw specError(spec, 'resources.cpu', `${cpu} vCPU is above Fargate's 16 vCPU`);
  for (const [c, sizes] of FARGATE) {
    const m = c >= units ? sizes.find((s) => s >= mib) : undefined;
    if (m === undefined) continue;
    if ((cpu !== undefined && c !== units) || (memory !== undefined && m !== mib)) {
      warnings.push(`${spec.server.name}: resources (cpu ${cpu ?? '-'}, memory ${spec.resources?.memory ?? '-'}) rounded up to the Fargate task size ${c / 1024} vCPU / ${m} MiB`);
    }
    return { cpu: String(c), memory: String(m) };
  }
  throw specError(spec, 'resources.memory', `${spec.resources?.memory} is above Fargate's 120 GiB`);
}

const FETCH = (url: string) => `fetch(${JSON.stringify(url)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))`;
const CONNECT = (port: number) => `require('net').connect(${port},'127.0.0.1').on('connect',()=>process.exit(0)).on('error',()=>process.exit(1))`;

/** The container health check: node's fetch of /healthz for bridged images; node or python3 for native ones. */
export function ecsHealthCheck(spec: DeploySpec): HealthCheck {
  const timing = { interval: 10, timeout: 5, retries: 3, startPeriod: 60 };
  const port = spec.server.port;
  if (spec.server.transport === 'stdio') return { command: ['CMD', 'node', '-e', FETCH(`http://127.0.0.1:${port}/healthz`)], ...timing };
  const path = spec.health.path;
  const node = path ? FETCH(`http://127.0.0.1:${port}${path}`) : CONNECT(port);
  const python = path
    ? `import urllib.request; urllib.request.urlopen(${JSON.stringify(`http://127.0.0.1:${port}${path}`)}, timeout=4)`
    : `import socket; socket.create_connection(('127.0.0.1', ${port}), 4)`;
  // The first runtime the image has decides (exec): a failing node check never falls through to python3.
  const script = [
    `if command -v node >/dev/null 2>&1; then exec ${quote(['node', '-e', node])}; fi`,
    `if command -v python3 >/dev/null 2>&1; then exec ${quote(['python3', '-c', python])}; fi`,
    'exit 1',
  ].join('; ');
  return { command: ['CMD-SHELL', script], ...timing };
}
