import '../../styles/report.css';
import { createMemo, createSignal, For, Show } from 'solid-js';
import { t } from '../../i18n/index.ts';
import { capacityLabel, themeLabel } from '../../i18n/labels.ts';
import { practiceCaseView } from './practice-case.ts';
import { compendiumSummary, compendiumThemes, emptyFilter, filterChoices, filterEntries, themeEntries, type CompendiumEntry } from './compendium.ts';
import { linkClick, navigate } from '../../core/router.ts';
import { paths } from '../../routes.ts';
import { createCompendiumData, mergeDuplicate, moveEntry } from './compendium-data.ts';
import { useStore } from '../../core/db/store-context.ts';
import { CompendiumFilters } from './CompendiumFilters.tsx';
import { CompendiumSummary } from './CompendiumSummary.tsx';
import { PracticeCase } from './PracticeCase.tsx';
import { SelectField } from '../../ui/inputs.tsx';
import { CurationEditor } from './CurationEditor.tsx';
import { CasePhotos } from '../photos/index.ts';

/** The compendium of a theme: every workshop's good practices, as cases, with curation. */
export function CompendiumScreen(props: { theme: string }) {
  const store = useStore();
  const data = createCompendiumData(store);
  const themes = createMemo(() => compendiumThemes(data.workshops() ?? []));
  const theme = () => props.theme || themes()[0] || '';
  const [filter, setFilter] = createSignal(emptyFilter(theme()));
  const current = () => (filter().theme === theme() ? filter() : emptyFilter(theme()));
  const source = () => ({ workshops: data.workshops() ?? [], practices: data.practices() ?? [], organisations: data.organisations() ?? [], projects: data.projects() ?? [] });
  const all = createMemo(() => themeEntries(source(), theme(), current().includeReviewed));
  const shown = createMemo(() => filterEntries(all(), current()));
  const summary = createMemo(() => compendiumSummary(shown()));
  const [editing, setEditing] = createSignal<string>();
  const [mergeChoice, setMergeChoice] = createSignal<Record<string, string>>({});

  // Cards are kept by practice id, each following its entry: a sync that changes other cards, or
  // this one, updates a card in place, so a curator typing in its editor keeps the field and the text.
  const shownById = createMemo(() => new Map(shown().map((entry, index) => [entry.practice.id, { entry, index }])));
  const shownIds = createMemo(() => shown().map((e) => e.practice.id));

  const curation = (id: string, entry: () => CompendiumEntry, index: () => number) => {
    const title = () => entry().practice.title;
    const others = () => all().filter((o) => o.practice.id !== id);
    const choice = () => mergeChoice()[id] ?? '';
    return (
      <div class="case__curation" role="group" aria-label={t('compendium.curation', { title: title() })}>
        <Show
          when={editing() === id}
          fallback={
            <button type="button" class="button" aria-label={t('compendium.edit', { title: title() })} onClick={() => setEditing(id)}>
              {t('form.edit')}
            </button>
          }
        >
          <CurationEditor practice={entry().practice} onDone={() => setEditing(undefined)} />
        </Show>
        {/* The order is the theme's whole order: it is changed when no filter hides neighbours. */}
        <Show when={shown().length === all().length}>
          <button type="button" class="button" aria-label={t('compendium.moveUp', { title: title() })} disabled={index() === 0} onClick={() => void moveEntry(store, all(), index(), -1)}>
            ↑
          </button>
          <button
            type="button"
            class="button"
            aria-label={t('compendium.moveDown', { title: title() })}
            disabled={index() === all().length - 1}
            onClick={() => void moveEntry(store, all(), index(), 1)}
          >
            ↓
          </button>
        </Show>
        <Show when={others().length > 0}>
          <div class="case__merge">
            <SelectField
              id={`merge-${id}`}
              label={t('compendium.mergeLabel', { title: title() })}
              value={choice()}
              placeholder={t('compendium.mergeChoose')}
              options={others().map((o) => ({ value: o.practice.id, label: `${o.practice.title} (${o.workshop.title})` }))}
              onChange={(v) => setMergeChoice((m) => ({ ...m, [id]: v }))}
            />
            <button
              type="button"
              class="button"
              disabled={!choice()}
              onClick={() => {
                const duplicate = others().find((o) => o.practice.id === choice())?.practice;
                if (duplicate) void mergeDuplicate(store, entry().practice, duplicate, data.practices() ?? []);
                setMergeChoice((m) => ({ ...m, [id]: '' }));
              }}
            >
              {t('compendium.merge')}
            </button>
          </div>
        </Show>
      </div>
    );
  };

  return (
    <>
      <div class="page-head">
        <h1 tabindex="-1">{t('compendium.title')}</h1>
        <Show when={theme()}>
          <a class="button" href={paths.compendiumReport(theme())} onClick={linkClick}>
            {t('compendium.printReport')}
          </a>
        </Show>
      </div>
      <p class="muted">{t('compendium.intro')}</p>
      <Show when={themes().length > 0} fallback={<p>{t('compendium.empty')}</p>}>
        <SelectField
          id="cf-theme"
          label={t('compendium.fieldTheme')}
          value={theme()}
          options={themes().map((th) => ({ value: th, label: themeLabel(th) }))}
          onChange={(v) => navigate(paths.compendium(v), { replace: true })}
        />
        <CompendiumFilters filter={current()} choices={filterChoices(all())} onChange={setFilter} />
        <CompendiumSummary {...summary()} capacities={summary().capacities.map((c) => ({ label: capacityLabel(c.id), count: c.count }))} />
        <Show when={shown().length > 0} fallback={<p>{t('compendium.noEntries')}</p>}>
          <ol class="cases" aria-label={t('compendium.title')}>
            <For each={shownIds()}>
              {(id) => {
                // The entry as last shown: a card taken off the list may be asked once more before it goes.
                const at = createMemo<{ entry: CompendiumEntry; index: number }>((last) => shownById().get(id) ?? last, shownById().get(id)!);
                const view = createMemo(() => practiceCaseView(at().entry));
                return (
                  <li>
                    <PracticeCase view={view()} level={2}>
                      <CasePhotos photos={data.photos()?.get(id)} store={store} />
                      {curation(
                        id,
                        () => at().entry,
                        () => at().index,
                      )}
                    </PracticeCase>
                  </li>
                );
              }}
            </For>
          </ol>
        </Show>
      </Show>
    </>
  );
}
