import './scoring.css';
import { createEffect, createMemo, createSignal, on, Show, untrack } from 'solid-js';
import { t } from '../../i18n/index.ts';
import { linkClick, navigate } from '../../core/router.ts';
import { paths } from '../../routes.ts';
import { announce } from '../../ui/announcer.ts';
import { run } from '../../ui/command.ts';
import { resolveFramework } from '../frameworks/index.ts';
import { live } from '../../core/db/live-query.ts';
import { bindForm, createRecordForm } from '../../ui/forms/record-form.ts';
import { useStore } from '../../core/db/store-context.ts';
import { createWorkshopData } from '../../core/db/workshop-data.ts';
import { handRound, leaveHandRound, setTurn } from '../../core/db/hand-round.ts';
import { draftToAssessment, emptyAssessmentDraft, roundDraft } from './assessment-draft.ts';
import { AssessmentStartForm } from './AssessmentStartForm.tsx';
import { HandRoundLeave } from './HandRoundLeave.tsx';

/**
 * What a facilitator's device shows while it is handed round, whatever the address: the next
 * person's start form, or the way back to the answers in progress, and the facilitator's way out.
 * No list of assessments, no results, no navigation.
 */
export function HandRoundScreen(props: { workshopId: string }) {
  const store = useStore();
  // Another workshop's route mounts a new screen.
  const workshopId = untrack(() => props.workshopId);
  const data = createWorkshopData(store, workshopId, () => false);
  const framework = createMemo(() => resolveFramework(data.frameworks() ?? [], data.workshop()?.frameworkId));
  const anonymous = () => Boolean(data.workshop()?.anonymousScores);
  // The person whose turn it is, while their answers are not yet submitted.
  const inTurn = live(async () => {
    const id = (await handRound(store.db))?.current;
    const a = id ? await store.repos.assessment.get(id) : undefined;
    return a && !a.submitted ? a : null;
  });

  const form = createRecordForm({
    formId: `hand-round:${workshopId}`,
    initial: emptyAssessmentDraft(),
    next: (saved) => ({ ...emptyAssessmentDraft(), organisationId: saved.organisationId, roundChoice: saved.roundChoice, roundOther: saved.roundOther }),
    dirtyWhen: () => false,
    save: (d) => store.repos.assessment.create(draftToAssessment(d, framework(), anonymous()), workshopId),
  });

  // The workshop loads after the form is made, and a follow-up round may start on another device.
  const currentRound = createMemo(() => data.workshop()?.currentRound);
  createEffect(on(currentRound, (round) => form.change({ ...form.draft(), ...roundDraft(round ?? 'baseline') }), { defer: true }));

  const [leaveError, setLeaveError] = createSignal<string>();
  async function leave(code: string) {
    const left = await run(() => leaveHandRound(store.db, code));
    if (left === undefined) return;
    if (!left) return setLeaveError(t('handRound.leaveWrong'));
    setLeaveError(undefined);
    announce(t('handRound.left'));
    navigate(paths.workshop(workshopId, 'scoring'));
  }

  return (
    <Show when={data.workshop() !== undefined && inTurn() !== undefined} fallback={<p class="muted">{t('app.loading')}</p>}>
      <div class="page-head">
        <h1 tabindex="-1">{t('handRound.screenTitle')}</h1>
      </div>
      <p class="muted">{data.workshop()?.title}</p>
      <Show
        when={inTurn()}
        fallback={
          <section class="panel" aria-labelledby="hand-round-intro">
            <p id="hand-round-intro">{t('handRound.screenIntro')}</p>
            <AssessmentStartForm
              idPrefix="hand-round"
              heading={t('scoring.startTitle')}
              organisations={data.organisations() ?? []}
              participants={anonymous() ? [] : (data.participants() ?? [])}
              {...bindForm(form, {
                onSaved: (a) => void run(async () => (await setTurn(store.db, a.id), true)).then((done) => done && navigate(paths.score(workshopId, a.id))),
              })}
            />
          </section>
        }
      >
        {(a) => (
          <section class="panel">
            <p>{t('handRound.inTurn')}</p>
            <div class="row__actions">
              <a class="button button--primary" href={paths.score(workshopId, a().id)} onClick={linkClick}>
                {t('handRound.continue')}
              </a>
              <button type="button" class="button" onClick={() => void run(async () => (await setTurn(store.db, undefined), true)).then((done) => done && announce(t('handRound.turnEnded')))}>
                {t('handRound.endTurn')}
              </button>
            </div>
          </section>
        )}
      </Show>
      <HandRoundLeave error={leaveError()} onLeave={(code) => void leave(code)} />
    </Show>
  );
}
