import { DEFAULT_DE_PROFILE } from '../../../shared/framework/default-de-profile.ts';
import { DEFAULT_TUOC } from '../../../shared/framework/default-tuoc.ts';
import { frameworkDocumentSchema, type FrameworkDocument } from '../../../shared/framework/schema.ts';
import type { Framework } from '../../../shared/schemas/records.ts';

/** The frameworks that come with the app: TUOC (the default) and the development-effectiveness profile. */
export const BUILT_IN_FRAMEWORKS: readonly FrameworkDocument[] = [DEFAULT_TUOC, DEFAULT_DE_PROFILE];

/** Every framework this device knows: the built-in ones and the valid stored ones. */
export function knownFrameworks(records: readonly Framework[]): FrameworkDocument[] {
  const stored = records.flatMap((r) => {
    const parsed = frameworkDocumentSchema.safeParse(r.document);
    return parsed.success ? [parsed.data] : [];
  });
  return [...BUILT_IN_FRAMEWORKS, ...stored];
}

/** A framework by id and version (latest version when none is given); the default TUOC when unknown. */
export function resolveFramework(records: readonly Framework[], id?: string, version?: number): FrameworkDocument {
  // No choice means the built-in framework itself, never a later import that reused its id.
  if (!id) return DEFAULT_TUOC;
  const matches = knownFrameworks(records).filter((f) => f.id === id && (version === undefined || f.version === version));
  return matches.sort((a, b) => b.version - a.version)[0] ?? DEFAULT_TUOC;
}

/** Whether a workshop's framework is on this device (a phone that joined with no network may lack an adapted one). */
export const frameworkHere = (records: readonly Framework[], id?: string): boolean => !id || knownFrameworks(records).some((f) => f.id === id);

/** The stored record of an adapted framework (one the app does not ship), its latest version; undefined for a built-in one. */
export function adaptedFrameworkRecord(records: readonly Framework[], id?: string): Framework | undefined {
  if (!id || BUILT_IN_FRAMEWORKS.some((f) => f.id === id)) return undefined;
  return records.filter((r) => frameworkDocumentSchema.safeParse(r.document).data?.id === id).sort((a, b) => b.version - a.version)[0];
}
