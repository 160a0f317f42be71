// `palabre admin add-organizer --email E`: creates an organizer account in the store `serve`
// uses (DATABASE_URL, or DATA_DIR's SQLite file). The password is read from stdin (one line) when
// it is piped, or asked at a prompt that does not echo it. SQLite allows this while the server
// runs: organizers are read from the file on each login, never cached.
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { createOrganizer } from '../http/organizerRoutes.js';
import { HttpError } from '../http/util.js';
import { normalizeEmail } from '../organizers/password.js';
import type { SessionStore } from '../store/sessionStore.js';

export interface AdminIo {
  stdout(s: string): void;
  stderr(s: string): void;
  stdin: Readable & { isTTY?: boolean };
  /** Where the prompt is written (its echo is muted). */
  prompt?: Writable;
}

const USAGE = 'Usage: palabre admin add-organizer --email <address>   (password on stdin or at the prompt)\n';

/** Reads one line; at a terminal the typed characters are not echoed. */
function readPassword(io: AdminIo): Promise<string> {
  return new Promise((done, fail) => {
    const tty = io.stdin.isTTY === true;
    let muted = false;
    const output = tty ? io.prompt : undefined;
    const rl = createInterface({ input: io.stdin, output, terminal: tty });
    if (tty && output) {
      output.write('Password: ');
      muted = true;
      // Readline echoes through _writeToOutput; swallowing it hides the password.
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
        if (!muted) output.write(s);
      };
    }
    let got: string | undefined;
    rl.once('line', (line) => {
      got = line;
      muted = false;
      if (tty && output) output.write('\n');
      rl.close();
    });
    rl.once('close', () => (got === undefined ? fail(new Error('no password given on stdin')) : done(got)));
  });
}

async function openStore(env: NodeJS.ProcessEnv): Promise<SessionStore> {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    const { createPgSessionStore } = await import('../store/pgSessionStore.js');
    return createPgSessionStore(url);
  }
  const { createSqliteSessionStore } = await import('../store/sqliteSessionStore.js');
  return createSqliteSessionStore(resolve(env.DATA_DIR ?? 'data', 'palabre.sqlite'));
}

export async function adminCommand(
  args: string[],
  io: AdminIo,
  o: { env?: NodeJS.ProcessEnv; store?: SessionStore; now?: () => number } = {},
): Promise<number> {
  const [sub, ...rest] = args;
  const i = rest.indexOf('--email');
  const email = i >= 0 ? rest[i + 1] : undefined;
  if (sub !== 'add-organizer' || !email) {
    io.stderr(USAGE);
    return 1;
  }
  let password: string;
  try {
    password = await readPassword(io);
  } catch (e) {
    io.stderr(`${(e as Error).message}\n${USAGE}`);
    return 1;
  }
  const store = o.store ?? (await openStore(o.env ?? process.env));
  try {
    const created = await createOrganizer(store, normalizeEmail(email), password, (o.now ?? Date.now)(), 'en');
    io.stdout(`Organizer ${created.email} created. Log in at /organizer/\n`);
    return 0;
  } catch (e) {
    if (e instanceof HttpError) {
      io.stderr(`${String(e.body.message)}\n`);
      return 1;
    }
    throw e;
  } finally {
    if (!o.store) await store.close();
  }
}
