import type { Organisation, Workshop } from '../../../shared/schemas/records.ts';
import { emptyFilter, type CompendiumFilter } from './compendium.ts';
import { shortName } from '../../ui/names.ts';
import { countryName, t } from '../../i18n/index.ts';
import { capacityLabel } from '../../i18n/labels.ts';
import { CheckboxField } from '../../ui/inputs.tsx';
import { FilterBar } from '../../ui/FilterBar.tsx';

export interface CompendiumFiltersProps {
  filter: CompendiumFilter;
  choices: {
    countries: string[];
    organisations: { key: string; organisation: Organisation }[];
    capacities: string[];
    workshops: Workshop[];
    years: string[];
  };
  onChange: (f: CompendiumFilter) => void;
}

export function CompendiumFilters(props: CompendiumFiltersProps) {
  const set = <K extends keyof CompendiumFilter>(k: K, v: CompendiumFilter[K]) => props.onChange({ ...props.filter, [k]: v });
  const any = () => t('compendium.any');
  return (
    <FilterBar
      words={{ id: 'cf', label: t('compendium.filters'), search: t('compendium.fieldSearch'), clear: t('compendium.clearFilters') }}
      of={props}
      columns={3}
      after={<CheckboxField id="cf-reviewed" label={t('compendium.includeReviewed')} checked={props.filter.includeReviewed} onChange={(v) => set('includeReviewed', v)} />}
      cleared={() => ({ ...emptyFilter(props.filter.theme), includeReviewed: props.filter.includeReviewed })}
      choices={[
        { key: 'country', id: 'cf-country', label: t('compendium.fieldCountry'), placeholder: any(), options: props.choices.countries.map((c) => ({ value: c, label: countryName(c) })) },
        {
          key: 'organisation',
          id: 'cf-org',
          label: t('compendium.fieldOrganisation'),
          placeholder: any(),
          options: props.choices.organisations.map((o) => ({ value: o.key, label: shortName(o.organisation) })),
        },
        { key: 'capacity', id: 'cf-capacity', label: t('compendium.fieldCapacity'), placeholder: any(), options: props.choices.capacities.map((c) => ({ value: c, label: capacityLabel(c) })) },
        { key: 'workshopId', id: 'cf-workshop', label: t('compendium.fieldWorkshop'), placeholder: any(), options: props.choices.workshops.map((w) => ({ value: w.id, label: w.title })) },
        { key: 'year', id: 'cf-year', label: t('compendium.fieldYear'), placeholder: any(), options: props.choices.years.map((y) => ({ value: y, label: y })) },
      ]}
    />
  );
}
