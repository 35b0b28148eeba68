// What other features use of joining: the offer a join code carries.
export { offerText } from './join-offer.ts';
