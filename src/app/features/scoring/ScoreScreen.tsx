import './scoring.css';
import { createEffect, createMemo, createResource, createSignal, lazy, Match, on, Show, Switch, untrack } from 'solid-js';
import { frameworkItems, localisedWithFallback } from '../../../shared/framework/schema.ts';
import { translatedText } from '../../i18n/translated-text.ts';
import type { Score } from '../../../shared/schemas/records.ts';
import { locale, t, tp } from '../../i18n/index.ts';
import { linkClick, navigate } from '../../core/router.ts';
import { paths } from '../../routes.ts';
import { announce } from '../../ui/announcer.ts';
import { run } from '../../ui/command.ts';
import { createDraft, forgetDraft, storedDraft } from '../../ui/forms/draft.ts';
import { resolveFramework } from '../frameworks/index.ts';
import { live } from '../../core/db/live-query.ts';
import { useStore } from '../../core/db/store-context.ts';
import { useSync } from '../../core/sync/context.ts';
import { useParticipantDevice } from '../../core/credentials/participant.ts';
import { createRemoveAnswers } from './remove-answers.ts';
import { handedIn, handIn } from '../../core/db/handed-in.ts';
import { handRound, setTurn } from '../../core/db/hand-round.ts';
import { ScoreItemView } from './ScoreItemView.tsx';
import { ScoreSummary } from './ScoreSummary.tsx';
import { RemoveAnswers } from './RemoveAnswersPanel.tsx';

type Step = number | 'summary' | 'done';

// Loaded after Submit on a participant's phone: the code and the packing of answers.
const HandInPanel = lazy(() => import('../handover/index.ts').then((m) => ({ default: m.HandInPanel })));

/**
 * A participant's assessment, one item per screen. Every answer is a score record written at the
 * tap, so leaving at any point loses nothing; coming back resumes at the first unanswered item.
 * On a shared device the answers leave every view once submitted: on a participant's phone they
 * are handed in (see handed-in.ts), on a device handed round the next person starts afresh.
 * Its props are its route's parameters: `id` is the workshop's.
 */
