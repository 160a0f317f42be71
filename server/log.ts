// Logging as JSON lines. Keys and tokens never reach a log: fields are redacted by name.
export type Level = 'debug' | 'info' | 'warn' | 'error';
export type Logger = (level: Level, msg: string, fields?: Record<string, unknown>) => void;

const SECRET_FIELDS = /key|token|secret|authorization|password/i;

export function redact(fields: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!fields) return fields;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) out[k] = SECRET_FIELDS.test(k) ? '[redacted]' : v;
  return out;
}

export function consoleLogger(minLevel: Level = 'info'): Logger {
  const order: Level[] = ['debug', 'info', 'warn', 'error'];
  return (level, msg, fields) => {
    if (order.indexOf(level) < order.indexOf(minLevel)) return;
    process.stderr.write(`${JSON.stringify({ t: new Date().toISOString(), level, msg, ...redact(fields) })}\n`);
  };
}

export const silentLogger: Logger = () => {};
