/** The engine logs through this interface only; each edge (action, CLI, test) supplies one. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
}

export const silentLogger: Logger = {
  debug() {},
  info() {},
  warning() {},
  error() {},
};

export interface RecordedLine {
  level: keyof Logger;
  message: string;
}

/** A logger that keeps every line, for tests that assert what was logged. */
export class RecordingLogger implements Logger {
  readonly lines: RecordedLine[] = [];
  debug(message: string): void {
    this.lines.push({ level: 'debug', message });
  }
  info(message: string): void {
    this.lines.push({ level: 'info', message });
  }
  warning(message: string): void {
    this.lines.push({ level: 'warning', message });
  }
  error(message: string): void {
    this.lines.push({ level: 'error', message });
  }
  text(): string {
    return this.lines.map((l) => `${l.level}: ${l.message}`).join('\n');
  }
}

/** Writes to stderr, so stdout stays clean for JSON output. */
export function stderrLogger(options: { verbose?: boolean } = {}): Logger {
  const write = (prefix: string, message: string) => process.stderr.write(`${prefix}${message}\n`);
  return {
    debug: (m) => {
      if (options.verbose) write('debug: ', m);
    },
    info: (m) => write('', m),
    warning: (m) => write('warning: ', m),
    error: (m) => write('error: ', m),
  };
}
