import type { LostValue } from '../../shared/schemas/records.ts';
import type { LostValueReview } from '../core/db/lost-values.ts';
import type { EditableOf, RecordKind } from '../../shared/schemas/kinds.ts';
import { FIELD_LABELS, KIND_RULES } from '../../shared/schemas/kind-rules.ts';
import { decodeHlc } from '../../shared/hlc.ts';
import { countryName, formatAgo, formatList, t, type MessageKey } from '../i18n/index.ts';
import { capacityLabel } from '../i18n/labels.ts';

/**
 * Fields whose values are codes, by the dictionary branch that names each code as its form's
 * choices do ("running" reads "Running"), countries and capacities by their name. Other values read as stored.
 */
const VALUE_WORDS: { [K in RecordKind]?: Partial<Record<keyof EditableOf<K>, string>> } = {
  workshop: { status: 'workshopStatus', country: 'country', languages: 'languages', theme: 'themes' },
  project: { status: 'exports.projectStatus', countries: 'country', themes: 'themes' },
  agendaItem: { kind: 'agendaKinds' },
  organisation: { kind: 'organisationKinds', partnerRole: 'partnerRoles', country: 'country' },
  participant: { gender: 'gender' },
  note: { kind: 'noteKinds', capacities: 'capacity' },
  practice: { status: 'practiceStatus', capacities: 'capacity' },
  swot: { quadrant: 'swot', itemId: 'capacity' },
  action: { status: 'actionStatus', itemId: 'capacity' },
  poll: { state: 'votes.state', subject: 'votes.subject' },
  agreedScore: { itemId: 'capacity' },
};

/** One code in words, or as it is when the dictionary has no word for it (a theme of one's own). */
function codeWord(branch: string, code: string): string {
  if (branch === 'country') return countryName(code);
  // A framework's item by the built-in TUOC's words; an item of an adapted framework reads as its id.
  if (branch === 'capacity') return capacityLabel(code);
  const key = `${branch}.${code}` as MessageKey;
  const word = t(key);
  return word === key ? code : word;
}

const isKind = (k: string): k is RecordKind => Object.hasOwn(KIND_RULES, k);

/**
 * What a lost value was, in the words of its form: a workshop's own field by its label ("Venue"),
 * a field of another record by its label and the record's kind ("Session title (agenda item)"), a field
 * no form shows by its record's kind alone; never a field's code name.
 */
export function lostValueWhat(l: Pick<LostValue, 'recordKind' | 'field'>): string {
  if (!isKind(l.recordKind)) return t('lost.otherKind');
  const kind = t(KIND_RULES[l.recordKind].label);
  if (l.field === 'deleted') return t('lost.fieldOf', { field: t('lost.deleted'), kind });
  const labels = FIELD_LABELS[l.recordKind] as Partial<Record<string, MessageKey>>;
  const key = Object.hasOwn(labels, l.field) ? labels[l.field] : undefined;
  if (!key) return t('lost.otherField', { kind });
  // A workshop's details, and a device's name, need no kind beside them.
  return l.recordKind === 'workshop' || l.recordKind === 'device' ? t(key) : t('lost.fieldOf', { field: t(key), kind });
}

/**
 * A lost value as a person reads it: text as typed, codes by their words (a status, a country),
 * lists joined, yes or no, and "empty" for a field that was cleared.
 */
export function lostValueText(l: Pick<LostValue, 'recordKind' | 'field' | 'value'>, recordNames: ReadonlyMap<string, string> = new Map()): string {
  const value = l.value;
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return t('lost.emptyValue');
  const words: Partial<Record<string, string>> = (isKind(l.recordKind) && VALUE_WORDS[l.recordKind]) || {};
  const branch = Object.hasOwn(words, l.field) ? words[l.field] : undefined;
  const word = (v: string) => recordNames.get(v) ?? (branch ? codeWord(branch, v) : v);
  if (typeof value === 'string') return word(value);
  if (typeof value === 'boolean') return value ? t('lost.yes') : t('lost.no');
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return formatList(value.map(word));
  return typeof value === 'number' ? String(value) : JSON.stringify(value);
}

/**
 * One lost value in a sentence: its field, its value, the device it came from by the name its
 * facilitator gave it ("another device" when it has none: a participant's phone, a device never
 * named; never its id), and how long ago it was replaced.
 */
export function describeLostValue(l: LostValue, names: Pick<LostValueReview, 'deviceNames' | 'recordNames'>, now: number): string {
  const args = { what: lostValueWhat(l), value: lostValueText(l, names.recordNames).slice(0, 300), when: replacedAgo(l.winnerStamp, now) };
  const device = names.deviceNames.get(l.lostDeviceId);
  return device ? t('lost.item', { ...args, device }) : t('lost.itemUnnamed', args);
}

function replacedAgo(stamp: string, now: number): string {
  try {
    // A stamp from a device whose clock ran ahead reads "just now", not "in 2 minutes".
    return formatAgo(Math.min(decodeHlc(stamp).wall, now), now);
  } catch {
    return '';
  }
}
