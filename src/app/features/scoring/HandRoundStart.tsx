import { createSignal } from 'solid-js';
import { t } from '../../i18n/index.ts';
import { FormActions, FormMessages, TextField } from '../../ui/inputs.tsx';
import { Form } from '../../ui/SubForm.tsx';

export interface HandRoundStartProps {
  /** Why the code was not taken, if it was not. */
  error?: string | undefined;
  onStart: (code: string) => void;
}

/** On a facilitator's device: choose a code and hand the device round. */
export function HandRoundStart(props: HandRoundStartProps) {
  const [code, setCode] = createSignal('');
  return (
    <Form
      class="subform"
      labelledBy="hand-round-title"
      onSubmit={() => {
        props.onStart(code());
        setCode('');
      }}
    >
      <h3 id="hand-round-title">{t('handRound.title')}</h3>
      <p class="muted">{t('handRound.intro')}</p>
      <FormMessages error={props.error} />
      <TextField
        id="hand-round-code"
        type="password"
        inputMode="numeric"
        label={t('handRound.fieldCode')}
        hint={t('handRound.codeHint')}
        error={props.error}
        value={code()}
        onInput={setCode}
        autocomplete="off"
      />
      <FormActions saveLabel={t('handRound.start')} saving={false} />
    </Form>
  );
}
