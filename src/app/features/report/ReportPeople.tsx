import { For } from 'solid-js';
import { GENDERS, NOTE_KINDS, type Note, type Organisation, type Participant } from '../../../shared/schemas/records.ts';
import { countryName, formatNumber, t, tp } from '../../i18n/index.ts';
import { Breakdown } from '../workshop/index.ts';
import { DataTable } from '../../ui/DataTable.tsx';
import { Show } from 'solid-js';

const NOTES_PER_KIND = 20;

/** Who took part: organisations with their participant counts, and the gender breakdown where recorded. */
export function ReportPeople(props: { organisations: readonly Organisation[]; participants: readonly Participant[] }) {
  const countOf = (orgId: string) => props.participants.filter((p) => p.organisationId === orgId).length;
  return (
    <section class="report__section" aria-labelledby="report-orgs">
      <h3 id="report-orgs">{t('report.organisations')}</h3>
      <p data-testid="report-participants">{tp('report.participantsTotal', props.participants.length, { organisations: tp('compendium.organisations', props.organisations.length) })}</p>
      <DataTable
        class="table"
        wrap
        rows={props.organisations}
        columns={[
          { header: t('report.organisation'), cell: (o: Organisation) => (o.acronym ? `${o.name} (${o.acronym})` : o.name) },
          { header: t('report.country'), cell: (o: Organisation) => countryName(o.country) },
          { header: t('report.kind'), cell: (o: Organisation) => t(`organisationKinds.${o.kind}`) },
          { header: t('report.participantsColumn'), cell: (o: Organisation) => formatNumber(countOf(o.id)), numeric: true },
        ]}
      />
      <Breakdown caption={t('report.gender')} rows={GENDERS.map((g) => ({ label: t(`gender.${g}`), count: props.participants.filter((p) => p.gender === g).length })).filter((r) => r.count > 0)} />
    </section>
  );
}

/** Notes grouped by kind, newest first, a bounded number per kind (the export has them all). */
export function ReportNotes(props: { notes: readonly Note[]; speaker: (n: Note) => string }) {
  return (
    <section class="report__section" aria-labelledby="report-notes">
      <h3 id="report-notes">{t('report.notes')}</h3>
      <Show when={props.notes.length > 0} fallback={<p>{t('report.none')}</p>}>
        <For each={NOTE_KINDS.filter((k) => props.notes.some((n) => n.kind === k))}>
          {(kind) => {
            const ofKind = () => props.notes.filter((n) => n.kind === kind);
            return (
              <section class="report__notes" aria-labelledby={`report-notes-${kind}`}>
                <h4 id={`report-notes-${kind}`}>
                  {t(`noteKinds.${kind}`)} ({formatNumber(ofKind().length)})
                </h4>
                <ul class="report__list">
                  <For each={ofKind().slice(0, NOTES_PER_KIND)}>
                    {(n) => (
                      <li class="case__text">
                        {n.text}
                        <Show when={props.speaker(n)}>
                          <span class="muted"> — {props.speaker(n)}</span>
                        </Show>
                      </li>
                    )}
                  </For>
                </ul>
                <Show when={ofKind().length > NOTES_PER_KIND}>
                  <p class="muted">{tp('report.moreNotes', ofKind().length - NOTES_PER_KIND)}</p>
                </Show>
              </section>
            );
          }}
        </For>
      </Show>
    </section>
  );
}
