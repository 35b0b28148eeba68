/** English: installing the app, the home screen on iPad and iPhone, and the plain-http warning. */
export const install = {
  install: {
    title: 'The app on this device',
    offer: 'Install the app on this device: it then opens from the home screen and works without a network.',
    action: 'Install the app',
    notNow: 'Not now',
    installed: 'The app is installed on this device: open it from the home screen.',
    fromMenu: 'To install the app, open the browser’s menu and choose “Install app” or “Add to Home screen”.',
    homeScreen:
      'Safari may clear this site’s data after weeks unused: sync often. A home-screen app (Share → Add to Home Screen) is spared but starts empty: add it before you start, then open your key link (or join link) in it.',
    homeScreenSteps:
      'On an iPad or iPhone, Safari may clear this website’s data after some weeks without use, so sync often. An app added to the home screen (tap Share, then “Add to Home Screen”) is spared, but it has storage of its own and starts empty: add it before you start working, then open your key link (or the join link) in it. Already working in Safari? Sync first: changes not yet synced stay behind in Safari.',
    gotIt: 'Got it',
    plainHttpTitle: 'This address is not secure (plain http)',
    cannotStart: 'The app cannot start at this address.',
    plainHttp:
      'Over plain http the app cannot work offline or be installed, and phones cannot join a workshop. Open it at its https:// address instead; the person who runs the server can set that up with the HTTPS recipe of the administrator’s guide.',
    hideForNow: 'Hide for now',
  },
} as const;
