import '../../ui/notice.css';
import { createEffect, createMemo, createResource, createSignal, For, lazy, on, Show, untrack } from 'solid-js';
import type { Workshop } from '../../../shared/schemas/records.ts';
import { frameworkItems, localised } from '../../../shared/framework/schema.ts';
import { locale, t } from '../../i18n/index.ts';
import { roundLabel } from '../../i18n/round-label.ts';
import { linkClick, navigate } from '../../core/router.ts';
import { paths } from '../../routes.ts';
import { adaptedFrameworkRecord, frameworkHere, resolveFramework } from '../frameworks/index.ts';
import { bindForm, createRecordForm } from '../../ui/forms/record-form.ts';
import { useStore } from '../../core/db/store-context.ts';
import type { WorkshopData } from '../../core/db/workshop-data.ts';
import { announce } from '../../ui/announcer.ts';
import { run } from '../../ui/command.ts';
import { canInvite, invitation, joinLink, newInvitation } from '../../core/credentials/join-link.ts';
import { useParticipantDevice } from '../../core/credentials/participant.ts';
import { InvitePanel, type InviteDelivery } from './InvitePanel.tsx';
import { invitationSent } from '../../core/db/invitation.ts';
import { syncStatus, useSync } from '../../core/sync/context.ts';
import { HandRoundStart } from './HandRoundStart.tsx';
import { HAND_ROUND_CODE, startHandRound } from '../../core/db/hand-round.ts';
import { AssessmentStartForm } from './AssessmentStartForm.tsx';
import { draftToAssessment, emptyAssessmentDraft, roundDraft } from './assessment-draft.ts';
import { shortName } from '../../ui/names.ts';
import { offerText } from '../join/index.ts';
import { live } from '../../core/db/live-query.ts';
import { arrivals } from '../../core/db/arrivals.ts';
import { whenOfflineReady } from '../../core/pwa/ready.ts';
import { handedInCounts } from './handed-in-counts.ts';
import { HandedInTable } from './HandedInTable.tsx';

// Handing answers over with no network loads with the panel that needs it: packing, the code, the camera.
const ScanAnswersPanel = lazy(() => import('../handover/index.ts').then((m) => ({ default: m.ScanAnswersPanel })));
const HandInPanel = lazy(() => import('../handover/index.ts').then((m) => ({ default: m.HandInPanel })));
const FrameworkCodePanel = lazy(() => import('../handover/index.ts').then((m) => ({ default: m.FrameworkCodePanel })));
const FrameworkScanPanel = lazy(() => import('../handover/index.ts').then((m) => ({ default: m.FrameworkScanPanel })));

