/** Spanish: inviting participants and joining a workshop. */
export const join = {
  invite: {
    title: 'Invitar a participantes',
    intro:
      'Las y los participantes escanean este código o abren el enlace en su teléfono. Envíe también el enlace de antemano (WhatsApp, correo): un teléfono que lo abre una vez con conexión queda listo para unirse y responder sin red. Las respuestas llegan aquí por sincronización, o desde los teléfonos sin red (más abajo).',
    qr: 'Código QR del enlace para unirse a este taller',
    link: 'Enlace para unirse',
    copy: 'Copiar enlace',
    copied: 'Enlace copiado.',
    rotate: 'Crear un enlace nuevo (el anterior deja de funcionar)',
    rotated: 'Enlace nuevo creado. Se envía al servidor en cuanto haya conexión.',
    ready: 'Listo para los teléfonos: el servidor ya tiene este enlace y los teléfonos pueden unirse.',
    sending: 'Enviando el enlace al servidor… Los teléfonos podrán unirse en un momento.',
    offline:
      'Sin conexión: el servidor todavía no tiene este enlace. Los teléfonos que ya abrieron el enlace se unen sin red escaneando este código; los demás, cuando este dispositivo vuelva a tener conexión.',
    elsewhere:
      'La invitación de este taller se creó en otro dispositivo (el de un cofacilitador, u otro dispositivo con su clave). Los teléfonos se unen con el enlace o el código QR que se muestra allí.',
    replaceHelp:
      'Una invitación nueva reemplaza a esa: los teléfonos que abran el enlace anterior ya no pueden unirse, y los que se unieron con él dejan de sincronizarse hasta que abran el enlace nuevo. Sus respuestas quedan a salvo en los teléfonos.',
    replace: 'Crear una invitación nueva',
    needsSecure: 'Para invitar, la aplicación debe abrirse con https.',
  },
  joinScreen: {
    title: 'Unirse al taller',
    working: 'Conectando con el taller… No cierre esta página.',
    invalid: 'Este enlace está incompleto. Pida a su facilitador/a que vuelva a mostrar el código.',
    otherKey: 'Este dispositivo ya se sincroniza con una clave de facilitador/a, así que no puede unirse como participante.',
    waiting: 'El taller todavía no ha llegado a este dispositivo. Revise la conexión y vuelva a intentarlo.',
    retry: 'Volver a intentar',
  },
} as const;
