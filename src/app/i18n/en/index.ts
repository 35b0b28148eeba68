import { agenda } from './agenda.ts';
import { assessment } from './assessment.ts';
import { common } from './common.ts';
import { frameworks } from './frameworks.ts';
import { translations } from './translations.ts';
import { notes } from './notes.ts';
import { people } from './people.ts';
import { tuoc } from './tuoc.ts';
import { sync } from './sync.ts';
import { settingsScreen } from './settings-screen.ts';
import { join } from './join.ts';
import { refusals } from './refusals.ts';
import { handover } from './handover.ts';
import { handing } from './handing.ts';
import { workshop } from './workshop.ts';
import { exports } from './exports.ts';
import { compendium } from './compendium.ts';
import { projectDirectory } from './projects.ts';
import { countries } from './countries.ts';
import { camera } from './camera.ts';
import { participant } from './participant.ts';
import { cards } from './cards.ts';
import { votes } from './votes.ts';
import { agreed } from './agreed.ts';
import { history } from './history.ts';
import { board } from './board.ts';
import { photos } from './photos.ts';
import { photoSync } from './photo-sync.ts';
import { install } from './install.ts';
import { frameworkOrigin } from './framework-origin.ts';
import { cofacilitators } from './cofacilitators.ts';

/**
 * English, the reference dictionary: every other language must have exactly these keys.
 * Templates use {{ name }}; plural forms are keyed by Intl.PluralRules categories.
 */
export const en = {
  ...common,
  ...workshop,
  ...agenda,
  ...people,
  ...notes,
  ...tuoc,
  ...assessment,
  ...frameworks,
  ...translations,
  ...sync,
  ...settingsScreen,
  ...join,
  ...refusals,
  ...handing,
  ...handover,
  ...exports,
  ...compendium,
  ...projectDirectory,
  ...countries,
  ...camera,
  ...participant,
  ...agreed,
  ...history,
  ...votes,
  ...cards,
  ...board,
  ...photos,
  ...photoSync,
  ...install,
  ...frameworkOrigin,
  ...cofacilitators,
} as const;

/** CLDR plural categories: a language may need more forms than English (Arabic uses all six). */
type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
/** A plural message: an object whose keys are all plural categories (an enum with an "other" value is not one). */
type IsPlural<T> = T extends { other: string } ? ([Exclude<keyof T, PluralCategory>] extends [never] ? true : false) : false;
type Widen<T> = IsPlural<T> extends true ? { -readonly [K in keyof T]: string } & Partial<Record<PluralCategory, string>> : { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** The shape every translation must have: the same keys as English, any wording (and any plural forms it needs). */
export type Dictionary = Widen<typeof en>;
