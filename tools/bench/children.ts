// Child processes of the bench: forked TypeScript files run through tsx, talked to over IPC, each
// request with a timeout, and all of them killed when the bench ends, however it ends.
import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

const live = new Set<ChildProcess>();
let exitHookInstalled = false;

function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Last resort: whatever happens to the bench, no child outlives it.
  process.once('exit', () => {
    for (const c of live) c.kill('SIGKILL');
  });
}

export interface Child {
  proc: ChildProcess;
  /** Sends a message and resolves with the first reply `match` accepts. */
  request<T>(msg: object, match: (reply: unknown) => reply is T, timeoutMs: number, what: string): Promise<T>;
  /** The last lines the child wrote to stderr, for error messages. */
  tail(): string;
  /** Asks politely (if `stopMessage`), then kills after `graceMs`. */
  stop(stopMessage?: object, graceMs?: number): Promise<void>;
}

export interface SpawnOptions {
  env?: Record<string, string>;
  /** Extra Node flags, e.g. --cpu-prof. */
  nodeArgs?: string[];
}

/** Forks `file` (relative to tools/bench/) under tsx with an IPC channel. */
export function spawnChild(file: string, o: SpawnOptions = {}): Child {
  installExitHook();
  const proc = fork(resolve(here, file), [], {
    execArgv: ['--import', tsxLoader, ...(o.nodeArgs ?? [])],
    env: { ...process.env, ...o.env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  live.add(proc);
  proc.once('exit', () => live.delete(proc));
  let tail = '';
  const keep = (b: Buffer) => {
    // Drained always (a full pipe would block the child); only the end is kept.
    tail = (tail + b.toString('utf8')).slice(-4_000);
  };
  proc.stdout?.on('data', keep);
  proc.stderr?.on('data', keep);

  const request = <T>(msg: object, match: (r: unknown) => r is T, timeoutMs: number, what: string): Promise<T> =>
    new Promise<T>((resolvePromise, reject) => {
      const onMessage = (m: unknown) => {
        if (!match(m)) return;
        cleanup();
        resolvePromise(m);
      };
      const onExit = (code: number | null, signal: string | null) => {
        cleanup();
        reject(new Error(`${what}: child ${file} exited (${code ?? signal})\n${tail}`));
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`${what}: no reply from ${file} within ${timeoutMs} ms\n${tail}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        proc.off('message', onMessage);
        proc.off('exit', onExit);
      };
      proc.on('message', onMessage);
      proc.once('exit', onExit);
      if (Object.keys(msg).length) proc.send(msg);
    });

  return {
    proc,
    request,
    tail: () => tail,
    async stop(stopMessage, graceMs = 5_000) {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      const exited = new Promise<void>((r) => proc.once('exit', () => r()));
      if (stopMessage && proc.connected) proc.send(stopMessage);
      else proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

export async function killAll(): Promise<void> {
  await Promise.all(
    [...live].map(
      (c) =>
        new Promise<void>((r) => {
          if (c.exitCode !== null || c.signalCode !== null) return r();
          c.once('exit', () => r());
          c.kill('SIGKILL');
        }),
    ),
  );
}
