/**
 * Structured logs: one JSON line per entry. Never pass personal data (emails, phones, addresses, ZIPs, query
 * strings) into these fields; request logs carry the method, the path and the status only.
 */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

export function createLogger(
  level: 'info' | 'silent',
  write: (line: string) => void = (l) => process.stdout.write(l + '\n'),
): Logger {
  const emit =
    (lvl: string) =>
    (msg: string, fields: LogFields = {}) => {
      if (level === 'silent') return;
      write(JSON.stringify({ t: new Date().toISOString(), level: lvl, msg, ...fields }));
    };
  return { info: emit('info'), warn: emit('warn'), error: emit('error') };
}
