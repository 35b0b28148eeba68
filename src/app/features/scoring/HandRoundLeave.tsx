import { createSignal, Show } from 'solid-js';
import { t } from '../../i18n/index.ts';
import { FormActions, FormMessages, TextField } from '../../ui/inputs.tsx';
import { Button } from '../../ui/Button.tsx';
import { Form } from '../../ui/SubForm.tsx';

export interface HandRoundLeaveProps {
  error?: string | undefined;
  onLeave: (code: string) => void;
}

/** The facilitator's way out of hand-round mode: a button, then the code. */
export function HandRoundLeave(props: HandRoundLeaveProps) {
  const [open, setOpen] = createSignal(false);
  const [code, setCode] = createSignal('');
  function leave() {
    props.onLeave(code());
    setCode('');
  }
  return (
    <section class="panel" aria-labelledby="hand-round-leave-title">
      <h2 id="hand-round-leave-title">{t('handRound.leaveTitle')}</h2>
      <Show when={open()} fallback={<Button label={t('handRound.leave')} onClick={() => setOpen(true)} />}>
        <Form class="form" label={t('handRound.leave')} onSubmit={leave}>
          <FormMessages error={props.error} />
          <TextField id="hand-round-leave-code" type="password" label={t('handRound.fieldLeaveCode')} error={props.error} value={code()} onInput={setCode} autocomplete="off" />
          <FormActions saveLabel={t('handRound.leave')} cancelLabel={t('handRound.cancel')} saving={false} onCancel={() => setOpen(false)} />
        </Form>
      </Show>
    </section>
  );
}
