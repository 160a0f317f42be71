// A real Apertium APy translation server for the translation tests: started on a free port with the
// Debian language pairs (.ci/run installs apertium-apy, apertium-eng-spa, apertium-fr-es), polled
// on /listPairs until it answers, stopped in teardown.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { waitFor } from './waitFor.js';

const BIN = '/usr/bin/apertium-apy';
const MODES = '/usr/share/apertium';

/** Use as `describe.skipIf(skipApy(...))`: throws in CI when APy is missing, warns elsewhere. */
export function skipApy(suite: string): boolean {
  if (existsSync(BIN) && existsSync(`${MODES}/modes/es-fr.mode`)) return false;
  if (process.env.CI) throw new Error(`${suite}: Apertium APy is not installed, and CI must run this suite`);
  console.warn(`${suite}: skipped, apertium-apy and its language pairs are not installed on this machine`);
  return true;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface Apy {
  url: string;
  stop(): Promise<void>;
}

export async function startApy(): Promise<Apy> {
  const port = await freePort();
  const child: ChildProcess = spawn(BIN, ['-p', String(port), MODES], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  try {
    await waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error(`apertium-apy exited with ${child.exitCode}`);
        try {
          const r = await fetch(`${url}/listPairs`);
          return r.ok;
        } catch {
          return false;
        }
      },
      { what: 'APy answering /listPairs', timeout: 30_000, interval: 100 },
    );
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, stop };
}
