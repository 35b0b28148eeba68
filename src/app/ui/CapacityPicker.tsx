import { TUOC_ITEMS } from '../../shared/tuoc.ts';
import { t } from '../i18n/index.ts';
import { CheckboxGroup } from './inputs.tsx';

export const capacityOptions = () => TUOC_ITEMS.map((id) => ({ value: id, label: t(`tuoc.${id}`) }));

/** TUOC capacities and principles as toggle chips. */
export function CapacityPicker(props: { id: string; legend: string; selected: readonly string[]; onChange: (v: string[]) => void; error?: string | undefined }) {
  return <CheckboxGroup id={props.id} legend={props.legend} options={capacityOptions()} selected={props.selected} onChange={props.onChange} error={props.error} />;
}