export function ScoringSection(props: { workshop: Workshop; data: WorkshopData }) {
  const store = useStore();
  const framework = createMemo(() => resolveFramework(props.data.frameworks() ?? [], props.workshop.frameworkId));
  const organisations = () => props.data.organisations() ?? [];
  // A phone that joined with no network has the workshop's name of an adapted framework, not the framework.
  // A memo: it parses every stored framework, and five places on the tab ask.
  const frameworkMissing = createMemo(() => props.data.frameworks() !== undefined && !frameworkHere(props.data.frameworks() ?? [], props.workshop.frameworkId));
  // A closed workshop takes no more answers from participants (the server refuses them): none are started.
  const closedToMe = () => participant() === true && props.workshop.status === 'closed';
  const adapted = createMemo(() => adaptedFrameworkRecord(props.data.frameworks() ?? [], props.workshop.frameworkId));
  const participants = () => props.data.participants() ?? [];
  const anonymous = () => Boolean(props.workshop.anonymousScores);
  const answered = createMemo(() => {
    const counts = new Map<string, number>();
    for (const s of props.data.scores() ?? []) counts.set(s.assessmentId, (counts.get(s.assessmentId) ?? 0) + 1);
    return counts;
  });

  const form = createRecordForm({
    // Another workshop's route mounts a new screen.
    formId: `assessment-new:${untrack(() => props.workshop.id)}`,
    initial: emptyAssessmentDraft(untrack(() => props.workshop.currentRound)),
    // The next person is often from the same organisation, in the same round.
    next: (saved) => ({ ...emptyAssessmentDraft(), organisationId: saved.organisationId, roundChoice: saved.roundChoice, roundOther: saved.roundOther }),
    dirtyWhen: () => false,
    save: (d) => store.repos.assessment.create(draftToAssessment(d, framework(), anonymous()), props.workshop.id),
  });
  // A follow-up round started here or on another device: the next assessment counts for it.
  const currentRound = createMemo(() => props.workshop.currentRound);
  createEffect(on(currentRound, (round) => form.change({ ...form.draft(), ...roundDraft(round ?? 'baseline') }), { defer: true }));

  const orgName = (id: string) => {
    const o = organisations().find((x) => x.id === id);
    return o ? shortName(o) : '';
  };
  const personName = (id: string | undefined) => (id ? (participants().find((p) => p.id === id)?.name ?? '') : '');

  // Participants' phones score; only the facilitator's devices invite.
  const participant = useParticipantDevice(store.db);
  // Asked again when the workshop's invitation changes (another device made a new one, or this one did).
  const [shown, { mutate: setShown }] = createResource(
    () => participant() === false && canInvite() && (props.workshop.joinTokenHash ?? 'none'),
    // eslint-disable-next-line solid/reactivity -- a fetcher is not tracked: it takes the workshop as it is when it runs
    async () => invitation(store, props.workshop),
  );
  // `latest`: a refetch keeps the panel as it is instead of suspending the tab.
  const token = () => {
    const i = shown.latest;
    return i && 'token' in i ? i.token : undefined;
  };
  const elsewhere = () => {
    const i = shown.latest;
    return Boolean(i && 'elsewhere' in i);
  };
  // The code carries the workshop and its organisations, so a phone joins with no network.
  const invite = createMemo(() => {
    const tk = token();
    return tk ? joinLink(props.workshop.id, tk, offerText(props.workshop, organisations())) : undefined;
  });

  // The link works for phones once the server has it: it leaves within a second of being made
  // (or at once when the connection returns), and the panel says which it is.
  const sync = syncStatus(useSync());
  // Another workshop's route mounts a new screen: the id is read once.
  const workshopId = untrack(() => props.workshop.id);
  const sent = live(() => invitationSent(store.db, workshopId));
  const delivery = (): InviteDelivery | undefined => {
    if (!invite() || sent() === undefined) return undefined;
    if (sent()) return 'ready';
    return sync().error === 'offline' || !navigator.onLine ? 'offline' : 'sending';
  };

  const handed = live(() => arrivals(store.db));
  const handedIn = createMemo(() => handedInCounts(props.data.assessments() ?? [], organisations(), handed() ?? new Map(), store.deviceId, shortName));
  const [offlineReady] = createResource(whenOfflineReady);

  // Handing the device round closes every other screen until the facilitator leaves with the code.
  const [handRoundError, setHandRoundError] = createSignal<string>();
  async function rotateInvite() {
    // A failure is said by the command runner.
    const fresh = await run(() => newInvitation(store, props.workshop));
    if (fresh === undefined) return;
    setShown({ token: fresh });
    announce(t('invite.rotated'));
  }
  async function handRound(code: string) {
    if (!HAND_ROUND_CODE.test(code.trim())) return setHandRoundError(t('handRound.codeInvalid'));
    setHandRoundError(undefined);
    if (await run(async () => (await startHandRound(store.db, props.workshop.id, code), true))) announce(t('handRound.started'));
  }

  return (
    <>
      <Show when={participant() === false}>
        <InvitePanel
          available={canInvite()}
          link={invite()}
          elsewhere={elsewhere()}
          delivery={delivery()}
          onCopy={() => void navigator.clipboard?.writeText(invite() ?? '').then(() => announce(t('invite.copied')))}
          onRotate={() => void rotateInvite()}
        />
      </Show>
      <Show when={frameworkMissing() && props.workshop.frameworkId} keyed>
        {(id) => <FrameworkScanPanel documentId={id} />}
      </Show>
      <section class="panel" aria-labelledby="scoring-title">
        <h2 id="scoring-title">{t('scoring.title')}</h2>
        <p class="muted">{t('scoring.intro')}</p>
        <Show when={!frameworkMissing()}>
          <p class="muted">{t('scoring.framework', { name: localised(framework().name, locale()), version: framework().version })}</p>
        </Show>
        <Show when={anonymous()}>
          <p class="notice">{t('scoring.anonymousOn')}</p>
        </Show>
        <Show when={closedToMe()}>
          <p class="notice">{t('participant.closed')}</p>
        </Show>
        <Show
          when={organisations().length > 0 && !frameworkMissing() && !closedToMe()}
          fallback={
            <Show when={!frameworkMissing() && !closedToMe()}>
              <p class="notice">{t('scoring.noOrganisations')}</p>
            </Show>
          }
        >
          <AssessmentStartForm
            idPrefix="assess"
            heading={t('scoring.startTitle')}
            organisations={organisations()}
            participants={anonymous() ? [] : participants()}
            {...bindForm(form, { onSaved: (a) => navigate(paths.score(props.workshop.id, a.id)) })}
          />
        </Show>
        <Show when={participant() === false && organisations().length > 0}>
          <HandRoundStart error={handRoundError()} onStart={(code) => void handRound(code)} />
        </Show>
        <Show when={participant()}>
          <p role="status" class={offlineReady() ? 'notice notice--ok' : 'muted'}>
            {offlineReady() ? t('handover.ready') : t('handover.notReady')}
          </p>
        </Show>
        <h3>{t('scoring.list')}</h3>
        <Show when={(props.data.assessments() ?? []).length > 0} fallback={<p>{t('scoring.empty')}</p>}>
          <ul class="rows" aria-label={t('scoring.list')}>
            <For each={props.data.assessments()}>
              {(a) => {
                const who = () => personName(a.respondentId) || t('scoring.anonymous');
                return (
                  <li class="row">
                    <div class="row__main">
                      <p class="row__title">
                        {orgName(a.organisationId)} · {roundLabel(a.round)} · {who()}
                      </p>
                      <p class="card__meta">
                        {a.submitted ? t('scoring.submitted') : t('scoring.inProgress')} · {t('scoring.progress', { answered: answered().get(a.id) ?? 0, total: frameworkItems(framework()).length })}
                      </p>
                    </div>
                    <Show when={!a.submitted}>
                      <a class="button" href={paths.score(props.workshop.id, a.id)} onClick={linkClick}>
                        {t('scoring.continue', { who: who() })}
                      </a>
                    </Show>
                  </li>
                );
              }}
            </For>
          </ul>
        </Show>
      </section>
      <Show when={participant() === false}>
        <Show when={adapted()}>{(record) => <FrameworkCodePanel record={record()} />}</Show>
        <ScanAnswersPanel workshop={props.workshop} />
        <HandedInTable rows={handedIn()} />
      </Show>
      <Show when={participant()}>
        <HandInPanel workshopId={props.workshop.id} />
      </Show>
    </>
  );
}
