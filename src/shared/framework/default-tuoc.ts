import { TUOC_GROUPS, TUOC_GROUP_NAMES } from '../tuoc.ts';
import { builtInHead, gather } from './local-text.ts';
import type { FrameworkDocument, LocalText } from './schema.ts';
import { en } from './tuoc-text/en.ts';
import { TUOC_TEXTS } from './tuoc-text/index.ts';
import type { FrameworkText } from './tuoc-text/types.ts';

const local = (pick: (t: FrameworkText) => string | undefined): LocalText => gather(TUOC_TEXTS, pick);

/**
 * The default TUOC self-assessment, following the framework's published structure (TUDCN with HIVA
 * KU Leuven, 2019): three types of capacity holding nine capacities, six key operating principles,
 * and external factors for step 2. The names of the types, capacities and principles are the
 * framework's; explanations, guiding questions, the scale's words and the factors are our own,
 * since the survey's wording is not public in full. Item ids match the TUOC ids used to tag notes
 * and practices; the words of each language live in tuoc-text/, keyed by these ids.
 */
export const DEFAULT_TUOC: FrameworkDocument = {
  ...builtInHead('tuoc', TUOC_TEXTS),
  scale: {
    min: 1,
    max: 5,
    labels: en.scale.map((_, i) => local((t) => t.scale[i])),
    dontKnow: true,
  },
  groups: TUOC_GROUP_NAMES.map((group) => ({
    id: group,
    label: local((t) => t.groups[group]),
    items: TUOC_GROUPS[group].map((id) => ({
      id,
      label: local((t) => t.items[id]?.label),
      explanation: local((t) => t.items[id]?.explanation),
      questions: en.items[id].questions.map((_, i) => local((t) => t.items[id]?.questions[i])),
    })),
  })),
  factors: Object.keys(en.factors).map((id) => ({ id, label: local((t) => t.factors[id]) })),
  origin: {
    // The guidance note's English title (its French edition is the outil-COS), under a publisher line
    // that reads alike in every language. Kept short: a framework record must hold twenty built-in ones.
    title: { en: 'Trade Union Organisational Capacity tool (TUOC-tool)' },
    publisher: { en: 'TUDCN / HIVA – KU Leuven' },
    year: 2019,
    published: ['groups', 'items'],
  },
};
