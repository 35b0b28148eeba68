import type { Framework } from '../../../shared/schemas/records.ts';
import { resolveFramework } from '../frameworks/index.ts';
import type { FrameworkOf } from './history.ts';

/**
 * Each round's framework among those on this device: the id and version its answers name (a
 * framework version never changes once used), else its workshop's framework.
 */
export const frameworkResolver =
  (records: readonly Framework[]): FrameworkOf =>
  (workshop, answered) =>
    answered ? resolveFramework(records, answered.frameworkId, answered.frameworkVersion) : resolveFramework(records, workshop.frameworkId);
