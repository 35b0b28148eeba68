import type { AgreedScore, Ballot, Poll } from '../../../../shared/schemas/room-records.ts';
import { tallyVotes } from '../../../../shared/votes.ts';
import { t } from '../../../i18n/index.ts';
import { joinList, own, recordTable, table, type Column, type ExportContext, type ExportTable } from './table-context.ts';

/** A vote's option, as a row of the votes table: its dots and rank once the vote is revealed. */
interface OptionRow {
  poll: Poll;
  option: string;
  dots: number | null;
  rank: number | null;
}

/**
 * Votes, one row per option: the dots it received and its rank, only for votes the facilitator
 * revealed (an export made while a vote runs keeps it secret too). Ids join the ballots table.
 */
export function votesTable(ctx: ExportContext): ExportTable {
  const rows: OptionRow[] = ctx.bundle.votes.flatMap((poll) => {
    const { ranking } = tallyVotes(poll, ctx.bundle.ballots);
    const shown = poll.state === 'revealed';
    return poll.options.map((o) => {
      const r = ranking.find((x) => x.id === o.id)!;
      return { poll, option: o.label, dots: shown ? r.dots : null, rank: shown ? r.rank : null };
    });
  });
  const columns: Column<OptionRow>[] = [
    ['id', (r) => r.poll.id],
    ['title', (r) => r.poll.title],
    ['organisation', (r) => ctx.organisation(r.poll.organisationId)],
    ['dotsEach', (r) => r.poll.dots],
    ['stack', (r) => r.poll.stack],
    ['status', (r) => t(`votes.state.${r.poll.state}`)],
    ['option', (r) => r.option],
    ['dots', (r) => r.dots],
    ['rank', (r) => r.rank],
  ];
  return table('votes', columns, rows);
}

/** Ballots carry no name: the vote, and the dots placed on each option. */
export function ballotsTable(ctx: ExportContext): ExportTable {
  const labels = new Map(ctx.bundle.votes.flatMap((p) => p.options.map((o) => [`${p.id} ${o.id}`, o.label])));
  const columns: Column<Ballot>[] = [
    ['poll', (b) => b.pollId],
    ['dots', (b) => joinList(Object.entries(b.dots).map(([id, n]) => `${labels.get(`${b.pollId} ${id}`) ?? id} × ${n}`))],
  ];
  return recordTable('ballots', columns, ctx.bundle.ballots);
}

/** Each organisation's agreed score per item and round, with the evidence behind it. */
export function agreedScoresTable(ctx: ExportContext): ExportTable {
  const columns: Column<AgreedScore>[] = [
    ['organisation', (a) => ctx.organisation(a.organisationId)],
    ...own<AgreedScore>('round', 'itemId'),
    ['item', (a) => ctx.item(a.itemId)],
    ['value', (a) => a.value],
    ['dontKnow', (a) => a.value === null],
    ['justification', (a) => a.justification],
  ];
  return recordTable('agreed-scores', columns, ctx.bundle['agreed-scores']);
}
