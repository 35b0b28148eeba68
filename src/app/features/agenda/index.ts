// What other features use of the agenda: the participant's read-only agenda.
export { ParticipantAgenda } from './ParticipantAgenda.tsx';
