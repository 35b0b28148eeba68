/** English: photos waiting to be sent, and the space they take on this device. */
export const photoSync = {
  photoSync: {
    title: 'Photos waiting to be sent',
  },
};
