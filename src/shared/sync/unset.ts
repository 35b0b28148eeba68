/**
 * How a patch says "this optional field is now empty". Not null: null is a real value for some
 * fields (a "don't know" score), and JSON drops undefined.
 */
export const UNSET = Object.freeze({ $unset: true as const });

export function isUnset(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { $unset?: unknown }).$unset === true && Object.keys(value).length === 1;
}
