import { isIP } from 'node:net';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import type { Budget } from '../http/rate-limit.ts';

/**
 * One kind of setting: how its text becomes a value, and its default as the README shows it.
 * Unset and empty are the same (a unit file's `PORT=` means "the default"); anything else that does
 * not parse stops the server. Messages say what the value must be; the variable's name goes in front.
 */
export interface Field<T> {
  schema: z.ZodType<T, string | undefined>;
  shown: string;
}

/** Why a value was refused. (A plain field, not a parameter property: Node runs this file as it is.) */
class Refusal {
  readonly message: string;
  constructor(message: string) {
    this.message = message;
  }
}
const refuse = (message: string) => new Refusal(message);

function field<T>(shown: string, fallback: () => T, parse: (raw: string) => T | Refusal): Field<T> {
  const schema = z
    .string()
    .optional()
    .transform((raw, ctx): T => {
      if (raw === undefined || raw === '') return fallback();
      const value = parse(raw);
      if (value instanceof Refusal) {
        ctx.addIssue({ code: 'custom', message: value.message });
        return z.NEVER;
      }
      return value;
    });
  return { schema, shown };
}

const MAX = Number.MAX_SAFE_INTEGER;

/** Digits only: Number() would also take " 8", "0x10", "1e3", "2.0" and, for "2MB", NaN (which lifts every limit). */
function wholeNumberOf(raw: string): number {
  return /^\d{1,16}$/.test(raw) ? Number(raw) : Number.NaN;
}

/** A whole number between `min` and `max`. */
export function wholeNumber(fallback: number, min: number, max = MAX): Field<number> {
  return field(
    `\`${fallback}\``,
    () => fallback,
    (raw) => {
      const n = wholeNumberOf(raw);
      if (Number.isSafeInteger(n) && n >= min && n <= max) return n;
      return refuse(`must be a whole number of at least ${min}${max < MAX ? ` and at most ${max}` : ''}, got "${raw}"`);
    },
  );
}

/** A budget as `BURST/PER_HOUR`, with the burst at least `minBurst` (a larger minimum may be checked later). */
export function budget(fallback: Budget, minBurst: number): Field<Budget> {
  return field(
    `\`${fallback.burst}/${fallback.perHour}\``,
    () => fallback,
    (raw) => {
      const m = /^(\d{1,16})\/(\d{1,16})$/.exec(raw);
      const burst = Number(m?.[1]);
      const perHour = Number(m?.[2]);
      if (m && Number.isSafeInteger(burst) && Number.isSafeInteger(perHour) && burst >= minBurst && perHour >= 1) return { burst, perHour };
      return refuse(`must be BURST/PER_HOUR, two whole numbers with a burst of at least ${minBurst} and at least 1 an hour, got "${raw}"`);
    },
  );
}

const HOST_NAME = /^(?=.{1,253}$)[a-z\d]([a-z\d-]{0,61}[a-z\d])?(\.[a-z\d]([a-z\d-]{0,61}[a-z\d])?)*$/i;

/** An interface to listen on: an IPv4 or IPv6 address (no brackets) or a host name. */
export function host(fallback: string): Field<string> {
  return field(
    `\`${fallback}\``,
    () => fallback,
    (raw) => (isIP(raw) !== 0 || HOST_NAME.test(raw) ? raw : refuse(`must be an IP address (IPv6 without brackets) or a host name, got "${raw}"`)),
  );
}

/** A folder, as an absolute path; one that exists must be a folder (one that does not is made later, or reported). */
export function folder(shown: string, fallback: () => string): Field<string> {
  return field(
    shown,
    () => resolve(fallback()),
    (raw) => {
      // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
      if (/[\u0000-\u001f\u007f]/.test(raw)) return refuse('must be a folder path without control characters');
      const path = resolve(raw);
      let kind: ReturnType<typeof statSync>;
      try {
        kind = statSync(path, { throwIfNoEntry: false });
      } catch (err) {
        // A loop of links, a name too long, a folder the server may not read: said, with the others.
        return refuse(`must be a folder the server can reach, but "${path.slice(0, 200)}" cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
      }
      return kind && !kind.isDirectory() ? refuse(`must be a folder, but "${path}" is a file`) : path;
    },
  );
}

/** A PostgreSQL connection URL. The value is never repeated: it usually holds a password. */
export function postgresUrl(): Field<string | undefined> {
  return field<string | undefined>(
    '(unset)',
    () => undefined,
    (raw) => {
      const protocol = URL.canParse(raw) ? new URL(raw).protocol : '';
      return protocol === 'postgres:' || protocol === 'postgresql:' ? raw : refuse('must be a postgres:// or postgresql:// URL (the value is not shown here: it may hold a password)');
    },
  );
}

/** The address devices use: http(s), no user, query or fragment; kept without a trailing slash. */
export function publicUrl(shown: string): Field<string | undefined> {
  return field<string | undefined>(
    shown,
    () => undefined,
    (raw) => {
      const given = raw.trim();
      if (given === '') return undefined;
      const url = URL.canParse(given) ? new URL(given) : undefined;
      if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return refuse(`must be an http:// or https:// address, got "${given}"`);
      if (url.username || url.password || url.search || url.hash) return refuse(`must be an http:// or https:// address without a user, query or fragment, got "${url.origin}${url.pathname}…"`);
      // The app is served at the root of its address (its paths are absolute), so a path would print links that lead nowhere.
      if (url.pathname !== '/') return refuse(`must be the address of the site's root, without a path (the app is served at "/"), got "${url.origin}${url.pathname}"`);
      return url.origin;
    },
  );
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** How much the server logs: one of pino's levels, or silent. */
export function logLevel(fallback: LogLevel): Field<LogLevel> {
  return field(
    `\`${fallback}\``,
    () => fallback,
    (raw) => {
      const level = LOG_LEVELS.find((l) => l === raw.toLowerCase());
      return level ?? refuse(`must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
    },
  );
}
