import * as i18n from '@solid-primitives/i18n';
import { createMemo, createSignal } from 'solid-js';
import type { Dictionary } from './en/index.ts';
import { common } from './en/common.ts';
import { sync } from './en/sync.ts';
import { directionOf, isLocale, preferredLocale, type Locale } from './locales.ts';
import { COUNTRY_CODES } from '../../shared/countries.ts';

export type { Locale } from './locales.ts';

/**
 * Dictionaries are chunks of their own (precached, so they load offline too). Only the English
 * words of the first screen (the shell, the list, status and sync) ship with it; every later
 * screen waits for its language's whole dictionary (see `ensureMessages`).
 */
const LOADERS: Record<Locale, () => Promise<Dictionary>> = {
  en: () => import('./en/index.ts').then((m) => m.en),
  fr: () => import('./fr/index.ts').then((m) => m.fr),
  es: () => import('./es/index.ts').then((m) => m.es),
  ar: () => import('./ar/index.ts').then((m) => m.ar),
  pt: () => import('./pt/index.ts').then((m) => m.pt),
};
// The first screen's words: what it reads is checked against this by a unit test.
const FIRST_SCREEN = { ...common, ...sync } as unknown as Dictionary;
const [loaded, setLoaded] = createSignal<Partial<Record<Locale, Dictionary>>>({});
const [locale, setLocaleSignal] = createSignal<Locale>('en');
export { locale };

const fetched: Partial<Record<Locale, Promise<Dictionary>>> = {};

/** A dictionary's code, fetched and evaluated once; a failed fetch may be tried again. */
function fetchDictionary(l: Locale): Promise<Dictionary> {
  return (fetched[l] ??= LOADERS[l]().catch((err: unknown) => {
    delete fetched[l];
    throw err;
  }));
}

async function load(l: Locale): Promise<void> {
  if (loaded()[l]) return;
  const dictionary = await fetchDictionary(l);
  setLoaded((all) => ({ ...all, [l]: dictionary }));
}

/**
 * Fetch a language's whole dictionary ahead of need (a deep link at start, idle time after the
 * first screen) without putting it in use: every word on screen would be looked up again, a long
 * task on a cheap phone for the same words. A screen that needs it puts it in use (`ensureMessages`).
 */
export const preloadMessages = (l: Locale): Promise<void> => fetchDictionary(l).then(() => undefined);

/** Resolves once the current language's whole dictionary is here: screens past the first wait for it. */
export function ensureMessages(): Promise<void> {
  return load(locale());
}

const STORAGE_KEY = 'locale';

/**
 * Show the app in a language: its dictionary is loaded first (so no screen shows half-translated),
 * the document's `lang` and `dir` follow, and the choice is remembered on this device.
 */
let latestSwitch = 0;

export async function setLocale(next: Locale, opts: { remember?: boolean; firstScreen?: boolean } = { remember: true }): Promise<void> {
  const request = ++latestSwitch;
  // At start, English shows the first screen with its own words; otherwise a language loads whole before it shows.
  if (!(opts.firstScreen && next === 'en')) await load(next);
  // Two quick switches: the last one chosen wins, whichever dictionary arrives first.
  if (request !== latestSwitch) return;
  setLocaleSignal(next);
  document.documentElement.lang = next;
  document.documentElement.dir = directionOf(next);
  if (opts.remember) {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode or a full disk: the choice then lasts until the tab closes.
    }
  }
}

/** The language to start in: the one chosen on this device, else the browser's when the app speaks it, else English. */
export function startLocale(): Locale {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(STORAGE_KEY);
  } catch {
    saved = null;
  }
  return isLocale(saved) ? saved : preferredLocale(navigator.languages ?? [navigator.language]);
}

/**
 * A formatter (or what is made with one, such as a sorted list) made once per language, on first
 * use. Making Intl formatters costs tens of milliseconds on a cheap phone (locale data is loaded),
 * so none is made at start unless the first screen asks for it. Reading it inside a computation
 * still tracks the language.
 */
function perLocale<T>(make: (l: Locale) => T): () => T {
  let made: { l: Locale; value: T } | undefined;
  return () => {
    const l = locale();
    if (made?.l !== l) made = { l, value: make(l) };
    return made.value;
  };
}

const dictionary = createMemo(() => loaded()[locale()] ?? loaded().en ?? FIRST_SCREEN);
type Flat = i18n.Flatten<Dictionary>;
export type MessageKey = { [K in keyof Flat]: Flat[K] extends string ? K : never }[keyof Flat];

/** Each dictionary's looked-up keys, so a word read on every render walks its path once. */
const resolved = new WeakMap<object, Map<string, unknown>>();

/**
 * The entry at a dotted key (`workshop.form.title`), as `i18n.flatten` would give it. Looked up
 * on demand, not flattened whole: a dictionary has over a thousand entries, a screen reads tens,
 * and flattening it was a share of the task that shows a screen in a newly loaded language.
 */
