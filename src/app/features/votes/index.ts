// What other features may use of votes: everything else in this folder is its own.
export { VotesSection } from './VotesSection.tsx';
export { PhoneVotesSection } from './PhoneVotesSection.tsx';
