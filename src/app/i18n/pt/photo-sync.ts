/** Portuguese: photos waiting to be sent, and the space they take on this device. */
export const photoSync = {
  photoSync: {
    title: 'Fotografias à espera de envio',
    waiting: { one: '{{ count }} fotografia à espera de envio', other: '{{ count }} fotografias à espera de envio' },
    sending: 'a enviar…',
    errors: {
      offline: 'sem ligação: seguem na próxima sincronização',
      rate_limited: 'o servidor pediu para esperar: seguem mais tarde',
      server_busy: 'o servidor está ocupado: seguem mais tarde',
    },
    refused: {
      one: 'O servidor recusou {{ count }} fotografia. Fica neste dispositivo; exporte o workshop para guardar uma cópia.',
      other: 'O servidor recusou {{ count }} fotografias. Ficam neste dispositivo; exporte o workshop para guardar uma cópia.',
    },
    spaceTitle: 'As fotografias estão a encher este dispositivo',
    spaceBody:
      'As fotografias ocupam {{ used }} aqui. {{ count }} originais ({{ size }}) já estão no servidor: podem ser retirados deste dispositivo. As miniaturas ficam, e cada original volta a ser descarregado quando é aberto. As fotografias ainda não enviadas nunca são retiradas.',
    freeSpace: 'Retirar os originais enviados ({{ size }})',
    freed: '{{ size }} libertados. As miniaturas ficam neste dispositivo.',
  },
};
