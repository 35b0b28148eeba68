import './votes.css';
import { createMemo, For, Show } from 'solid-js';
import { ballotIdFor, delegateIdFor } from '../../../shared/identity/derived-id.ts';
import type { Workshop } from '../../../shared/schemas/records.ts';
import type { Poll } from '../../../shared/schemas/room-records.ts';
import { linkClick } from '../../core/router.ts';
import { useStore } from '../../core/db/store-context.ts';
import type { WorkshopData } from '../../core/db/workshop-data.ts';
import { t } from '../../i18n/index.ts';
import { run } from '../../ui/command.ts';
import { Panel } from '../../ui/Panel.tsx';
import { paths } from '../../routes.ts';
import { PhoneVote } from './PhoneVote.tsx';

const ORDER: Record<Poll['state'], number> = { open: 0, closed: 1, revealed: 2 };

/**
 * The votes on a participant's phone: those of its workshop it may vote in (everyone's, and its
 * delegation's), open ones first. Sending writes the phone's one ballot on the phone, which syncs
 * when there is a connection: the room needs no network to vote.
 */
export function PhoneVotesSection(props: { workshop: Workshop; data: WorkshopData }) {
  const store = useStore();
  const delegation = () => (props.data.delegates() ?? []).find((d) => d.id === delegateIdFor(props.workshop.id, store.deviceId))?.organisationId;
  // A vote for one organisation shows on its delegation's phones, and on a phone that has not chosen
  // yet. A phone votes once it chose the organisation it speaks for (each vote says so until then):
  // the server refuses the ballots of any other.
  const mine = createMemo(() =>
    [...(props.data.polls() ?? [])]
      .filter((p) => p.organisationId === undefined || delegation() === undefined || p.organisationId === delegation())
      .sort((a, b) => ORDER[a.state] - ORDER[b.state] || b.createdAt.localeCompare(a.createdAt)),
  );
  const ids = createMemo(() => mine().map((p) => p.id));
  // A closed workshop takes no ballot (the server says `workshop_closed`): its open votes read as closed.
  const asOnPhone = (poll: Poll): Poll => (props.workshop.status === 'closed' && poll.state === 'open' ? { ...poll, state: 'closed' } : poll);
  const ballotOf = (poll: Poll) => (props.data.ballots() ?? []).find((b) => b.id === ballotIdFor(poll.id, store.deviceId));
  const send = async (poll: Poll, dots: Record<string, number>) =>
    (await run(() => store.repos.ballot.put(ballotIdFor(poll.id, store.deviceId), { pollId: poll.id, dots }, props.workshop.id))) !== undefined;

  return (
    <Panel titleId="votes-title" title={t('sections.votes')}>
      <Show when={props.data.polls() !== undefined}>
        <Show when={ids().length > 0} fallback={<p class="muted">{t('votes.phoneNone')}</p>}>
          <div class="vote-list">
            <For each={ids()}>
              {(id) => (
                <Show when={mine().find((p) => p.id === id)}>
                  {(poll) => (
                    <Show
                      when={delegation() !== undefined}
                      fallback={
                        <article class="card phone-vote" aria-labelledby={`vote-${id}`}>
                          <h3 id={`vote-${id}`}>{poll().title}</h3>
                          <p class="notice">{t('votes.chooseOrganisation')}</p>
                          <a class="button" href={paths.workshop(props.workshop.id, 'priorities')} onClick={linkClick}>
                            {t('votes.toPriorities')}
                          </a>
                        </article>
                      }
                    >
                      <PhoneVote poll={asOnPhone(poll())} ballot={ballotOf(poll())} onSend={(dots) => send(poll(), dots)} />
                    </Show>
                  )}
                </Show>
              )}
            </For>
          </div>
        </Show>
      </Show>
    </Panel>
  );
}
