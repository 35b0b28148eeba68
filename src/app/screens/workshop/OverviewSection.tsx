import { createMemo } from 'solid-js';
import { workshopCounts } from '../../logic/overview.ts';
import type { WorkshopData } from '../../state/workshop-data.ts';
import { OverviewCounts } from '../../components/OverviewCounts.tsx';
import { LostValues } from '../../components/LostValues.tsx';

export function OverviewSection(props: { data: WorkshopData }) {
  const counts = createMemo(() =>
    workshopCounts({
      organisations: props.data.organisations() ?? [],
      participants: props.data.participants() ?? [],
      agenda: props.data.agenda() ?? [],
      notes: props.data.notes() ?? [],
      practices: props.data.practices() ?? [],
    }),
  );
  return (
    <>
      <OverviewCounts counts={counts()} unsynced={props.data.unsynced() ?? 0} />
      <LostValues values={props.data.lostValues() ?? []} now={Date.now()} />
    </>
  );
}
