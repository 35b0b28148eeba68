import { Index } from 'solid-js';
import { localised, type FrameworkItem } from '../../../shared/framework/schema.ts';
import { locale, t } from '../../i18n/index.ts';
import { TextInLanguages } from './TextInLanguages.tsx';

export interface ItemEditorProps {
  item: FrameworkItem;
  langs: readonly string[];
  first: boolean;
  last: boolean;
  onText: (key: string, lang: string, value: string) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

/** One question of the framework: its words, explanation and guiding questions in every language shown, and where it stands in its group. */
export function ItemEditor(props: ItemEditorProps) {
  const name = () => localised(props.item.label, locale());
  const key = (part: string) => `item.${props.item.id}.${part}`;
  return (
    <li class="row">
      <div class="row__main form">
        <TextInLanguages id={`fw-${props.item.id}-label`} what={t('frameworks.itemLabel')} required text={props.item.label} langs={props.langs} onInput={(l, v) => props.onText(key('label'), l, v)} />
        <TextInLanguages
          id={`fw-${props.item.id}-explanation`}
          what={t('frameworks.itemExplanation')}
          multiline
          text={props.item.explanation}
          langs={props.langs}
          onInput={(l, v) => props.onText(key('explanation'), l, v)}
        />
        <Index each={props.item.questions ?? []}>
          {(q, i) => (
            <TextInLanguages
              id={`fw-${props.item.id}-q${i + 1}`}
              what={t('translations.guidingQuestion', { n: i + 1 })}
              text={q()}
              langs={props.langs}
              onInput={(l, v) => props.onText(key(`question.${i + 1}`), l, v)}
            />
          )}
        </Index>
      </div>
      <div class="row__actions">
        <button type="button" class="button button--icon" aria-label={t('frameworks.moveUp', { item: name() })} disabled={props.first} onClick={() => props.onMove(-1)}>
          <span aria-hidden="true">↑</span>
        </button>
        <button type="button" class="button button--icon" aria-label={t('frameworks.moveDown', { item: name() })} disabled={props.last} onClick={() => props.onMove(1)}>
          <span aria-hidden="true">↓</span>
        </button>
        {/* Its visible words are its name: a voice-control user says what they see. */}
        <button type="button" class="button button--danger" onClick={() => props.onRemove()}>
          {t('frameworks.removeItem', { item: name() })}
        </button>
      </div>
    </li>
  );
}
