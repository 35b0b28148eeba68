import type { Organisation } from '../../shared/schemas/records.ts';

/** How an organisation is named in lists, pickers and tables: its acronym when it has one. */
export const shortName = (o: Pick<Organisation, 'name' | 'acronym'>) => o.acronym || o.name;
