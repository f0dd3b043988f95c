/**
 * Cloud Run's CPU and memory limits, checked against its documented table (Configure CPU limits
 * for services): 0.08 to 1 vCPU in fractions, else 1, 2, 4, 6 or 8; memory up to 4, 8, 16, 24 or
 * 32 GiB by CPU, at least 2 GiB with 4 vCPU and 4 GiB with 6 or 8. Below 1 vCPU: concurrency 1,
 * the first-generation environment, at most 512 MiB under 0.5 vCPU and 1 GiB under 1 vCPU. The
 * second-generation environment needs at least 512 MiB.
 */
import type { DeploySpec } from '../spec/spec.js';
import { cpuOf, memoryMiB, specError } from './cloud-settings.js';

export interface CloudRunResources {
  cpu: string;
  memory: string;
  executionEnvironment: 'gen1' | 'gen2';
}

const GiB = 1024;
/** Whole vCPU counts and their memory range in MiB. */
const WHOLE: Record<number, [number, number]> = { 1: [128, 4 * GiB], 2: [128, 8 * GiB], 4: [2 * GiB, 16 * GiB], 6: [4 * GiB, 24 * GiB], 8: [4 * GiB, 32 * GiB] };
const GEN2_MIN_MEMORY = 512;
const size = (mib: number) => (mib % GiB === 0 ? `${mib / GiB}Gi` : `${mib}Mi`);

export function cloudRunResources(spec: DeploySpec, concurrency: number, warnings: string[]): CloudRunResources {
  const cpu = cpuOf(spec) ?? 1;
  let memory = Math.ceil(memoryMiB(spec) ?? GEN2_MIN_MEMORY);
  if (cpu < 0.08 || cpu > 8) throw specError(spec, 'resources.cpu', `${cpu} vCPU is outside Cloud Run's 0.08 to 8`);
  if (cpu > 1 && !WHOLE[cpu]) throw specError(spec, 'resources.cpu', `${cpu} vCPU: above 1, Cloud Run takes 2, 4, 6 or 8`);
  if (cpu < 1) {
    if (concurrency !== 1) throw specError(spec, 'resources.cpu', `${cpu} vCPU: below 1 vCPU Cloud Run needs concurrency 1 (targets.cloudrun.concurrency is ${concurrency}); give 1 vCPU or more`);
    const cap = cpu < 0.5 ? 512 : GiB;
    if (memory > cap) throw specError(spec, 'resources.memory', `${size(memory)} needs at least ${cpu < 0.5 ? '0.5' : '1'} vCPU on Cloud Run (resources.cpu is ${cpu})`);
    return { cpu: `${Math.round(cpu * 1000)}m`, memory: size(Math.max(memory, 128)), executionEnvironment: 'gen1' };
  }
  const [low, high] = WHOLE[cpu]!;
  if (memory > high) throw specError(spec, 'resources.memory', `${size(memory)} is above the ${size(high)} Cloud Run allows with ${cpu} vCPU; raise resources.cpu`);
  if (memory < low) throw specError(spec, 'resources.memory', `${size(memory)} is below the ${size(low)} Cloud Run needs with ${cpu} vCPU`);
  if (memory < GEN2_MIN_MEMORY) {
    warnings.push(`${spec.server.name}: resources.memory ${size(memory)} raised to ${GEN2_MIN_MEMORY}Mi on Cloud Run (the second-generation environment's minimum)`);
    memory = GEN2_MIN_MEMORY;
  }
  return { cpu: String(cpu), memory: size(memory), executionEnvironment: 'gen2' };
}
