import { frameworkDocumentSchema, type FrameworkDocument } from './schema.ts';

export interface FrameworkProblem {
  /** Where in the file, e.g. ["groups", 1, "items", 0, "label", "en"]. */
  path: readonly PropertyKey[];
  code: string;
  message: string;
  /** For unknown fields: their names. */
  keys?: readonly string[];
}

export type FrameworkParse = { ok: true; framework: FrameworkDocument } | { ok: false; problems: FrameworkProblem[] };

const MAX_BYTES = 512 * 1024;

/** Read a framework file: all problems are listed; nothing is returned unless the whole file is valid. */
export function parseFrameworkJson(text: string): FrameworkParse {
  if (text.length > MAX_BYTES) return { ok: false, problems: [{ path: [], code: 'too_big', message: 'the file is larger than 512 KB' }] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { ok: false, problems: [{ path: [], code: 'invalid_json', message: err instanceof Error ? err.message : 'not JSON' }] };
  }
  const parsed = frameworkDocumentSchema.safeParse(data);
  if (parsed.success) return { ok: true, framework: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((i) => ({ path: i.path, code: i.code, message: i.message, ...('keys' in i ? { keys: i.keys } : {}) })),
  };
}

export function frameworkToJson(f: FrameworkDocument): string {
  return `${JSON.stringify(f, null, 2)}\n`;
}
