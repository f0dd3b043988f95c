/**
 * docker-daemon:REF: the engine's `docker save` stream, spooled to a temporary archive as skopeo
 * does (the archive may list its manifest last, and layers must be openable one by one), read as
 * a docker-archive, and deleted on close.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExecError, InputError } from '../../util/errors.js';
import { exec } from '../../util/exec.js';
import type { Platform, ReaderLimits, ResolvedImage, SourceRef } from '../types.js';
import { resolveDockerArchive } from './docker-archive.js';

export async function resolveDockerDaemon(source: SourceRef, platform: Platform, limits: ReaderLimits, tempDir?: string): Promise<ResolvedImage> {
  const dir = await mkdtemp(join(tempDir ?? tmpdir(), 'mcp-orchestrator-save-'));
  const archivePath = join(dir, 'image.tar');
  try {
    await exec('docker', ['save', '-o', archivePath, '--', source.reference], { timeoutMs: 30 * 60_000 });
    const image = await resolveDockerArchive({ ...source, tag: undefined }, platform, limits, archivePath);
    return {
      ...image,
      spooledArchive: archivePath,
      close: async () => {
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    if (error instanceof ExecError) {
      const why = /no such image|not found|reference does not exist/i.test(error.stderr)
        ? 'no such image in the engine'
        : /cannot connect|is the docker daemon running|permission denied/i.test(error.stderr)
          ? 'no Docker Engine answers (start one, or set DOCKER_HOST)'
          : error.stderr.trim().split('\n').pop();
      throw new InputError(`${source.display}: ${why}`, { cause: error });
    }
    throw error;
  }
}
