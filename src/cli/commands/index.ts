import type { Command } from '../command.js';

/**
 * Every subcommand by name, in the order `--help` lists them; each lives in its own file here.
 * A command's module, and the engine behind it, loads only when that command runs: `scan` loads
 * the scan engine alone (not the MCP SDK, not the spec's schema compiler), which bench/scan.mjs
 * counts in the scan's time.
 */
export const commands: ReadonlyArray<{ name: string; load: () => Promise<Command> }> = [
  { name: 'package', load: async () => (await import('./package.js')).packageCommand },
  { name: 'inspect', load: async () => (await import('./inspect.js')).inspectCommand },
  { name: 'scan', load: async () => (await import('./scan.js')).scanCommand },
  { name: 'push', load: async () => (await import('./push.js')).pushCommand },
  { name: 'render', load: async () => (await import('./render.js')).renderCommand },
  { name: 'deploy', load: async () => (await import('./deploy.js')).deployCommand },
  { name: 'health', load: async () => (await import('./health.js')).healthCommand },
  { name: 'checklist', load: async () => (await import('./checklist.js')).checklistCommand },
  { name: 'bridge', load: async () => (await import('./bridge.js')).bridgeCommand },
  { name: 'up', load: async () => (await import('./up.js')).upCommand },
  { name: 'down', load: async () => (await import('./up.js')).downCommand },
];
