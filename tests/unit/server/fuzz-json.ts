// JSON built by hand for fuzzing: bodies may carry what JSON.stringify never writes (`__proto__` as
// an own key, a key twice, 1e999, -0) and nesting too deep to build as objects.
import { isUnset } from '../../../src/shared/sync/unset.ts';

/** JSON text written as is (a number JSON.stringify would not write, or nesting too deep to build). */
export class Raw {
  constructor(
    readonly text: string,
    /** How deep the text nests arrays and objects. */
    readonly depth = 0,
  ) {}
}
/** An object as a list of entries, so it may hold `__proto__` as an own key, or a key twice. */
export class Obj {
  constructor(readonly entries: readonly (readonly [string, J])[]) {}
}
export type J = null | boolean | number | string | Raw | Obj | readonly J[];

export function jsonText(v: J): string {
  if (v instanceof Raw) return v.text;
  if (v instanceof Obj) return `{${v.entries.map(([k, x]) => `${JSON.stringify(k)}:${jsonText(x)}`).join(',')}}`;
  if (Array.isArray(v)) return `[${v.map(jsonText).join(',')}]`;
  return JSON.stringify(v) ?? 'null';
}

/** A plain value as J (objects keep their own keys). */
export function toJ(v: unknown): J {
  if (v === null || typeof v === 'boolean' || typeof v === 'number' || typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(toJ);
  if (typeof v === 'object') return new Obj(Object.keys(v).map((k) => [k, toJ((v as Record<string, unknown>)[k])] as const));
  return null;
}

/** The value `jsonText(v)` parses back to, to ask a schema whether it accepts it. */
export const parsedBack = (v: J): unknown => JSON.parse(jsonText(v));

/** How deep a value nests arrays and objects. */
export const depthOf = (v: J): number =>
  v instanceof Raw ? v.depth : v instanceof Obj ? 1 + Math.max(0, ...v.entries.map(([, x]) => depthOf(x))) : Array.isArray(v) ? 1 + Math.max(0, ...v.map(depthOf)) : 0;
/** Deeper than the server takes a request (64 levels, the patch value sitting 4 levels down). */
export const tooDeep = (v: J): boolean => depthOf(v) > 50;
export const isUnsetJ = (v: J) => {
  try {
    return isUnset(parsedBack(v));
  } catch {
    return false;
  }
};
