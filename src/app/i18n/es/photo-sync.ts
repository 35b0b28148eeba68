/** Spanish: photos waiting to be sent, and the space they take on this device. */
export const photoSync = {
  photoSync: {
    title: 'Fotos pendientes de envío',
  },
};
