/**
 * The bundled example, packaged once per test process and shared by the suites that need its
 * image but do not test packaging (deploys, gates, auth). Packaging runs npm ci, the TypeScript
 * build and a docker build and save: ~16 s that six suites each paid before. package-run and the
 * workflow rehearsals still package for themselves.
 *
 * The archive and the image ID live in a folder named after this process (jest runs suites one
 * after another in one worker; another worker would package its own). A suite may remove its tags
 * and so the image: it is loaded again from the archive when missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageServer } from '../../src/package/package.js';
import { loadSpec } from '../../src/spec/spec.js';
import { repoRoot } from './paths.js';

const dir = join(tmpdir(), `mcp-example-package-${process.pid}`);
const record = join(dir, 'package.json');
const SHARED_REPOSITORY = 'mcp-orchestrator-tests/example-weather';

export interface PackagedExample {
  /** `docker-archive:PATH` of the packaged image. */
  source: string;
  imageId: string;
}

function imagePresent(id: string): boolean {
  try {
    execFileSync('docker', ['image', 'inspect', '--format', '{{.Id}}', id], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The packaged example, with each of `tags` (full references) pointing at its image in the engine. */
export async function packagedExample(tags: string[] = []): Promise<PackagedExample> {
  let packaged: PackagedExample | undefined = existsSync(record) ? (JSON.parse(readFileSync(record, 'utf8')) as PackagedExample) : undefined;
  if (!packaged || !existsSync(packaged.source.replace(/^docker-archive:/, ''))) {
    mkdirSync(dir, { recursive: true });
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const spec = structuredClone(loadSpec(join(repoRoot, 'examples/node-server/mcp-deploy.yml')));
    spec.image = SHARED_REPOSITORY;
    const result = await packageServer({ spec, base: 'local/node:bookworm', output: join(dir, 'weather.tar'), tags: ['shared'], ref: 'refs/heads/main', sha: 'abcdef0123456789abcdef0123456789abcdef01' });
    packaged = { source: result.source, imageId: result.imageId };
    writeFileSync(record, JSON.stringify(packaged));
  }
  if (!imagePresent(packaged.imageId)) execFileSync('docker', ['load', '-q', '-i', packaged.source.replace(/^docker-archive:/, '')], { stdio: 'ignore' });
  for (const tag of tags) execFileSync('docker', ['tag', packaged.imageId, tag]);
  return packaged;
}
