/**
 * `Logger` (a billed service) and `console` (a language feature: not billed). Both write to
 * `fake.logs` instead of the terminal, so tests stay quiet and can read what was logged.
 */
import { format } from 'node:util';
import type { FakeEnv } from './env.js';

export interface LogEntry {
  level: 'log' | 'info' | 'warn' | 'error';
  message: string;
}

export class Logger {
  constructor(env: FakeEnv, private readonly logs: LogEntry[]) {
    return env.count(this, 'Logger');
  }

  /** `log(data)` or `log(format, ...values)` with %s-style placeholders. */
  log(data: unknown, ...values: unknown[]): this {
    this.logs.push({ level: 'log', message: format(data, ...values) });
    return this;
  }

  getLog(): string {
    return this.logs.map((entry) => entry.message).join('\n');
  }

  clear(): void {
    this.logs.length = 0;
  }
}

export function createConsole(logs: LogEntry[]): Record<LogEntry['level'], (...args: unknown[]) => void> {
  const writer = (level: LogEntry['level']) => (...args: unknown[]) => {
    logs.push({ level, message: format(...args) });
  };
  return { log: writer('log'), info: writer('info'), warn: writer('warn'), error: writer('error') };
}
