/** Spanish: sync status and errors, shown from the first screen on. */
export const sync = {
  sync: {
    now: 'Sincronizar ahora',
    syncing: 'Sincronizando…',
    progress: '{{ done }} de {{ total }} cambios enviados',
    never: 'Aún sin sincronizar',
    done: 'Todos los cambios están sincronizados.',
    last: 'Última sincronización: {{ when }}',
    justNow: 'hace un momento',
    errors: {
      offline: 'No hay conexión con el servidor. Sus cambios están seguros en este dispositivo; se enviarán cuando vuelva la conexión.',
      unauthorized: 'El servidor no aceptó la clave de acceso de este dispositivo: puede que la hayan revocado. Pida una nueva a su administrador/a o facilitador/a y agréguela en Configuración.',
      protocol_outdated: 'Esta versión de la aplicación es demasiado antigua para el servidor. Recargue la aplicación para actualizarla.',
      server_error: 'El servidor tuvo un problema. Sus cambios están seguros en este dispositivo; la sincronización se volverá a intentar.',
      rate_limited: 'El servidor pidió a este dispositivo que espere un poco. Sus cambios están seguros; la sincronización se volverá a intentar en breve.',
      server_busy: 'El servidor está ocupado. Sus cambios están seguros; la sincronización se volverá a intentar en un momento.',
      cofacilitator_removed: {
        one: 'Este dispositivo ya no facilita un taller: su propietario le retiró. {{ count }} cambio no se envió; se guarda aquí. Guárdelo en un archivo desde Configuración para el propietario, o pídale que le añada de nuevo.',
        other:
          'Este dispositivo ya no facilita un taller: su propietario le retiró. {{ count }} cambios no se enviaron; se guardan aquí. Guárdelos en un archivo desde Configuración para el propietario, o pídale que le añada de nuevo.',
      },
      rejected: {
        one: 'El servidor rechazó {{ count }} cambio. Se conserva en este dispositivo; consulte a su facilitador/a.',
        other: 'El servidor rechazó {{ count }} cambios. Se conservan en este dispositivo; consulte a su facilitador/a.',
      },
      no_key: 'La sincronización está desactivada en este dispositivo: agregue una clave de acceso en Configuración.',
      key_revoked: 'El/la administrador/a del servidor revocó esta clave de acceso. Sus cambios están seguros en este dispositivo: pida una clave nueva y agréguela en Configuración.',
      invitation_retired: 'Esta invitación ya no funciona: pida el nuevo código QR a su facilitador/a. Mientras tanto, sus respuestas están seguras en este teléfono.',
      device_unproven: 'El servidor no pudo confirmar la identidad de este dispositivo. Sus cambios están seguros en él: recargue la aplicación para actualizarla y luego toque «Sincronizar ahora».',
      request_timeout:
        'La conexión era demasiado lenta y el servidor dejó de esperar. Sus cambios están seguros; la sincronización se vuelve a intentar en unos segundos, o toque «Sincronizar ahora».',
      insecure_origin:
        'Este dispositivo no puede demostrar quién es en esta dirección. Abra la aplicación por https (pida la dirección a su administrador); mientras tanto, sus cambios están seguros aquí.',
    },
    openSettings: 'Abrir Configuración',
    seeRefused: 'Ver los cambios rechazados y por qué',
  },
} as const;
