/**
 * English, the reference dictionary: every other language must have exactly these keys.
 * Templates use {{ name }}; plural forms are keyed by Intl.PluralRules categories.
 */
export const en = {
  app: {
    name: 'Workshop companion',
    skipToContent: 'Skip to content',
    version: 'Version {{ version }}',
    loading: 'Loading…',
  },
  nav: {
    home: 'Workshops',
  },
  home: {
    title: 'Workshops',
    newWorkshop: 'New workshop',
    emptyTitle: 'No workshops yet',
    emptyBody:
      'Create your first workshop to start capturing notes, participants and capacity scores. Everything is saved on this device and works without a network.',
    count: { one: '{{ count }} workshop', other: '{{ count }} workshops' },
    dates: '{{ start }} – {{ end }}',
  },
  workshopForm: {
    title: 'New workshop',
    intro: 'Required fields are marked. You can change everything later.',
    required: 'required',
    fieldTitle: 'Title',
    fieldTheme: 'Theme',
    themeChoose: 'Choose a theme',
    themeOther: 'Other theme (type your own)',
    fieldThemeOther: 'Your theme',
    fieldStart: 'Start date',
    fieldEnd: 'End date',
    fieldVenue: 'Venue',
    fieldCountry: 'Country',
    countryNone: 'Not set',
    save: 'Save workshop',
    cancel: 'Cancel',
    saved: 'Workshop “{{ title }}” saved on this device.',
    fixErrors: 'The workshop was not saved. Please fix the fields marked below.',
    draftRestored: 'We kept what you typed last time.',
  },
  themes: {
    'informal-economy': 'Informal economy',
    'occupational-safety-health': 'Occupational safety and health',
    'social-protection': 'Social protection',
    'gender-equality': 'Gender equality',
    'social-dialogue': 'Social dialogue',
    'just-transition': 'Just transition',
    'migrant-workers': 'Migrant workers',
    youth: 'Youth',
  },
  validation: {
    required: 'Please fill this in.',
    tooLong: 'Too long: at most {{ max }} characters.',
    date: 'Please give a date (year, month, day).',
    endBeforeStart: 'The end date cannot be before the start date.',
    country: 'Please choose a country from the list.',
    invalid: 'This value is not valid.',
  },
  status: {
    region: 'Device status',
    online: 'Online',
    offline: 'Offline – everything is saved on this device',
    unsynced: {
      zero: 'No changes waiting to sync',
      one: '{{ count }} change not yet synced',
      other: '{{ count }} changes not yet synced',
    },
    storageUse: 'Storage: {{ used }} of {{ quota }}',
    storageUnknown: 'Storage use unknown',
    persisted: 'Protected storage',
    notPersisted: 'Storage may be cleared by the browser',
    persistAsk: 'Protect storage',
    persistDenied: 'The browser did not grant protected storage. Export your data regularly.',
  },
  update: {
    ready: 'A new version of the app is ready.',
    apply: 'Update',
    later: 'Later',
    blockedByForm: 'Save or cancel the open form first, then update. Nothing you typed is lost.',
    unsyncedKept: {
      one: 'Your {{ count }} unsynced change stays on this device.',
      other: 'Your {{ count }} unsynced changes stay on this device.',
    },
    reloadPending: 'The new version is installed. Reload when you have saved your work.',
    reload: 'Reload now',
    offlineReady: 'The app is ready to work offline.',
  },
  error: {
    not_found: 'This item no longer exists on this device.',
    invalid_record: 'Some fields are not valid. Please check them.',
    quota_exceeded: 'This device is out of storage space. Export your data, then free some space.',
    write_failed: 'Saving failed. Your text is still in the form: please try again.',
    open_failed:
      'The app could not open its storage on this device. Close other tabs of the app and reload; in private browsing, use a normal window.',
  },
} as const;

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** The shape every translation must have: the same keys as English, any wording. */
export type Dictionary = Widen<typeof en>;
