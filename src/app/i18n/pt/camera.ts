/** Portuguese: the camera that reads participants' QR codes. */
export const camera = {
  camera: {
    starting: 'A abrir a câmara…',
    off: 'A câmara está desligada.',
    refused: 'A câmara não está autorizada. Autorize-a para este site nas definições do navegador e volte a ligar a câmara.',
    missing: 'Não foi encontrada nenhuma câmara neste dispositivo.',
    busy: 'A câmara está a ser usada por outra aplicação. Feche essa aplicação e volte a ligar a câmara.',
    unsupported: 'Este navegador não consegue abrir a câmara aqui. Abra a aplicação por https num navegador recente.',
    failed: 'Não foi possível iniciar a câmara. Tente novamente.',
    start: 'Ligar a câmara',
    stop: 'Desligar a câmara',
  },
} as const;
