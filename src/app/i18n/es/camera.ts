/** Spanish: the camera that reads participants' QR codes. */
export const camera = {
  camera: {
    starting: 'Abriendo la cámara…',
    off: 'La cámara está apagada.',
    refused: 'La cámara no está permitida. Permítala para este sitio en la configuración del navegador y vuelva a encender la cámara.',
    missing: 'No se encontró ninguna cámara en este dispositivo.',
    busy: 'Otra aplicación está usando la cámara. Cierre esa aplicación y vuelva a encender la cámara.',
    unsupported: 'Este navegador no puede abrir la cámara aquí. Abra la aplicación por https en un navegador reciente.',
    failed: 'La cámara no pudo iniciarse. Inténtelo de nuevo.',
    start: 'Encender la cámara',
    stop: 'Apagar la cámara',
  },
} as const;
