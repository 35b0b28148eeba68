import './votes.css';
import { createMemo, createSignal, For, Show, untrack } from 'solid-js';
import { frameworkItems } from '../../../shared/framework/schema.ts';
import type { Workshop } from '../../../shared/schemas/records.ts';
import { POLL_MAX_DOTS, POLL_MAX_OPTIONS, type Poll, type PollOption } from '../../../shared/schemas/room-records.ts';
import { tallyVotes } from '../../../shared/votes.ts';
import type { WorkshopData } from '../../core/db/workshop-data.ts';
import { useStore } from '../../core/db/store-context.ts';
import { t } from '../../i18n/index.ts';
import { announce } from '../../ui/announcer.ts';
import { run } from '../../ui/command.ts';
import { bindForm, createRecordForm } from '../../ui/forms/record-form.ts';
import { shortName } from '../../ui/names.ts';
import { Panel } from '../../ui/Panel.tsx';
import { removeWithUndo } from '../../ui/undo.ts';
import { frameworkLabels, resolveFramework } from '../frameworks/index.ts';
import { NewVoteForm } from './NewVoteForm.tsx';
import { PassTheDevice } from './PassTheDevice.tsx';
import { VoteCard } from './VoteCard.tsx';
import { capacityOptions, cardOptions } from './vote-options.ts';
import { draftToPoll, emptyVoteDraft, voteDraftProblems, type VoteDraft } from './vote-draft.ts';

/** The workshop's dot votes, on the facilitator's devices: open one, follow who voted, reveal the ranking. */
export function VotesSection(props: { workshop: Workshop; data: WorkshopData }) {
  const store = useStore();
  const framework = createMemo(() => resolveFramework(props.data.frameworks() ?? [], props.workshop.frameworkId));
  const { item: itemLabel } = frameworkLabels(() => framework());
  const organisations = () => props.data.organisations() ?? [];
  const orgName = (id: string | undefined) => {
    const o = id === undefined ? undefined : organisations().find((x) => x.id === id);
    return o ? shortName(o) : undefined;
  };
  // Newest first: the vote being run is at the top.
  const polls = createMemo(() => [...(props.data.polls() ?? [])].reverse());
  // By id: a vote's card (and its full screen) outlives a re-read of the votes.
  const pollIds = createMemo(() => polls().map((p) => p.id));
  const ballots = () => props.data.ballots() ?? [];
  const [passing, setPassing] = createSignal<string>();
  const passingPoll = () => polls().find((p) => p.id === passing());

  const form = createRecordForm({
    // Another workshop's route mounts a new screen.
    formId: `vote-new:${untrack(() => props.workshop.id)}`,
    initial: emptyVoteDraft(),
    // The next vote is often on the same things, with the same rules.
    next: (saved) => ({ ...emptyVoteDraft(), subject: saved.subject, dots: saved.dots, stack: saved.stack, organisationId: saved.organisationId }),
    dirtyWhen: (d) => d.title.trim() !== '' || d.optionIds.length > 0,
    save: (d): Promise<Poll> => store.repos.poll.create(draftToPoll(d, offered()), props.workshop.id),
  });
  const cards = createMemo(() => cardOptions(props.data.swot() ?? []));
  const capacities = createMemo(() => capacityOptions(frameworkItems(framework()), itemLabel));
  const offered = (): PollOption[] => (form.draft().subject === 'cards' ? cards() : capacities());

  // A draft's problems are said once the person tried to open it, and follow their corrections.
  const [tried, setTried] = createSignal(false);
  const problems = createMemo(() => (tried() ? voteDraftProblems(form.draft(), offered()) : {}));
  const errors = () => {
    const words: Record<string, string> = { ...form.errors() };
    if (form.errors().options) words.optionIds = form.errors().options!;
    const p = problems();
    if (p.title) words.title = t('votes.titleMissing');
    if (p.optionIds) words.optionIds = p.optionIds === 'tooManyOptions' ? t('votes.tooManyOptions', { max: POLL_MAX_OPTIONS }) : t('votes.tooFewOptions');
    if (p.dots) words.dots = t('votes.dotsRange', { max: POLL_MAX_DOTS });
    return words;
  };
  const bound = bindForm(form, { onSaved: (poll) => announce(t('votes.opened', { title: poll.title })) });
  const submit = async () => {
    setTried(true);
    if (Object.keys(voteDraftProblems(form.draft(), offered())).length > 0) {
      // The first field to correct: a field marked invalid, else the options (a group has no one field).
      queueMicrotask(() => (document.querySelector<HTMLElement>('.vote-new [aria-invalid="true"]') ?? document.querySelector<HTMLElement>('.vote-new .checks input'))?.focus());
      return;
    }
    await bound.onSubmit();
    if (!form.formError()) setTried(false);
  };

  const setState = (poll: Poll, state: Poll['state'], said: 'votes.closedNow' | 'votes.revealedNow') =>
    void run(() => store.repos.poll.update(poll.id, { state })).then((done) => done && announce(t(said, { title: poll.title })));
  const cast = async (poll: Poll, dots: Record<string, number>) =>
    // Each person handed the tablet casts a ballot of their own: a new id, no device behind it.
    (await run(() => store.repos.ballot.create({ pollId: poll.id, dots }, props.workshop.id))) !== undefined;

  return (
    <Show
      when={passingPoll()}
      fallback={
        <>
          <Panel titleId="votes-title" title={t('sections.votes')}>
            <Show when={polls().length > 0} fallback={<p class="muted">{t('votes.none')}</p>}>
              <div class="vote-list">
                <For each={pollIds()}>
                  {(id) => (
                    <Show when={polls().find((p) => p.id === id)}>
                      {(poll) => {
                        const tally = createMemo(() => tallyVotes(poll(), ballots()));
                        return (
                          <VoteCard
                            poll={poll()}
                            voters={tally().voters}
                            phones={(props.data.delegates() ?? []).length}
                            organisationName={orgName(poll().organisationId)}
                            results={poll().state === 'revealed' ? tally().ranking : undefined}
                            onPassDevice={() => setPassing(id)}
                            onClose={() => setState(poll(), 'closed', 'votes.closedNow')}
                            onReveal={() => setState(poll(), 'revealed', 'votes.revealedNow')}
                            onRemove={() => void removeWithUndo(store.repos.poll, id, poll().title.slice(0, 40))}
                          />
                        );
                      }}
                    </Show>
                  )}
                </For>
              </div>
            </Show>
          </Panel>
          <div class="panel vote-new">
            <NewVoteForm
              idPrefix="vote-new"
              heading={t('votes.newVote')}
              {...bound}
              errors={errors()}
              onChange={(d: VoteDraft) => form.change(d)}
              onSubmit={() => void submit()}
              offered={offered()}
              noCards={form.draft().subject === 'cards' && cards().length === 0}
              organisations={organisations().map((o) => ({ value: o.id, label: shortName(o) }))}
            />
          </div>
        </>
      }
    >
      {(poll) => <PassTheDevice poll={poll()} onCast={(dots) => cast(poll(), dots)} onDone={() => setPassing(undefined)} />}
    </Show>
  );
}
