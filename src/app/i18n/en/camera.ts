/** English: the camera that reads participants' QR codes. */
export const camera = {
  camera: {
    starting: 'Opening the camera…',
    off: 'The camera is off.',
    refused: 'The camera is not allowed. Allow it for this site in the browser’s settings, then start the camera again.',
    missing: 'No camera was found on this device.',
    busy: 'The camera is in use by another app. Close that app, then start the camera again.',
    unsupported: 'This browser cannot open the camera here. Open the app over https in a recent browser.',
    failed: 'The camera could not start. Try again.',
    start: 'Start camera',
    stop: 'Stop camera',
  },
} as const;
