/** English: installing the app, the home screen on iPad and iPhone, and the plain-http warning. */
export const install = {
  install: {
    title: 'The app on this device',
    offer: 'Install the app on this device: it then opens from the home screen and works without a network.',
    action: 'Install the app',
    notNow: 'Not now',
    installed: 'The app is installed on this device: open it from the home screen.',
    fromMenu: 'To install the app, open the browser’s menu and choose “Install app” or “Add to Home screen”.',
    homeScreen: 'On an iPad or iPhone, your data is safest with the app on the home screen: Safari may clear a website’s storage after a few weeks without use. Tap Share, then “Add to Home Screen”.',
    gotIt: 'Got it',
    plainHttpTitle: 'This address is not secure (plain http)',
    cannotStart: 'The app cannot start at this address.',
    plainHttp:
      'Over plain http the app cannot work offline or be installed, and phones cannot join a workshop. Open it at its https:// address instead; the person who runs the server can set that up with the HTTPS recipe of the administrator’s guide.',
    hideForNow: 'Hide for now',
  },
} as const;
