/** Spanish: installing the app, the home screen on iPad and iPhone, and the plain-http warning. */
export const install = {
  install: {
    title: 'La aplicación en este dispositivo',
    offer: 'Instale la aplicación en este dispositivo: así se abre desde la pantalla de inicio y funciona sin red.',
    action: 'Instalar la aplicación',
    notNow: 'Ahora no',
    installed: 'La aplicación está instalada en este dispositivo: ábrala desde la pantalla de inicio.',
    fromMenu: 'Para instalar la aplicación, abra el menú del navegador y elija «Instalar aplicación» o «Añadir a pantalla de inicio».',
    homeScreen:
      'Safari puede borrar los datos de este sitio tras semanas sin uso: sincronice a menudo. Una app en la pantalla de inicio (Compartir → Añadir a pantalla de inicio) se salva pero empieza vacía: añádala antes de empezar y abra en ella su enlace de clave (o para unirse).',
    homeScreenSteps:
      'En un iPad o un iPhone, Safari puede borrar los datos de este sitio tras unas semanas sin uso, así que sincronice a menudo. Una aplicación añadida a la pantalla de inicio (toque Compartir y luego «Añadir a pantalla de inicio») se salva, pero tiene su propio almacenamiento y empieza vacía: añádala antes de empezar a trabajar y abra en ella su enlace de clave (o el enlace para unirse). ¿Ya trabaja en Safari? Sincronice primero: los cambios aún no sincronizados se quedan en Safari.',
    gotIt: 'Entendido',
    plainHttpTitle: 'Esta dirección no es segura (http simple)',
    cannotStart: 'La aplicación no puede iniciarse en esta dirección.',
    plainHttp:
      'Con http simple, la aplicación no puede funcionar sin conexión ni instalarse, y los teléfonos no pueden unirse a un taller. Ábrala en su dirección https://; quien administra el servidor puede configurarla con la receta HTTPS de la guía de administración.',
    hideForNow: 'Ocultar por ahora',
  },
} as const;
