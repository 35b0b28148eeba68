// What other features use of the agenda: the participant's read-only agenda.
export { ParticipantAgenda } from './ParticipantAgenda.tsx';
// The projector shows the session's countdown.
export { ProjectorTimer } from './ProjectorTimer.tsx';
