// A logger that keeps every line, to assert what was logged (and what never was).
import type { Level, Logger } from '../../server/log.js';

export interface LogLine {
  level: Level;
  msg: string;
  fields: Record<string, unknown>;
}

export function captureLogger(): { logger: Logger; lines: LogLine[]; text: () => string } {
  const lines: LogLine[] = [];
  return {
    logger: (level, msg, fields = {}) => void lines.push({ level, msg, fields }),
    lines,
    text: () => lines.map((l) => JSON.stringify(l)).join('\n'),
  };
}
