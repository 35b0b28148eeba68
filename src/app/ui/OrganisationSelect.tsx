import type { Organisation } from '../../shared/schemas/records.ts';
import { t } from '../i18n/index.ts';
import { SelectField } from './inputs.tsx';
import { shortName } from './names.ts';

/** Which organisation a view is about, by its short name; none chosen is the whole workshop. */
export function OrganisationSelect(props: { id: string; label: string; value: string; organisations: readonly Organisation[]; onChange: (id: string) => void }) {
  const options = () => props.organisations.map((o) => ({ value: o.id, label: shortName(o) }));
  return <SelectField id={props.id} label={props.label} value={props.value} placeholder={t('analysis.allOrganisations')} options={options()} onChange={(id) => props.onChange(id)} />;
}
