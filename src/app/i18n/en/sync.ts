/** English: sync status, errors and settings. */
export const sync = {
  sync: {
    now: 'Sync now',
    syncing: 'Syncing…',
    never: 'Not synced yet',
    last: 'Last synced {{ when }}',
    justNow: 'just now',
    errors: {
      offline: 'No connection to the server. Your changes are safe on this device; they will be sent when the connection returns.',
      unauthorized: 'The server did not accept this device’s access key: it may have been revoked. Ask your administrator or facilitator for a new one in Settings.',
      protocol_outdated: 'This version of the app is too old for the server. Reload the app to update it.',
      server_error: 'The server had a problem. Your changes are safe on this device; sync will try again.',
      rejected: { one: 'The server refused {{ count }} change. It is kept on this device; ask your facilitator.', other: 'The server refused {{ count }} changes. They are kept on this device; ask your facilitator.' },
      no_key: 'Sync is off on this device: add an access key in Settings.',
    },
  },
  settings: {
    title: 'Settings',
    nav: 'Settings',
    server: 'Server: {{ server }}',
    keyTitle: 'Access key',
    keyHint: 'The key your administrator gave you. It stays on this device.',
    fieldKey: 'Access key',
    saveKey: 'Save key and sync',
    keySaved: 'Key saved. Syncing…',
    keyInvalid: 'An access key is letters, digits and underscores, like wcf_abc…',
    keyOn: 'This device syncs with an access key.',
    removeKey: 'Remove the key from this device',
    removeRefused: { one: 'Not removed: {{ count }} change is not synced yet. Sync first.', other: 'Not removed: {{ count }} changes are not synced yet. Sync first.' },
    keyRemoved: 'Key removed. This device no longer syncs.',
  },
} as const;
