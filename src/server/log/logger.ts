import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../settings/setting-fields.ts';

/**
 * The server's log: one JSON object a line on standard output (the service manager keeps it),
 * levels as words and times as ISO 8601, so a line reads without a tool. Written synchronously: the
 * last lines before an exit are not lost.
 */
export function createLogger(level: LogLevel, destination: DestinationStream = pino.destination({ dest: 1, sync: true })): Logger {
  return pino(
    {
      level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}
