import type { Organisation, Workshop } from '../../../shared/schemas/records.ts';
import { emptyFilter, type CompendiumFilter } from './compendium.ts';
import { shortName } from '../../ui/names.ts';
import { countryName, t } from '../../i18n/index.ts';
import { capacityLabel } from '../../i18n/labels.ts';
import { CheckboxField, SelectField } from '../../ui/inputs.tsx';
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
  const filtered = () => JSON.stringify({ ...props.filter, includeReviewed: false }) !== JSON.stringify(emptyFilter(props.filter.theme));
  return (
    <FilterBar
      label={t('compendium.filters')}
      search={{ id: 'cf-query', label: t('compendium.fieldSearch'), value: props.filter.query, onInput: (v) => set('query', v) }}
      columns={3}
      after={<CheckboxField id="cf-reviewed" label={t('compendium.includeReviewed')} checked={props.filter.includeReviewed} onChange={(v) => set('includeReviewed', v)} />}
      filtered={filtered()}
      clearLabel={t('compendium.clearFilters')}
      onClear={() => props.onChange({ ...emptyFilter(props.filter.theme), includeReviewed: props.filter.includeReviewed })}
    >
      <SelectField
        id="cf-country"
        label={t('compendium.fieldCountry')}
        value={props.filter.country}
        placeholder={any()}
        options={props.choices.countries.map((c) => ({ value: c, label: countryName(c) }))}
        onChange={(v) => set('country', v)}
      />
      <SelectField
        id="cf-org"
        label={t('compendium.fieldOrganisation')}
        value={props.filter.organisation}
        placeholder={any()}
        options={props.choices.organisations.map((o) => ({ value: o.key, label: shortName(o.organisation) }))}
        onChange={(v) => set('organisation', v)}
      />
      <SelectField
        id="cf-capacity"
        label={t('compendium.fieldCapacity')}
        value={props.filter.capacity}
        placeholder={any()}
        options={props.choices.capacities.map((c) => ({ value: c, label: capacityLabel(c) }))}
        onChange={(v) => set('capacity', v)}
      />
      <SelectField
        id="cf-workshop"
        label={t('compendium.fieldWorkshop')}
        value={props.filter.workshopId}
        placeholder={any()}
        options={props.choices.workshops.map((w) => ({ value: w.id, label: w.title }))}
        onChange={(v) => set('workshopId', v)}
      />
      <SelectField
        id="cf-year"
        label={t('compendium.fieldYear')}
        value={props.filter.year}
        placeholder={any()}
        options={props.choices.years.map((y) => ({ value: y, label: y }))}
        onChange={(v) => set('year', v)}
      />
    </FilterBar>
  );
}
