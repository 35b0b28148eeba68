import type { Dictionary } from '../en/index.ts';
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

/** Spanish. */
export const es = {
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
} satisfies Dictionary;
