// What bench/scan.mjs needs besides lib.mjs: the ten-times-larger image, and which bundle files a
// CLI command loads. In a folder of its own so that bench/run.mjs does not run it as a benchmark.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import tar from 'tar-stream';
import { root } from '../lib.mjs';

const COPIES = 10;

/** Hashes (sha256) and counts what passes through. */
function meter() {
  const hash = createHash('sha256');
  const stream = new Transform({
    transform(chunk, _e, done) {
      hash.update(chunk);
      stream.bytes += chunk.length;
      done(null, chunk);
    },
  });
  stream.bytes = 0;
  stream.digest = () => `sha256:${hash.digest('hex')}`;
  return stream;
}

/** One layer's tar with every name (and hard-link target) moved under `prefix`, gzip level 6. */
async function movedLayer(blobPath, prefix, outDir) {
  const extract = tar.extract();
  const pack = tar.pack();
  extract.on('entry', (header, stream, next) => {
    const moved = { ...header, name: `${prefix}/${header.name.replace(/^\.\//, '')}` };
    if (header.type === 'link') moved.linkname = `${prefix}/${header.linkname.replace(/^\.\//, '')}`;
    const entry = pack.entry(moved, (error) => next(error));
    stream.pipe(entry);
  });
  extract.on('finish', () => pack.finalize());
  const tarMeter = meter();
  const blobMeter = meter();
  const temp = join(outDir, `tmp-${process.pid}`);
  await Promise.all([
    pipeline(createReadStream(blobPath), createGunzip(), extract),
    pipeline(pack, tarMeter, createGzip({ level: 6 }), blobMeter, createWriteStream(temp)),
  ]);
  const digest = blobMeter.digest();
  renameSync(temp, join(outDir, digest.slice(7)));
  return { digest, size: blobMeter.bytes, diffId: tarMeter.digest() };
}

/**
 * The realistic image ten times over: its layers as they are, then nine more copies of each with
 * every path under /r1 … /r9 (recompressed, so each copy is new bytes to read). Built once, next to
 * the realistic fixture; returns its oci: source.
 */
export function tenTimesImage(source) {
  const [, dir] = /^oci:([^:]+)/.exec(source);
  const out = join(dirname(dir), 'realistic-10x-oci');
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
  const top = index.manifests[0];
  const stamp = join(out, 'built-from');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === top.digest) return `oci:${out}:latest`;
  process.stderr.write(`bench: building ${out} (once; a few minutes)\n`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'blobs/sha256'), { recursive: true });
  // Built in a child: this process stays synchronous, as the rest of the benchmark is.
  const script = `import(${JSON.stringify(new URL(import.meta.url).href)}).then((m) => m.buildTenTimes(${JSON.stringify(dir)}, ${JSON.stringify(out)}))`;
  const run = spawnSync(process.execPath, ['-e', script], { stdio: ['ignore', 'inherit', 'inherit'], cwd: root });
  if (run.status !== 0) throw new Error(`building ${out} failed`);
  writeFileSync(stamp, top.digest);
  return `oci:${out}:latest`;
}

export async function buildTenTimes(dir, out) {
  const blob = (digest) => join(dir, 'blobs', ...digest.split(':'));
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
  const manifest = JSON.parse(readFileSync(blob(index.manifests[0].digest), 'utf8'));
  const config = JSON.parse(readFileSync(blob(manifest.config.digest), 'utf8'));
  const layers = [];
  const diffIds = [];
  for (const [i, layer] of manifest.layers.entries()) {
    writeFileSync(join(out, 'blobs/sha256', layer.digest.slice(7)), readFileSync(blob(layer.digest)));
    layers.push(layer);
    diffIds.push(config.rootfs.diff_ids[i]);
  }
  for (let copy = 1; copy < COPIES; copy++) {
    for (const layer of manifest.layers) {
      const moved = await movedLayer(blob(layer.digest), `r${copy}`, join(out, 'blobs/sha256'));
      layers.push({ mediaType: layer.mediaType, digest: moved.digest, size: moved.size });
      diffIds.push(moved.diffId);
    }
    process.stderr.write(`bench: copy ${copy} of ${COPIES - 1}\n`);
  }
  const history = layers.map((_l, i) => ({ created_by: `layer ${i} (copy ${Math.floor(i / manifest.layers.length)})` }));
  const newConfig = Buffer.from(JSON.stringify({ ...config, rootfs: { type: 'layers', diff_ids: diffIds }, history }));
  const configDigest = `sha256:${createHash('sha256').update(newConfig).digest('hex')}`;
  writeFileSync(join(out, 'blobs/sha256', configDigest.slice(7)), newConfig);
  const newManifest = Buffer.from(JSON.stringify({ ...manifest, config: { ...manifest.config, digest: configDigest, size: newConfig.length }, layers }));
  const manifestDigest = `sha256:${createHash('sha256').update(newManifest).digest('hex')}`;
  writeFileSync(join(out, 'blobs/sha256', manifestDigest.slice(7)), newManifest);
  writeFileSync(join(out, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
  writeFileSync(
    join(out, 'index.json'),
    JSON.stringify({ schemaVersion: 2, manifests: [{ mediaType: manifest.mediaType ?? 'application/vnd.oci.image.manifest.v1+json', digest: manifestDigest, size: newManifest.length, annotations: { 'org.opencontainers.image.ref.name': 'latest' } }] }),
  );
}

/**
 * The files of the CLI bundle a command loads (a resolve hook records them), and the npm
 * packages and src/ folders inside them (from the bundle's source maps), largest first.
 */
export function bundleFilesLoaded(args) {
  const cli = process.env.BENCH_CLI ?? join(root, 'dist/cli/index.js');
  const hook = `export async function resolve(s, c, next) { const r = await next(s, c); if (r.url.startsWith(${JSON.stringify(new URL(`file://${dirname(cli)}/`).href)})) process._rawDebug('LOADED ' + r.url); return r; }`;
  const script = `import('node:module').then((m) => { m.register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)})); return import(${JSON.stringify(cli)}); });`;
  const run = spawnSync(process.execPath, ['-e', `process.argv = [process.argv[0], 'cli', ...${JSON.stringify(args)}]; ${script}`], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const files = [...new Set(run.stderr.split('\n').filter((l) => l.startsWith('LOADED ')).map((l) => new URL(l.slice(7)).pathname))].filter((f) => f.endsWith('.js'));
  const sizes = new Map();
  for (const file of files) {
    if (!existsSync(`${file}.map`)) continue;
    const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
    map.sources.forEach((src, i) => {
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(src)?.[1] ?? /(src\/[^/]+)/.exec(src)?.[1];
      if (pkg) sizes.set(pkg, (sizes.get(pkg) ?? 0) + (map.sourcesContent?.[i]?.length ?? 0));
    });
  }
  return {
    files: files.map((f) => f.slice(dirname(cli).length + 1)),
    modules: [...sizes].sort((a, b) => b[1] - a[1]).map(([name, bytes]) => `${name} ${Math.round(bytes / 1024)}K`),
  };
}
