import type { Repository } from '../../core/db/repository.ts';
import type { SwotEntry } from '../../../shared/schemas/records.ts';
import { t } from '../../i18n/index.ts';
import { removeWithUndo, updateWithUndo } from '../../ui/undo.ts';
import { cardWords, type CardKind } from './board-cards.ts';

/** A card's words as a message quotes them: short enough to be read out. */
export const quoted = (e: Pick<SwotEntry, 'text' | 'wording'>) => cardWords(e).slice(0, 60);

/**
 * What the facilitator does with a card on the board. Each is one update of the card, said in
 * words with an undo; a failure reaches the person through the command runner. The author's
 * `text` is never written here: the board's changes live in their own fields.
 */
export function cardCommands(repo: Repository<'swot'>) {
  return {
    move: (e: SwotEntry, kind: CardKind) => updateWithUndo(repo, e.id, { quadrant: kind }, t('board.moved', { text: quoted(e), kind: t(`swot.${kind}`) })),
    group: (e: SwotEntry, label: string) => {
      const group = label.trim();
      return updateWithUndo(repo, e.id, { group: group || undefined }, group ? t('board.grouped', { text: quoted(e), group }) : t('board.leftGroup', { text: quoted(e) }));
    },
    merge: (e: SwotEntry, into: SwotEntry) => updateWithUndo(repo, e.id, { mergedInto: into.id }, t('board.mergedDone', { text: quoted(e), into: quoted(into) })),
    // An undefined field travels as a clear (repository.ts `pick`), so the unmerge syncs too.
    unmerge: (e: SwotEntry) => updateWithUndo(repo, e.id, { mergedInto: undefined }, t('board.unmerged', { text: quoted(e) })),
    remove: (e: SwotEntry) => removeWithUndo(repo, e.id, quoted(e)),
  };
}
export type CardCommands = ReturnType<typeof cardCommands>;

/** The wording to store for what the facilitator typed: none when it is empty or the author's own words. */
export function wordingFor(entry: Pick<SwotEntry, 'text'>, typed: string): string | undefined {
  const w = typed.trim();
  return w === '' || w === entry.text.trim() ? undefined : w;
}
