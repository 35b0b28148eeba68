/** Portuguese: photos waiting to be sent, and the space they take on this device. */
export const photoSync = {
  photoSync: {
    title: 'Fotografias à espera de envio',
  },
};
