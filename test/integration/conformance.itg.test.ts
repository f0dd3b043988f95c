/**
 * The MCP conformance suite (@modelcontextprotocol/conformance, on Node 24): server-everything
 * over stdio through the bridge passes every check it passes natively over Streamable HTTP, and
 * the bridge passes dns-rebinding-protection in full.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startBridge, type RunningBridge } from '../../src/bridge/bridge.js';
import { everythingEntry, startEverything, type RunningServer } from '../helpers/mcp-servers.js';
import { node24 } from '../helpers/node24.js';
import { repoRoot } from '../helpers/paths.js';

const conformance = join(repoRoot, 'node_modules/@modelcontextprotocol/conformance/dist/index.js');

/** Runs the server suite against `url`; returns scenario → check id → status. */
async function runSuite(url: string): Promise<Map<string, Map<string, string>>> {
  const out = mkdtempSync(join(tmpdir(), 'conformance-'));
  // The suite exits non-zero when any check fails; the checks files are what we compare.
  await promisify(execFile)(node24(), [conformance, 'server', '--url', url, '-o', out], { timeout: 240_000, maxBuffer: 64 * 1024 * 1024 }).catch(() => {});
  const results = new Map<string, Map<string, string>>();
  for (const dir of readdirSync(out)) {
    const scenario = dir.replace(/^server-/, '').replace(/-\d{4}-\d{2}-\d{2}T.*$/, '');
    const checks = JSON.parse(readFileSync(join(out, dir, 'checks.json'), 'utf8')) as { id: string; status: string }[];
    results.set(scenario, new Map(checks.map((c) => [c.id, c.status])));
  }
  return results;
}

const passed = (results: Map<string, Map<string, string>>) =>
  [...results].flatMap(([scenario, checks]) => [...checks].filter(([, s]) => s === 'SUCCESS').map(([id]) => `${scenario}/${id}`)).sort();

let native: RunningServer | undefined;
let bridge: RunningBridge | undefined;
afterAll(async () => {
  await native?.stop();
  await bridge?.drain();
});

describe('MCP conformance suite', () => {
  test('through the bridge, server-everything (stdio) passes every check it passes natively over Streamable HTTP, and dns-rebinding-protection in full', async () => {
    native = await startEverything('streamableHttp');
    bridge = await startBridge({
      command: { command: process.execPath, args: [everythingEntry, 'stdio'] },
      port: 0,
      host: '127.0.0.1',
      path: '/mcp',
      allowedHosts: ['127.0.0.1', 'localhost', '[::1]'],
      allowedOrigins: [],
      maxSessions: 32,
      idleTimeoutMs: 60_000,
      drainTimeoutMs: 5000,
      log: () => {},
    });
    const [nativeResults, bridgedResults] = await Promise.all([runSuite(native.url), runSuite(bridge.url)]);
    const nativePassed = passed(nativeResults);
    const bridgedPassed = passed(bridgedResults);
    expect(nativePassed.length).toBeGreaterThan(10);
    expect(nativePassed.filter((c) => !bridgedPassed.includes(c))).toEqual([]);
    const rebinding = bridgedResults.get('dns-rebinding-protection');
    expect(rebinding && [...rebinding.values()]).toEqual(['SUCCESS', 'SUCCESS']);
  }, 300_000);
});
