/** English: sync status and errors, shown from the first screen on. */
export const sync = {
  sync: {
    now: 'Sync now',
    syncing: 'Syncing…',
    progress: '{{ done }} of {{ total }} changes sent',
    never: 'Not synced yet',
    done: 'All changes synced.',
    last: 'Last synced {{ when }}',
    justNow: 'just now',
    errors: {
      offline: 'No connection to the server. Your changes are safe on this device; they will be sent when the connection returns.',
      unauthorized: 'The server did not accept this device’s access key: it may have been revoked. Ask your administrator or facilitator for a new one in Settings.',
      protocol_outdated: 'This version of the app is too old for the server. Reload the app to update it.',
      server_error: 'The server had a problem. Your changes are safe on this device; sync will try again.',
      rate_limited: 'The server asked this device to slow down. Your changes are safe; sync will try again shortly.',
      server_busy: 'The server is busy. Your changes are safe; sync will try again in a moment.',
      cofacilitator_removed: {
        one: 'This device no longer facilitates a workshop: its owner removed you. {{ count }} change was not sent; it is kept here. Save it to a file in Settings for the owner, or ask the owner to add you again.',
        other:
          'This device no longer facilitates a workshop: its owner removed you. {{ count }} changes were not sent; they are kept here. Save them to a file in Settings for the owner, or ask the owner to add you again.',
      },
      rejected: {
        one: 'The server refused {{ count }} change. It is kept on this device; ask your facilitator.',
        other: 'The server refused {{ count }} changes. They are kept on this device; ask your facilitator.',
      },
      no_key: 'Sync is off on this device: add an access key in Settings.',
      key_revoked: 'This access key was revoked by the server’s administrator. Your changes are safe on this device: ask for a new key and enter it in Settings.',
      invitation_retired: 'This invitation no longer works: ask the facilitator for the new QR code. Your answers are safe on this phone until then.',
      device_unproven: 'The server could not confirm this device. Your changes are safe on it: reload the app to update it, then tap Sync now.',
      request_timeout: 'The connection was too slow and the server stopped waiting. Your changes are safe; sync tries again in a few seconds, or tap Sync now.',
      insecure_origin: 'This device cannot prove who it is on this address. Open the app over https (ask your administrator for the address); your changes are safe here meanwhile.',
    },
    openSettings: 'Open Settings',
    seeRefused: 'See the refused changes and why',
  },
} as const;
