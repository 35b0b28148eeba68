/** English: photos waiting to be sent, and the space they take on this device. */
export const photoSync = {
  photoSync: {
    title: 'Photos waiting to be sent',
    waiting: { one: '{{ count }} photo waiting to be sent', other: '{{ count }} photos waiting to be sent' },
    sending: 'sending…',
    errors: {
      offline: 'no connection: they go with the next sync',
      rate_limited: 'the server asked to wait: they go with a later sync',
      server_busy: 'the server is busy: they go with a later sync',
    },
    refused: {
      one: 'The server refused {{ count }} photo. It stays on this device; export the workshop to keep a copy.',
      other: 'The server refused {{ count }} photos. They stay on this device; export the workshop to keep a copy.',
    },
    spaceTitle: 'Photos are filling this device',
    spaceBody:
      'Photos take {{ used }} here. {{ count }} originals ({{ size }}) are already on the server: they can be removed from this device. Their thumbnails stay, and each original downloads again when it is opened. Photos not yet sent are never removed.',
    freeSpace: 'Remove sent originals ({{ size }})',
    freed: '{{ size }} freed. Thumbnails stay on this device.',
  },
};
