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
      'En un iPad o un iPhone, sus datos están más seguros con la aplicación en la pantalla de inicio: Safari puede borrar los datos de un sitio web tras unas semanas sin uso. Toque Compartir y luego «Añadir a pantalla de inicio».',
    gotIt: 'Entendido',
    plainHttpTitle: 'Esta dirección no es segura (http simple)',
    cannotStart: 'La aplicación no puede iniciarse en esta dirección.',
    plainHttp:
      'Con http simple, la aplicación no puede funcionar sin conexión ni instalarse, y los teléfonos no pueden unirse a un taller. Ábrala en su dirección https://; quien administra el servidor puede configurarla con la receta HTTPS de la guía de administración.',
    hideForNow: 'Ocultar por ahora',
  },
} as const;
