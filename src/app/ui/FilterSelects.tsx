import { Index } from 'solid-js';
import { SelectField, type Option } from './inputs.tsx';

/** Keys of a filter whose value is one chosen string. */
type ChoiceKey<F> = { [K in keyof F]: F[K] extends string ? K : never }[keyof F];

export interface FilterChoice<F> {
  key: ChoiceKey<F>;
  id: string;
  label: string;
  /** The first option, which filters nothing ("Any", "All sessions"). */
  placeholder: string;
  options: readonly Option[];
}

/**
 * The row of choices of a list's filter, each bound to one field of it. They are kept by position,
 * so new options or words update each list in place and never take focus from the person.
 */
export function FilterSelects<F extends object>(props: { filter: F; choices: readonly FilterChoice<F>[]; onChange: (filter: F) => void }) {
  return (
    <Index each={props.choices}>
      {(choice) => (
        <SelectField
          id={choice().id}
          label={choice().label}
          value={String(props.filter[choice().key])}
          placeholder={choice().placeholder}
          options={choice().options}
          onChange={(v) => props.onChange({ ...props.filter, [choice().key]: v })}
        />
      )}
    </Index>
  );
}
