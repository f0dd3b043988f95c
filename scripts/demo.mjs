#!/usr/bin/env node
// The README's main job: the whole pipeline on the bundled example server (examples/node-server,
// a TypeScript stdio MCP server on the official SDK). On a fresh machine, after `npm ci`:
//   1. starts the Docker Engine through the project's scripts when none answers, and builds the
//      local base image (no pulls);
//   2. packages the server: a generated Dockerfile, dependencies installed and built on the host,
//      the HTTP bridge in front of the stdio server;
//   3. scans the image archive for secrets (fails on high or above);
//   4. runs it with `up` on 127.0.0.1, gates it on the MCP protocol (tools contract, smoke call),
//   5. prints the client configuration. The server stays up; the output says how to stop it.
// DEMO_PORT picks the port (default 8080).
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist/cli/index.js');
const spec = join(root, 'examples/node-server/mcp-deploy.yml');
const port = process.env.DEMO_PORT ?? '8080';

function step(title) {
  process.stderr.write(`\n\x1b[1m== ${title}\x1b[0m\n`);
}

function run(command, args, options = {}) {
  const r = spawnSync(command, args, { stdio: options.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8', cwd: root });
  if (r.status !== 0) {
    process.stderr.write(`\ndemo: \`${[command, ...args].join(' ')}\` failed (exit ${r.status ?? r.signal}).\n`);
    process.exit(r.status || 1);
  }
  return r.stdout;
}

const engineUp = () => spawnSync('docker', ['info'], { stdio: 'ignore' }).status === 0;
step('1/5 Docker Engine and the local base image');
const has = (check) => spawnSync('sh', ['-c', check], { stdio: 'ignore' }).status === 0;
// Debian's engine and Compose (and the tools the base image needs) when either is missing.
if (!has('command -v dockerd') || !has('command -v docker-compose || docker compose version')) run('bash', ['scripts/install-parts.sh']);
if (!engineUp()) run('bash', ['scripts/start-engine.sh']);
run('bash', ['scripts/build-base-images.sh']);

step('2/5 package examples/node-server (generated Dockerfile, bridge for the stdio server)');
const out = join(root, '.cache/demo');
mkdirSync(out, { recursive: true });
// The example names the public base image; the demo builds on the local one it just made (no pulls).
const packaged = JSON.parse(run('node', [cli, 'package', '--spec', spec, '--base', 'local/node:bookworm', '--output', join(out, 'weather.tar'), '--tag', 'demo', '--format', 'json'], { capture: true }));
process.stderr.write(`image ${packaged.imageId}\ntags ${packaged.tags.join(', ')}\n`);

step('3/5 scan the image for secrets baked into its layers');
run('node', [cli, 'scan', packaged.source, '--fail-on', 'high', '--output', join(out, 'scan.json')]);

step(`4/5 up: run it on 127.0.0.1:${port} and gate it on the MCP protocol`);
step('5/5 client configuration');
run('node', [cli, 'up', '--spec', spec, '--image', packaged.tags.find((t) => t.endsWith(':demo')) ?? packaged.tags[0], '--port', port]);
process.stderr.write(`\nThe server stays up. Stop it with:\n  node dist/cli/index.js down --spec examples/node-server/mcp-deploy.yml\n`);
