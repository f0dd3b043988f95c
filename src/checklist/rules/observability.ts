/**
 * OBS: logging and monitoring enabled (the seed's "no logging" anti-pattern). Every target keeps
 * the server's logs somewhere a person can read them after the container is gone, compose logs do
 * not fill the disk, and the server's own lines are structured so the platform can filter them.
 */
import type { Check, ChecklistInputs, Rule } from '../types.js';
import { composeServices, getIn, isDict, serviceCheck, workloadCheck, workloadsOf } from './pod-specs.js';

type CloudDoc = NonNullable<ChecklistInputs['cloud']>[number];

/** Log drivers that keep nothing: `docker logs` shows nothing and nothing is shipped. */
const DISCARDING_DRIVERS = new Set(['none']);

function cloudLogChecks(entry: CloudDoc): Check[] {
  const value = entry.document.value;
  if (entry.target === 'ecs') {
    const family = String(value.family ?? '(unnamed)');
    const containers = Array.isArray(value.containerDefinitions) ? value.containerDefinitions : [];
    return containers.map((c, i) => {
      const name = isDict(c) && typeof c.name === 'string' ? c.name : `#${i + 1}`;
      const driver = getIn(c, ['logConfiguration', 'logDriver']);
      const ok = typeof driver === 'string' && driver.length > 0;
      return {
        passed: ok,
        message: ok ? `ECS task ${family} container ${name} logs with ${driver}` : `ECS task ${family} container ${name} has no logConfiguration: Fargate keeps no logs without one`,
        location: entry.document.locate(ok ? ['containerDefinitions', i, 'logConfiguration'] : ['containerDefinitions', i]),
        subject: `ECS task ${family} container ${name}`,
      };
    });
  }
  const what = entry.target === 'cloudrun' ? 'Cloud Run sends stdout and stderr to Cloud Logging' : "Container Apps send console logs to the environment's Log Analytics workspace";
  return [{ passed: true, message: what, location: entry.document.locate([]), subject: entry.target === 'cloudrun' ? 'Cloud Run service' : 'Container App' }];
}

const logsCollected: Rule = {
  id: 'OBS001',
  group: 'OBS',
  item: 'logging',
  severity: 'error',
  title: 'Every target keeps the server\'s logs',
  help:
    'Kubernetes: what a container writes to stdout and stderr is kept by the container runtime (kubectl logs, rotated by the kubelet) and shipped by the cluster\'s log agent, so a workload passes by writing there; the rule cannot see the cluster\'s agent, only that nothing in the manifests turns logs off. ' +
    'Compose: a service with logging.driver: none keeps nothing. ECS on Fargate keeps nothing without a logConfiguration (awslogs, firelens). Cloud Run and Container Apps collect stdout themselves.',
  fix: 'Write logs to stdout/stderr; remove logging.driver: none from compose services; give every ECS container a logConfiguration (awslogs with a log group).',
  needs: [],
  needsAnyOf: ['manifests', 'compose', 'cloud'],
  aligned: {},
  check: (inputs) => [
    ...workloadsOf(inputs.manifests).map((w) => workloadCheck(w, w.subject, w.podPath, true, `${w.subject}: stdout and stderr are kept by the container runtime (kubectl logs, the cluster's log agent)`)),
    ...composeServices(inputs.compose).map((s) => {
      const driver = getIn(s.service, ['logging', 'driver']);
      const discards = typeof driver === 'string' && DISCARDING_DRIVERS.has(driver);
      return serviceCheck(s, discards ? ['logging', 'driver'] : isDict(s.service.logging) ? ['logging'] : [], !discards, discards ? `${s.subject} discards its logs (logging.driver: none)` : `${s.subject} logs with ${typeof driver === 'string' ? driver : "the daemon's default driver"}`);
    }),
    ...(inputs.cloud ?? []).flatMap(cloudLogChecks),
  ],
};

/** Drivers that write to the Docker host's disk, and whether they rotate without options. */
const LOCAL_DRIVERS: Record<string, boolean> = { 'json-file': false, local: true };

