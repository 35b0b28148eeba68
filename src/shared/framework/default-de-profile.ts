import { builtInHead, gather } from './local-text.ts';
import type { FrameworkDocument, LocalText } from './schema.ts';
import { en } from './de-profile-text/en.ts';
import { DE_PROFILE_TEXTS } from './de-profile-text/index.ts';
import type { ProfileText } from './de-profile-text/types.ts';

const local = (pick: (t: ProfileText) => string | undefined): LocalText => gather(DE_PROFILE_TEXTS, pick);

/** The principles, and the facets of sustainability (each counts toward sustainability as a whole). */
const PRINCIPLES = ['democratic-ownership', 'autonomy', 'partnership', 'transparency', 'accountability', 'coherence', 'inclusiveness-equality', 'sustainability'];
const FACETS = ['sustainability-democratic', 'sustainability-political', 'sustainability-organisational', 'sustainability-financial', 'sustainability-environmental'];

/** Statements about how the partners work, by stage, each counting toward one or more principles. */
const STATEMENTS: Record<string, Record<string, string[]>> = {
  planning: {
    'planned-with-members': ['democratic-ownership', 'inclusiveness-equality'],
    'demand-driven': ['democratic-ownership', 'autonomy'],
    'own-priorities': ['autonomy', 'coherence'],
    'joint-budget': ['partnership', 'transparency'],
  },
  working: {
    'equal-say': ['partnership', 'democratic-ownership'],
    'own-structures': ['autonomy', 'sustainability-organisational'],
    'coordinated-support': ['coherence'],
    'women-youth-informal': ['inclusiveness-equality'],
  },
  monitoring: {
    'shared-monitoring': ['partnership', 'accountability'],
    'mutual-reporting': ['transparency', 'accountability'],
    'report-to-members': ['accountability', 'democratic-ownership', 'sustainability-democratic'],
    'open-information': ['transparency'],
  },
  after: {
    'exit-plan': ['sustainability', 'sustainability-organisational'],
    'own-resources': ['sustainability-financial', 'autonomy'],
    'lasting-voice': ['sustainability-political', 'coherence'],
    environment: ['sustainability-environmental', 'coherence'],
    'members-carry-on': ['sustainability-democratic', 'democratic-ownership'],
  },
};

/**
 * A second built-in framework, in our own words: the development effectiveness of a partnership
 * between a supporting and a receiving union organisation (in the spirit of the Istanbul and Busan
 * principles as the trade-union development network applies them). Each partner fills it in; the
 * analysis compares the two profiles principle by principle.
 */
export const DEFAULT_DE_PROFILE: FrameworkDocument = {
  ...builtInHead('de-profile', DE_PROFILE_TEXTS),
  scale: { min: 1, max: 5, labels: en.scale.map((_, i) => local((t) => t.scale[i])), dontKnow: false },
  groups: Object.entries(STATEMENTS).map(([group, items]) => ({
    id: group,
    label: local((t) => t.groups[group]),
    items: Object.entries(items).map(([id, dimensions]) => ({ id, label: local((t) => t.items[id]?.label), explanation: local((t) => t.items[id]?.explanation), dimensions })),
  })),
  factors: [],
  dimensions: [...PRINCIPLES.map((id) => ({ id, label: local((t) => t.dimensions[id]) })), ...FACETS.map((id) => ({ id, label: local((t) => t.dimensions[id]), parent: 'sustainability' }))],
};
