import * as z from 'zod/mini';
import { frameworkDocumentSchema } from '../../../shared/framework/schema.ts';
import { frameworkSchema, type Framework } from '../../../shared/schemas/records.ts';
import { packJson } from './code/index.ts';

/**
 * An adapted framework handed from the tablet to a phone with no network: the framework record as
 * the tablet holds it, as an animated code. The phone stores it as it would from sync (the same
 * record, stamps and all), so the first sync finds it already there.
 */
const FORMAT = 'workshop-companion/framework';

const framedSchema = () => z.strictObject({ format: z.literal(FORMAT), record: frameworkSchema() });

export const frameworkCodeBytes = (record: Framework): Uint8Array => packJson({ format: FORMAT, record });

/** The framework record a scanned code carries, when it is the framework `documentId` names; else undefined. */
export function readFrameworkCode(json: unknown, documentId: string): Framework | undefined {
  const parsed = framedSchema().safeParse(json);
  if (!parsed.success) return undefined;
  const document = frameworkDocumentSchema.safeParse(parsed.data.record.document);
  return document.success && document.data.id === documentId ? parsed.data.record : undefined;
}
