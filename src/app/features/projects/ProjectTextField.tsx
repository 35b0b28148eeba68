import { TextField } from '../../ui/inputs.tsx';
import type { ProjectDraft } from './project-draft.ts';

/** The project fields typed as free text; each shows its own error. */
export type ProjectTextKey = 'reference' | 'title' | 'donor' | 'implementer' | 'partners' | 'contact';

/** A project is known by its reference code and title: no form saves one without them. */
const REQUIRED: ReadonlySet<ProjectTextKey> = new Set(['reference', 'title']);

/** A form over a project draft: the draft and its errors in, the changed draft out. */
export interface ProjectDraftForm {
  draft: ProjectDraft;
  errors: Record<string, string>;
  onChange: (next: ProjectDraft) => void;
}

/** One free-text field of a project draft; its id is `idPrefix-field`, unique to the form it stands in. */
export function ProjectTextField(props: { form: ProjectDraftForm; idPrefix: string; field: ProjectTextKey; label: string; hint?: string }) {
  return (
    <TextField
      id={`${props.idPrefix}-${props.field}`}
      label={props.label}
      hint={props.hint}
      required={REQUIRED.has(props.field)}
      error={props.form.errors[props.field]}
      value={props.form.draft[props.field]}
      onInput={(v) => props.form.onChange({ ...props.form.draft, [props.field]: v })}
    />
  );
}