const composeRotation: Rule = {
  id: 'OBS002',
  group: 'OBS',
  item: 'logging',
  severity: 'warning',
  title: 'Compose services rotate their logs or ship them off the host',
  help:
    'Docker\'s default json-file driver keeps every line forever unless the daemon sets log-opts: a chatty server fills the host\'s disk. The local driver rotates by default; drivers that ship logs elsewhere (syslog, journald, fluentd, gelf, awslogs...) keep nothing on disk. ' +
    'A service without logging: is judged as the default json-file driver, since this rule cannot read the host\'s daemon.json.',
  fix: 'Set logging: { driver: json-file, options: { max-size: "10m", max-file: "3" } } (or driver: local) on every service.',
  needs: ['compose'],
  aligned: {},
  check: (inputs) =>
    composeServices(inputs.compose)
      .filter((s) => getIn(s.service, ['logging', 'driver']) !== 'none') // OBS001's concern
      .map((s) => {
        const driver = getIn(s.service, ['logging', 'driver']);
        const name = typeof driver === 'string' ? driver : 'json-file';
        const rotates = name in LOCAL_DRIVERS ? LOCAL_DRIVERS[name] || getIn(s.service, ['logging', 'options', 'max-size']) !== undefined : true;
        const path = getIn(s.service, ['logging', 'options']) !== undefined ? ['logging', 'options'] : isDict(s.service.logging) ? ['logging'] : [];
        return serviceCheck(s, path, rotates, rotates ? `${s.subject} logs with ${name}${name === 'json-file' ? ' rotated by max-size' : ''}` : `${s.subject} logs with ${name}${typeof driver === 'string' ? '' : ' (the default)'} and no max-size: its logs grow without bound`);
      }),
};

/** The server's own log lines during the gate, when the health report recorded them (`logs: string[]`). */
function logLines(value: Record<string, unknown>): string[] | undefined {
  const logs = value.logs;
  return Array.isArray(logs) && logs.every((l) => typeof l === 'string') ? (logs as string[]) : undefined;
}

const LEVEL_KEYS = ['level', 'severity', 'lvl', 'levelname', 'log.level'];
const MESSAGE_KEYS = ['message', 'msg', 'event'];

/** A JSON object line with a level and a message (pino, bunyan, winston, structlog, zap, slog...). */
export function isStructuredLine(line: string): boolean {
  const text = line.trim();
  if (!text.startsWith('{')) return false;
  try {
    const value = JSON.parse(text) as unknown;
    return isDict(value) && LEVEL_KEYS.some((k) => value[k] !== undefined) && MESSAGE_KEYS.some((k) => typeof value[k] === 'string');
  } catch {
    return false;
  }
}

/** Most of the lines, not all: a runtime's own start-up banner or a crash trace is not the server's doing. */
const STRUCTURED_SHARE = 0.8;

const structuredLogs: Rule = {
  id: 'OBS003',
  group: 'OBS',
  item: 'logging',
  severity: 'warning',
  title: 'The server\'s logs during the gate are structured',
  help:
    `A log platform filters and alerts on fields: JSON lines with a level and a message can be searched by level, tool and session; free text cannot. At least ${STRUCTURED_SHARE * 100}% of the non-empty lines the server wrote during the gate must be JSON objects with a level (level, severity) and a message (message, msg). ` +
    'Read from the health report\'s logs; not checked when the report recorded none.',
  fix: 'Log JSON lines: pino or winston\'s json format (Node), structlog or python-json-logger (Python), slog.NewJSONHandler (Go); the bridge logs JSON already.',
  needs: ['health-report'],
  aligned: {},
  unavailable: ({ healthReport }) => (logLines(healthReport!.value)?.some((l) => l.trim()) ? undefined : `${healthReport!.file} records no server log lines`),
  check: ({ healthReport }) => {
    const lines = logLines(healthReport!.value) ?? [];
    const indexed = lines.map((line, i) => ({ line, i })).filter(({ line }) => line.trim());
    if (indexed.length === 0) return [];
    const free = indexed.filter(({ line }) => !isStructuredLine(line));
    const share = (indexed.length - free.length) / indexed.length;
    const ok = share >= STRUCTURED_SHARE;
    const first = free[0];
    return [
      {
        passed: ok,
        message: `${indexed.length - free.length} of ${indexed.length} log lines are structured (JSON with level and message)${!ok && first ? ` (the first free-text line is logs[${first.i}]; not quoted, it may hold a secret)` : ''}`,
        location: { file: healthReport!.file, pointer: first && !ok ? `/logs/${first.i}` : '/logs' },
        subject: 'server logs',
      },
    ];
  },
};

export const rules: Rule[] = [logsCollected, composeRotation, structuredLogs];
