/** Arabic: photos waiting to be sent, and the space they take on this device. */
export const photoSync = {
  photoSync: {
    title: 'صور في انتظار الإرسال',
  },
};