export function lookup(dict: object, key: string): unknown {
  let known = resolved.get(dict);
  if (!known) resolved.set(dict, (known = new Map<string, unknown>()));
  if (known.has(key)) return known.get(key);
  let node: unknown = dict;
  for (const part of key.split('.')) node = node !== null && typeof node === 'object' && Object.hasOwn(node, part) ? (node as Record<string, unknown>)[part] : undefined;
  known.set(key, node);
  return node;
}

const entry = (key: string): unknown => lookup(dictionary(), key);

/** Translate a key; `{{ name }}` placeholders are filled from `args`. */
export function t(key: MessageKey, args?: Record<string, string | number>): string {
  const template = entry(key);
  return typeof template === 'string' ? i18n.resolveTemplate(template, args ?? {}) : key;
}

type PluralBase = { [K in keyof Flat]: Flat[K] extends { one: string; other: string } ? K : never }[keyof Flat];

/** Translate a plural message: picks the CLDR form for `count` (and `zero` when the dictionary has one). */
export function tp(key: PluralBase, count: number, args?: Record<string, string | number>): string {
  const forms = entry(key) as Record<string, string>;
  const rule = pluralRules().select(count);
  const template = (count === 0 ? forms.zero : undefined) ?? forms[rule] ?? forms.other ?? String(key);
  return i18n.resolveTemplate(template, { count: formatNumber(count), ...args });
}

const pluralRules = perLocale((l) => new Intl.PluralRules(l));

/** One list formatter per language: "A, B and C" in English, "A، B و C" in Arabic. */
const listFormat = perLocale((l) => new Intl.ListFormat(l, { style: 'long', type: 'conjunction' }));

/** A list of names in the reader's language. */
export function formatList(items: readonly string[]): string {
  return listFormat().format(items.filter(Boolean));
}

/** A mean, spread or other statistic: at most `digits` decimals in the reader's language, a dash when there is none. */
export function formatScore(v: number | null, digits = 2): string {
  return v === null ? '–' : formatNumber(Number(v.toFixed(digits)));
}

const numberFormat = perLocale((l) => new Intl.NumberFormat(l));
/** Languages whose numbers are written in the digits 0-9 (Arabic may use its own digits). */
const LATIN_DIGITS: ReadonlySet<Locale> = new Set(['en', 'fr', 'es', 'pt']);

export function formatNumber(n: number): string {
  // The first Intl.NumberFormat of a page costs 25-45 ms here (four times that on a cheap phone)
  // while it loads number data; the first screen's counts are small whole numbers, which every
  // one of these languages writes plainly, so the first screen does not pay for it.
  if (Number.isInteger(n) && n >= 0 && n < 1000 && LATIN_DIGITS.has(locale())) return String(n);
  return numberFormat().format(n);
}

const dateFormat = perLocale((l) => new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeZone: 'UTC' }));

/** A calendar date (YYYY-MM-DD) in the reader's language, without time-zone shifts. */
export function formatDate(iso: string): string {
  if (!iso) return '';
  const d = new Date(`${iso}T12:00:00Z`);
  return dateFormat().format(d);
}

/**
 * Country names come from the dictionary in use (generated from CLDR, already sorted as the
 * language sorts): making the browser's region names costs a cheap phone tens of milliseconds per
 * language. Only the first screen, before a whole dictionary is here, asks the browser.
 */
const countryTable = createMemo((): Readonly<Record<string, string>> | undefined => (dictionary() as Partial<Dictionary>).countries);
const regionNames = perLocale((l) => new Intl.DisplayNames([l], { type: 'region' }));

export function countryName(code: string): string {
  if (!code) return '';
  const named = countryTable()?.[code];
  if (named) return named;
  try {
    return regionNames().of(code) ?? code;
  } catch {
    return code;
  }
}

/** The dictionary's countries as choices, in the order the table keeps (its language's). */
const dictionaryCountries = createMemo(() => {
  const table = countryTable();
  return table && Object.entries(table).map(([value, label]) => ({ value, label }));
});
/** The first screen's fallback, before a whole dictionary is here: the browser names and sorts. */
const browserCountries = perLocale((l) => {
  const collator = new Intl.Collator(l);
  return COUNTRY_CODES.map((code) => ({ value: code, label: countryName(code) })).sort((a, b) => collator.compare(a.label, b.label));
});

/** Every country as a choice, named and sorted in the reader's language (about 250). */
export const countryOptions = (): readonly { value: string; label: string }[] => dictionaryCountries() ?? browserCountries();

const relativeTime = perLocale((l) => new Intl.RelativeTimeFormat(l, { numeric: 'auto' }));

/** "5 minutes ago", in the reader's language. */
export function formatAgo(epochMs: number, now = Date.now()): string {
  const seconds = Math.round((epochMs - now) / 1000);
  const rtf = relativeTime();
  if (Math.abs(seconds) < 60) return rtf.format(seconds, 'second');
  const minutes = Math.round(seconds / 60);
  if (Math.abs(minutes) < 60) return rtf.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 24) return rtf.format(hours, 'hour');
  return rtf.format(Math.round(hours / 24), 'day');
}
