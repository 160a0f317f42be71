// One server per data folder: two servers writing one SQLite file would each keep rooms in memory
// that the other's writes contradict. The first takes `palabre.lock` (created exclusively, holding
// its pid); a second one refuses to start. A lock whose process is gone (a crash, kill -9) is stale
// and taken over.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export class DataDirLocked extends Error {}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists, owned by another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Takes the data folder's lock; returns its release. Throws DataDirLocked when another server holds it. */
export function lockDataDir(dir: string): () => void {
  const file = join(dir, 'palabre.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (readFileSync(file, 'utf8').trim() === String(process.pid)) unlinkSync(file);
        } catch {
          // Already gone.
        }
      };
      process.once('exit', release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    let pid = Number.NaN;
    try {
      pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
    } catch {
      // Unreadable: treated as stale.
    }
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid))
      throw new DataDirLocked(
        `Another Palabre server (pid ${pid}) is already using the data folder ${dir}. Stop it, or start this one with another DATA_DIR.`,
      );
    try {
      unlinkSync(file);
    } catch {
      // Someone else removed it first; try again.
    }
  }
  throw new DataDirLocked(
    `Could not lock the data folder ${dir} (${file}). Check that no other Palabre server uses it.`,
  );
}
