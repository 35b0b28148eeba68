// Notes as a real room writes them, for the replication benchmarks: the field scenario's five
// languages (tests/fixtures/field-scenario.json: English, French, Spanish, Arabic, Portuguese) and its
// note lengths, each note different. One repeated sentence would gzip elevenfold and flatter
// whichever protocol compresses; words recombined at random compress about as much as prose does.
// Seeded, so every run and both protocols replicate the same notes.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { NoteDraft } from './device.ts';

interface Scenario {
  workshop: { title: string; objectives: string; projects: { title: string }[] };
  sessions: { title: string }[];
  organisations: { key: string; name: string }[];
  participants: { name: string; role: string }[];
  notes: { key: string; kind: string; text: string; capacities: string[] }[];
  assessments: { comments: Record<string, string> }[];
}
type Language = 'en' | 'fr' | 'es' | 'ar' | 'pt';

// The fixture names no language per text; these are the ones not in English.
const NOTE_LANGUAGE: Record<string, Language> = { N02: 'fr', N04: 'es', N07: 'ar', N08: 'pt' };
const ORGANISATION_LANGUAGE: Record<string, Language> = { 'ORG-A': 'fr', 'ORG-B': 'fr', 'ORG-D': 'ar' };

/** A small, fast generator with a seed (mulberry32): the same notes on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const words = (text: string) => text.split(/[\s"“”.,:;!?()<>]+/u).filter((w) => w.length > 0);

/** Each language's words, from every text of the scenario in that language. */
function vocabulary(s: Scenario): Record<Language, string[]> {
  const pools: Record<Language, Set<string>> = { en: new Set(), fr: new Set(), es: new Set(), ar: new Set(), pt: new Set() };
  const add = (language: Language, text: string) => words(text).forEach((w) => pools[language].add(w));
  // The long note repeats one word: its length is a template, its words add nothing.
  for (const n of s.notes) if (new Set(words(n.text)).size > 3) add(NOTE_LANGUAGE[n.key] ?? 'en', n.text);
  for (const o of s.organisations) add(ORGANISATION_LANGUAGE[o.key] ?? 'en', o.name);
  for (const text of [s.workshop.title, s.workshop.objectives, ...s.workshop.projects.map((p) => p.title), ...s.sessions.map((x) => x.title)]) add('en', text);
  for (const p of s.participants) add('en', `${p.name} ${p.role}`);
  for (const a of s.assessments) for (const c of Object.values(a.comments)) add('en', c);
  return Object.fromEntries(Object.entries(pools).map(([k, v]) => [k, [...v]])) as Record<Language, string[]>;
}

/**
 * `count` notes: each takes a scenario note as its model (kind, capacities, language, length between
 * half and one and a half times the model's), and its text is sentences of that language's words
 * drawn at random, with now and then a number as notes carry (members, years, amounts).
 */
export function fieldNotes(count: number, seed = 1, path = 'tests/fixtures/field-scenario.json'): NoteDraft[] {
  const s = JSON.parse(readFileSync(path, 'utf8')) as Scenario;
  const pools = vocabulary(s);
  const next = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const notes: NoteDraft[] = [];
  for (let i = 0; i < count; i++) {
    const model = pick(s.notes);
    const pool = pools[NOTE_LANGUAGE[model.key] ?? 'en'];
    const length = Math.round(model.text.length * (0.5 + next()));
    let text = '';
    while (text.length < length) {
      const sentence: string[] = [];
      for (let n = 4 + Math.floor(next() * 10); n > 0; n--) sentence.push(next() < 0.08 ? String(Math.floor(next() * (next() < 0.5 ? 100 : 5000))) : pick(pool));
      const first = sentence[0]!;
      text += `${text ? ' ' : ''}${first[0]!.toUpperCase()}${first.slice(1)} ${sentence.slice(1).join(' ')}.`;
    }
    notes.push({ kind: model.kind as NoteDraft['kind'], text: text.slice(0, Math.max(length, 20)).trim(), capacities: [...model.capacities] });
  }
  return notes;
}

/** How much gzip shrinks `text` (its UTF-8 bytes over their gzip), and that size. */
export function gzipRatio(text: string): { bytes: number; ratio: number } {
  const bytes = Buffer.byteLength(text);
  return { bytes, ratio: bytes / gzipSync(text).length };
}