export function ScoreScreen(props: { id: string; assessmentId: string }) {
  // Another assessment's route mounts a new screen: its ids are read once.
  const [workshopId, assessmentId] = untrack(() => [props.id, props.assessmentId] as const);
  const store = useStore();
  const engine = useSync();
  // Read once, as the screen opens: answers handed in before are not shown again (the back button,
  // a bookmark), while the person who just submitted still sees their thank-you.
  const [handedInBefore] = createResource(async () => (await handedIn(store.db)).has(assessmentId));
  const participant = useParticipantDevice(store.db);
  const handing = live(() => handRound(store.db));
  const removal = createRemoveAnswers(store, engine, {
    assessmentId: assessmentId,
    onRemoved: () => {
      announce(t('removeAnswers.done'));
      navigate(paths.workshop(workshopId, 'scoring'));
    },
    onExported: (n) => announce(tp('settings.exported', n)),
  });
  function nextPerson() {
    // A device handed round ends the turn: the next person gets the start form, nothing more.
    if (handing()) void run(async () => (await setTurn(store.db, undefined), true)).then((done) => done && navigate(paths.workshop(workshopId, 'scoring')));
    else navigate(paths.workshop(workshopId, 'scoring'));
  }
  const assessment = live(async () => (await store.repos.assessment.get(assessmentId)) ?? null);
  const scores = live(() => store.repos.score.listBy('assessmentId', assessmentId));
  const frameworks = live(() => store.repos.framework.list());
  const framework = createMemo(() => {
    const a = assessment();
    return a ? resolveFramework(frameworks() ?? [], a.frameworkId, a.frameworkVersion) : undefined;
  });
  const items = createMemo(() => (framework() ? frameworkItems(framework()!) : []));
  const byItem = createMemo(() => new Map((scores() ?? []).map((s) => [s.itemId, s])));
  const workshop = live(async () => (await store.repos.workshop.get(workshopId)) ?? null);
  // A text not translated into the reader's language shows in one of the workshop's languages, else English.
  const shown = (x: Record<string, string> | undefined) => localisedWithFallback(x, locale(), workshop()?.languages ?? []);
  const text = (x: Record<string, string> | undefined) => translatedText(shown(x));

  const [step, setStep] = createSignal<Step>();
  // Resume where the person left off, once the answers are read.
  createEffect(
    on([assessment, scores, items], ([a, s, list]) => {
      if (step() !== undefined || !a || !s || list.length === 0) return;
      if (a.submitted) return setStep('done');
      finishInterruptedComments();
      const first = list.findIndex((i) => !byItem().has(i.id));
      if (s.length > 0) announce(t('score.resumed'));
      setStep(first === -1 ? 'summary' : first);
    }),
  );
  createEffect(on(step, () => queueMicrotask(() => document.querySelector<HTMLElement>('main h1')?.focus()), { defer: true }));

  const commentKey = (itemId: string) => `score-comment:${assessmentId}:${itemId}`;
  /** A comment typed before a reload or a closed tab, whose save did not finish, is saved now. */
  function finishInterruptedComments() {
    for (const item of items()) {
      const draft = storedDraft<{ text: string }>(commentKey(item.id));
      if (!draft) continue;
      if (byItem().has(item.id)) void saveScore(item.id, { comment: draft.text }).then(() => forgetDraft(commentKey(item.id)));
    }
  }

  // Writes for one item run one after another, so quick taps never create two scores for it.
  const queues = new Map<string, Promise<unknown>>();
  function saveScore(itemId: string, change: Partial<Pick<Score, 'value' | 'comment'>>): Promise<unknown> {
    /** The value the answer had before a change of it, to offer back (a first answer has none). */
    const write = async (): Promise<{ before: Score['value'] } | undefined> => {
      // Read again: an earlier tap on this item may have created its score a moment ago.
      const existing = byItem().get(itemId) ?? (await store.repos.score.listBy('assessmentId', assessmentId)).find((s) => s.itemId === itemId);
      if (existing) {
        if (Object.entries(change).every(([k, v]) => existing[k as keyof Score] === v)) return undefined;
        await store.repos.score.update(existing.id, change);
        return 'value' in change && change.value !== existing.value ? { before: existing.value } : undefined;
      } else if ('value' in change) {
        await store.repos.score.create({ assessmentId: assessmentId, itemId, value: change.value ?? null, comment: change.comment ?? '' }, workshopId);
      }
      return undefined;
    };
    const next = (queues.get(itemId) ?? Promise.resolve()).then(() =>
      run(write, { undo: (changed) => changed && { message: t('score.changed'), run: () => saveScore(itemId, { value: changed.before }) } }),
    );
    queues.set(itemId, next);
    return next;
  }

  const answerText = (itemId: string): string | undefined => {
    const s = byItem().get(itemId);
    if (!s) return undefined;
    if (s.value === null) return t('score.dontKnow');
    const f = framework()!;
    return `${s.value} – ${text(f.scale.labels[s.value - f.scale.min])}`;
  };

  async function submit() {
    await Promise.all(queues.values());
    const done = await run(async () => {
      await store.repos.assessment.update(assessmentId, { submitted: true });
      if (participant()) await handIn(store.db, assessmentId);
      return true;
    });
    if (done) setStep('done');
  }

  return (
    <Show when={handedInBefore() !== undefined && ((assessment() !== undefined && framework() !== undefined) || assessment() === null)} fallback={<p class="muted">{t('app.loading')}</p>}>
      <Show when={assessment() && !handedInBefore()} fallback={<h1 tabindex="-1">{handedInBefore() ? t('handedIn.hidden') : t('score.notFound')}</h1>}>
        <Switch>
          <Match when={typeof step() === 'number' && items()[step() as number]}>
            {(item) => {
              const index = () => step() as number;
              return (
                <Show when={item()} keyed>
                  {(it) => {
                    const comment = createDraft(commentKey(it.id), { text: byItem().get(it.id)?.comment ?? '' });
                    const leave = async (to: Step) => {
                      if (byItem().has(it.id)) await saveScore(it.id, { comment: comment.value().text });
                      comment.clear();
                      setStep(to);
                    };
                    const f = framework()!;
                    return (
                      <ScoreItemView
                        itemId={it.id}
                        groupLabel={shown(f.groups.find((g) => g.id === it.groupId)?.label)}
                        label={shown(it.label)}
                        explanation={shown(it.explanation)}
                        questions={(it.questions ?? []).map(shown)}
                        index={index()}
                        total={items().length}
                        points={f.scale.labels.map((l, i) => ({ value: f.scale.min + i, label: shown(l) }))}
                        allowDontKnow={f.scale.dontKnow}
                        value={byItem().has(it.id) ? byItem().get(it.id)!.value : undefined}
                        comment={comment.value().text}
                        nextLabel={index() === items().length - 1 ? t('score.review') : t('score.next')}
                        onPick={(value) => void saveScore(it.id, { value, comment: comment.value().text })}
                        onComment={(v) => comment.set({ text: v })}
                        onBack={index() > 0 ? () => void leave(index() - 1) : undefined}
                        onNext={() => void leave(index() === items().length - 1 ? 'summary' : index() + 1)}
                      />
                    );
                  }}
                </Show>
              );
            }}
          </Match>
          <Match when={step() === 'summary'}>
            <ScoreSummary
              rows={items().map((i) => ({ itemId: i.id, label: text(i.label), answer: answerText(i.id), comment: byItem().get(i.id)?.comment ?? '' }))}
              submitting={false}
              onChange={(i) => setStep(i)}
              onSubmit={() => void submit()}
            />
          </Match>
          <Match when={step() === 'done'}>
            <article class="score">
              <h1 tabindex="-1">{t('score.doneTitle')}</h1>
              <p>{t('score.doneBody')}</p>
              <div class="score__nav">
                <button type="button" class="button button--primary" onClick={nextPerson}>
                  {t('score.nextPerson')}
                </button>
                <Show when={handing() === null}>
                  <a class="button" href={paths.workshop(workshopId)} onClick={linkClick}>
                    {t('score.backToWorkshop')}
                  </a>
                </Show>
              </div>
              <Show when={participant() === false && handing() === null}>
                <p class="muted">{t('handRound.hint')}</p>
              </Show>
              <Show when={participant() && !handing()}>
                <HandInPanel workshopId={workshopId} />
                <RemoveAnswers removal={removal} />
              </Show>
            </article>
          </Match>
        </Switch>
      </Show>
    </Show>
  );
}
