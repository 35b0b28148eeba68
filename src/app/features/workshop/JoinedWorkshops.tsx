import type { Workshop } from '../../../shared/schemas/records.ts';
import { t } from '../../i18n/index.ts';
import { WorkshopCards } from './WorkshopList.tsx';

export interface JoinedWorkshopsProps {
  workshops: readonly Workshop[];
  hrefOf: (w: Workshop) => string;
  onLink: (e: MouseEvent) => void;
}

/** The workshops a participant's phone joined, each a card whose title opens it (a full-size target). */
export function JoinedWorkshops(props: JoinedWorkshopsProps) {
  return <WorkshopCards workshops={props.workshops} label={t('participant.homeTitle')} hrefOf={props.hrefOf} onLink={props.onLink} linkClass="button button--primary" />;
}
