/**
 * Child processes for tests and benchmarks that need real process boundaries: a dynalite server
 * that can be killed and restarted on the same port and folder, and the local stack itself.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The embedded store, not dynalite's own CLI: the submit needs its TransactWriteItems. */
const STORE_MAIN = join(ROOT, 'test/helpers/embedded-store-main.ts');

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitForPort(port: number, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`port ${port} did not open`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The live processes of a process group, as `pid command` lines (Linux /proc). A zombie counts as
 * gone: it holds no port and no memory, only an entry for its new parent to reap.
 */
function liveProcessesOf(groupId: number): string[] {
  const live: string[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // "pid (comm) state ppid pgrp …": comm may hold spaces and parentheses, so read after the last ')'.
      const [state, , group] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(group) === groupId && state !== 'Z') live.push(`${pid} ${readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim()}`);
    } catch {
      // The process ended while being read.
    }
  }
  return live;
}

/** Resolves once the process has exited and its output streams are drained ('close', not 'exit'). */
function exited(child: ChildProcess): Promise<void> {
  const done = (child.exitCode !== null || child.signalCode !== null) && (!child.stdout || child.stdout.readableEnded);
  return done ? Promise.resolve() : new Promise((resolve) => child.once('close', () => resolve()));
}

export interface DynaliteProcess {
  endpoint: string;
  /** SIGKILL: the store dies without a chance to flush, like a crashed process. */
  kill(): Promise<void>;
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** The embedded store (dynalite) in its own process; with `dataDir` it persists to LevelDB there, across restarts. */
export async function startDynaliteProcess(options: { dataDir?: string } = {}): Promise<DynaliteProcess> {
  const port = await freePort();
  let child: ChildProcess;
  const start = async () => {
    const args = ['--import', 'tsx', STORE_MAIN, '--port', String(port), ...(options.dataDir ? ['--path', options.dataDir] : [])];
    child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
    await waitForPort(port);
  };
  await start();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    async kill() {
      child.kill('SIGKILL');
      await exited(child);
    },
    restart: start,
    async stop() {
      child.kill('SIGTERM');
      await exited(child);
    },
  };
}

export interface StackProcess {
  url: string;
  /**
   * SIGTERM by default, sent to the started process alone, as `kill PID` or a process manager
   * sends it; SIGINT goes to its whole process group, as a terminal's Ctrl-C does. Resolves to the
   * exit code, or the signal that ended it, once no process it started is left (10 s at most:
   * then the leftovers are killed and named in the rejection).
   */
  stop(signal?: 'SIGTERM' | 'SIGINT'): Promise<number | NodeJS.Signals | null>;
  output(): string;
  /** An ID token from the stack's own issuer (POST /dev/token), fetched once per e-mail. */
  token(email: string): Promise<string>;
}

/**
 * The local stack in its own process; resolves once it printed its URL. By default the program
 * `npm start` runs, started directly; `viaNpm` runs the README's own `npm start`.
 */
export async function startStackProcess(env: Record<string, string>, options: { viaNpm?: boolean } = {}): Promise<StackProcess> {
  const [command, args] = options.viaNpm ? ['npm', ['start', '--silent']] : [process.execPath, ['--import', 'tsx', join(ROOT, 'functions/local/main.ts')]];
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', MEMORY: '1', DEMO: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: Ctrl-C reaches all of it, and what is left after a stop can be found.
    detached: true,
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`local stack did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /(http:\/\/localhost:\d+)\s/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`local stack exited with ${code}:\n${output}`));
    });
  });
  const tokens = new Map<string, Promise<string>>();
  return {
    url,
    output: () => output,
    token(email) {
      if (!tokens.has(email)) tokens.set(email, devToken(url, email));
      return tokens.get(email)!;
    },
    async stop(signal = 'SIGTERM') {
      const group = child.pid!;
      const exit = new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
      process.kill(signal === 'SIGINT' ? -group : group, signal);
      await exit;
      const deadline = Date.now() + 10_000;
      while (liveProcessesOf(group).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      const leftovers = liveProcessesOf(group);
      if (leftovers.length > 0) {
        process.kill(-group, 'SIGKILL');
        throw new Error(`still running 10 s after ${signal} (now killed):\n${leftovers.join('\n')}`);
      }
      await exited(child);
      return child.exitCode ?? child.signalCode;
    },
  };
}

/** An ID token from a local stack's own issuer (POST /dev/token). */
export async function devToken(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email }) });
  if (!response.ok) throw new Error(`POST /dev/token for ${email} answered ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}
