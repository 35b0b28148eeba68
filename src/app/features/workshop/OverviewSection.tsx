import { createMemo } from 'solid-js';
import { NO_NOTES, workshopCounts } from './overview.ts';
import type { WorkshopData } from '../../core/db/workshop-data.ts';
import { OverviewCounts } from './OverviewCounts.tsx';
import { LostValues } from '../../ui/LostValues.tsx';
import { putBack } from '../../ui/put-back.ts';
import { useStore } from '../../core/db/store-context.ts';
import type { Workshop } from '../../../shared/schemas/records.ts';
import { FollowUpPanel } from './FollowUpPanel.tsx';

export function OverviewSection(props: { workshop: Workshop; data: WorkshopData }) {
  const store = useStore();
  const counts = createMemo(() =>
    workshopCounts({
      organisations: props.data.organisations() ?? [],
      participants: props.data.participants() ?? [],
      agenda: props.data.agenda() ?? [],
      notesByKind: props.data.noteCounts() ?? NO_NOTES,
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
