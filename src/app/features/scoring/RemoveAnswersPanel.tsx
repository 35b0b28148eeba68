import { Match, Show, Switch } from 'solid-js';
import { t, tp } from '../../i18n/index.ts';
import type { createRemoveAnswers } from './remove-answers.ts';

export type RemovePhase = 'idle' | 'checking' | 'unsent' | 'none';

export interface RemoveAnswersPanelProps {
  phase: RemovePhase;
  /** Changes of these answers the server has not got (unsent, or refused and kept here). */
  unsent: number;
  /** They were just saved to a file: removing them loses nothing that file does not hold. */
  exported: boolean;
  /** With a heading and a word of explanation (in Settings); without, under a finished assessment. */
  titled?: boolean;
  onStart: () => void;
  onExport: () => void;
  onRemove: () => void;
  onKeep: () => void;
}

/**
 * "Remove my answers from this device": answers that reached the server go at once; if some did
 * not, the person reads plainly what would be lost and chooses: a file for the facilitator first,
 * remove anyway, or keep them.
 */
export function RemoveAnswersPanel(props: RemoveAnswersPanelProps) {
  return (
    <section class="panel" aria-labelledby={props.titled ? 'remove-answers-title' : undefined} aria-label={props.titled ? undefined : t('removeAnswers.button')}>
      <Show when={props.titled}>
        <h2 id="remove-answers-title">{t('removeAnswers.title')}</h2>
        <p class="muted">{t('removeAnswers.intro')}</p>
      </Show>
      <Switch>
        <Match when={props.phase === 'unsent'}>
          <div class="notice" role="alert">
            <h3>{tp('removeAnswers.unsentTitle', props.unsent)}</h3>
            <p>{props.exported ? t('removeAnswers.exported') : t('removeAnswers.unsentBody')}</p>
          </div>
          <div class="row__actions">
            <Show when={!props.exported}>
              <button type="button" class="button button--primary" onClick={() => props.onExport()}>
                {t('removeAnswers.export')}
              </button>
            </Show>
            <button type="button" class="button button--danger" onClick={() => props.onRemove()}>
              {props.exported ? t('removeAnswers.removeExported') : t('removeAnswers.removeAnyway')}
            </button>
            <button type="button" class="button" onClick={() => props.onKeep()}>
              {t('removeAnswers.keep')}
            </button>
          </div>
        </Match>
        <Match when={true}>
          <Show when={props.phase === 'checking'}>
            <p role="status">{t('removeAnswers.checking')}</p>
          </Show>
          <Show when={props.phase === 'none'}>
            <p role="status">{t('removeAnswers.none')}</p>
          </Show>
          <button type="button" class="button button--danger" disabled={props.phase === 'checking'} onClick={() => props.onStart()}>
            {t('removeAnswers.button')}
          </button>
        </Match>
      </Switch>
    </section>
  );
}

/** The panel wired to the state and steps of createRemoveAnswers. */
export function RemoveAnswers(props: { removal: ReturnType<typeof createRemoveAnswers>; titled?: boolean }) {
  return (
    <RemoveAnswersPanel
      titled={props.titled}
      phase={props.removal.phase()}
      unsent={props.removal.unsent()}
      exported={props.removal.exported()}
      onStart={() => props.removal.start()}
      onExport={() => props.removal.exportToFile()}
      onRemove={() => props.removal.remove()}
      onKeep={() => props.removal.keep()}
    />
  );
}
