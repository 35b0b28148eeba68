import { Index, createSignal } from 'solid-js';
import { localised, type FrameworkGroup, type LocalText } from '../../../shared/framework/schema.ts';
import { locale, t } from '../../i18n/index.ts';
import { ItemEditor } from './ItemEditor.tsx';
import { TextInLanguages } from './TextInLanguages.tsx';

export interface GroupEditorProps {
  group: FrameworkGroup;
  langs: readonly string[];
  onText: (key: string, lang: string, value: string) => void;
  onMove: (itemId: string, delta: -1 | 1) => void;
  onRemove: (itemId: string) => void;
  onAdd: (label: LocalText) => void;
}

/** A group of questions: its name and its questions in every language shown, and a new question typed in as many of them as the facilitator knows. */
export function GroupEditor(props: GroupEditorProps) {
  const name = () => localised(props.group.label, locale());
  const [fresh, setFresh] = createSignal<LocalText>({});
  // An English text is needed: it is what every reader without a translation sees.
  const canAdd = () => (fresh().en ?? '').trim() !== '';
  return (
    <fieldset class="subform">
      <legend class="subform__legend">{t('frameworks.groupTitle', { group: name() })}</legend>
      <TextInLanguages
        id={`fw-group-${props.group.id}`}
        what={t('translations.groupName')}
        required
        text={props.group.label}
        langs={props.langs}
        onInput={(l, v) => props.onText(`group.${props.group.id}.label`, l, v)}
      />
      <ol class="rows">
        <Index each={props.group.items}>
          {(item, i) => (
            <ItemEditor
              item={item()}
              langs={props.langs}
              first={i === 0}
              last={i === props.group.items.length - 1}
              onText={props.onText}
              onMove={(delta) => props.onMove(item().id, delta)}
              onRemove={() => props.onRemove(item().id)}
            />
          )}
        </Index>
      </ol>
      <div class="subform">
        <TextInLanguages id={`fw-${props.group.id}-new`} what={t('frameworks.newItem', { group: name() })} text={fresh()} langs={props.langs} onInput={(l, v) => setFresh((x) => ({ ...x, [l]: v }))} />
        <button
          type="button"
          class="button"
          disabled={!canAdd()}
          onClick={() => {
            props.onAdd(fresh());
            setFresh({});
          }}
        >
          {t('translations.addItemTo', { group: name() })}
        </button>
      </div>
    </fieldset>
  );
}
