/** Spanish: photos waiting to be sent, and the space they take on this device. */
export const photoSync = {
  photoSync: {
    title: 'Fotos pendientes de envío',
    waiting: { one: '{{ count }} foto pendiente de envío', other: '{{ count }} fotos pendientes de envío' },
    sending: 'enviando…',
    errors: {
      offline: 'sin conexión: se enviarán con la próxima sincronización',
      rate_limited: 'el servidor pidió esperar: se enviarán más tarde',
      server_busy: 'el servidor está ocupado: se enviarán más tarde',
    },
    refused: {
      one: 'El servidor rechazó {{ count }} foto. Se queda en este dispositivo; exporte el taller para guardar una copia.',
      other: 'El servidor rechazó {{ count }} fotos. Se quedan en este dispositivo; exporte el taller para guardar una copia.',
    },
    spaceTitle: 'Las fotos están llenando este dispositivo',
    spaceBody:
      'Las fotos ocupan {{ used }} aquí. {{ count }} originales ({{ size }}) ya están en el servidor: pueden quitarse de este dispositivo. Sus miniaturas se quedan, y cada original se descarga de nuevo al abrirlo. Las fotos aún no enviadas nunca se quitan.',
    freeSpace: 'Quitar los originales enviados ({{ size }})',
    freed: '{{ size }} liberados. Las miniaturas se quedan en este dispositivo.',
  },
};
