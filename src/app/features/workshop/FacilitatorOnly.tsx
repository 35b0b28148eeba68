import { t } from '../../i18n/index.ts';

export interface FacilitatorOnlyProps {
  /** Where the participant goes instead, and its words. */
  href: string;
  label: string;
  onLink: (e: MouseEvent) => void;
}

/** In place of a facilitator's screen or section on a participant's phone: a plain word and the way back. */
export function FacilitatorOnly(props: FacilitatorOnlyProps) {
  return (
    <>
      <div class="page-head">
        <h1 tabindex="-1">{t('participant.facilitatorOnlyTitle')}</h1>
      </div>
      <div class="empty" data-testid="facilitator-only">
        <p>{t('participant.facilitatorOnly')}</p>
        <a class="button button--primary" href={props.href} onClick={(e) => props.onLink(e)}>
          {props.label}
        </a>
      </div>
    </>
  );
}
