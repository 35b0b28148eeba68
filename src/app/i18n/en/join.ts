/** English: inviting participants and joining a workshop. */
export const join = {
  invite: {
    title: 'Invite participants',
    intro:
      'Participants scan this code or open the link on their phone. Send the link beforehand too (WhatsApp, email): a phone that opens it once with a connection is ready to join and score with no network. Answers arrive here by sync, or from the phones with no network (below).',
    qr: 'QR code of the link to join this workshop',
    link: 'Link to join',
    copy: 'Copy link',
    copied: 'Link copied.',
    rotate: 'Make a new link (the old one stops working)',
    rotated: 'New link made. It goes to the server at once when there is a connection.',
    ready: 'Ready for phones: the server has this link, so phones can join now.',
    sending: 'Sending the link to the server… Phones can join in a moment.',
    offline: 'No connection: the server does not have this link yet. Phones that opened the link before join with no network by scanning this code; the others join once this device is back online.',
    elsewhere: 'The invitation for this workshop was made on another device (a co-facilitator’s, or another device signed in with your key). Phones join with the link or QR code shown there.',
    replaceHelp:
      'A new invitation replaces that one: phones that open the old link can no longer join, and phones that joined with it stop syncing until they open the new link. Their answers stay safe on the phones.',
    replace: 'Make a new invitation',
    needsSecure: 'Inviting needs the app opened over https.',
  },
  joinScreen: {
    title: 'Joining the workshop',
    working: 'Connecting to the workshop… Keep this page open.',
    invalid: 'This link is not complete. Ask the facilitator to show the code again.',
    otherKey: 'This device already syncs with a facilitator key, so it cannot join as a participant.',
    waiting: 'The workshop is not here yet. Check the connection, then try again.',
    retry: 'Try again',
  },
} as const;
