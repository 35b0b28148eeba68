import type { Organisation } from '../../shared/schemas/records.ts';

/** How an organisation is named in lists, pickers and tables: its acronym when it has one. */
export const shortName = (o: Pick<Organisation, 'name' | 'acronym'>) => o.acronym || o.name;
/** An organisation by acronym and name, where a person chooses one (scoring, a phone's delegation, the People tab). */
export const fullName = (o: Pick<Organisation, 'name' | 'acronym'>): string => (o.acronym ? `${o.acronym} – ${o.name}` : o.name);
