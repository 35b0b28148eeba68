import { createMemo, untrack } from 'solid-js';
import { NO_NOTES, workshopCounts } from './overview.ts';
import type { WorkshopData } from '../../core/db/workshop-data.ts';
import { OverviewCounts } from './OverviewCounts.tsx';
import { LostValues } from '../../ui/LostValues.tsx';
import { putBack } from '../../ui/put-back.ts';
import { useStore } from '../../core/db/store-context.ts';
import { live } from '../../core/db/live-query.ts';
import { noteCounts } from '../../core/db/live-kinds.ts';
import type { Workshop } from '../../../shared/schemas/records.ts';
import { FollowUpPanel } from './FollowUpPanel.tsx';

export function OverviewSection(props: { workshop: Workshop; data: WorkshopData }) {
  const store = useStore();
  // Counted while the overview shows, on the index of live notes: saving on another tab of the
  // workshop runs no count.
  const workshopId = untrack(() => props.workshop.id);
  const counted = live(() => noteCounts(store, workshopId));
  const counts = createMemo(() =>
    workshopCounts({
      organisations: props.data.organisations() ?? [],
      participants: props.data.participants() ?? [],
      agenda: props.data.agenda() ?? [],
      notesByKind: counted() ?? NO_NOTES,
      practices: props.data.practices() ?? [],
    }),
  );
  return (
    <>
      <OverviewCounts counts={counts()} unsynced={props.data.unsynced() ?? 0} />
      <FollowUpPanel workshop={props.workshop} />
      <LostValues review={props.data.lostValues()} now={Date.now()} onPutBack={(l, names) => void putBack(store.repos, l, names)} />
    </>
  );
}
