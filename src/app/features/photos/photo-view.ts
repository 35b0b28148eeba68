import type { Photo, PhotoSubject } from '../../../shared/schemas/photo-records.ts';
import { t } from '../../i18n/index.ts';

/** Photos in the order they were taken: creation stamps are totally ordered across devices. */
export function sortPhotos(photos: readonly Photo[]): Photo[] {
  return [...photos].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/**
 * A workshop's photos of one kind of subject, by the id of what they are attached to. The workshop,
 * its board and its plan share the workshop's id, so the subject is part of the question.
 */
export function photosBySubject(photos: readonly Photo[], subject: PhotoSubject): Map<string, Photo[]> {
  const out = new Map<string, Photo[]>();
  for (const p of sortPhotos(photos)) {
    if (p.subject !== subject) continue;
    const list = out.get(p.subjectId) ?? [];
    list.push(p);
    out.set(p.subjectId, list);
  }
  return out;
}

/**
 * What may be shown beyond the workshop (the compendium): a photo in which people can be
 * recognised only with their consent recorded. `leftOut` counts the others, for the facilitator.
 */
export function shareablePhotos(photos: readonly Photo[]): { shown: Photo[]; leftOut: number } {
  const shown = photos.filter((p) => !p.recognisable || p.consent);
  return { shown, leftOut: photos.length - shown.length };
}

/** The words that stand for a photo: its caption, else its place in its list ("Photo 2"). */
export function photoName(photo: Photo, index: number): string {
  return photo.caption.trim() || t('photos.untitled', { n: index + 1 });
}

/** A photo's file in the zip export: `photos/<id>.webp` or `.jpg`, from its stored type. */
export function photoFileName(photo: Photo): string {
  return `photos/${photo.id}.${photo.file.type === 'image/webp' ? 'webp' : 'jpg'}`;
}

/** Names of the records photos can be attached to; an id not found (a deleted note) stays empty. */
export interface SubjectNames {
  note(id: string): string | undefined;
  practice(id: string): string | undefined;
}

const START = 60;
/** The start of a long text, cut at a word where one is near. */
function textStart(text: string): string {
  const line = text.trim().replace(/\s+/g, ' ');
  if (line.length <= START) return line;
  const cut = line.lastIndexOf(' ', START);
  return `${line.slice(0, cut > START / 2 ? cut : START)}…`;
}

/** What a photo is attached to, in words: "Note: We met the employers…", "SWOT board". */
export function attachedTo(photo: Photo, names: SubjectNames): string {
  const kind = t(`photos.subjects.${photo.subject}`);
  const name = photo.subject === 'note' ? names.note(photo.subjectId) : photo.subject === 'practice' ? names.practice(photo.subjectId) : undefined;
  return name === undefined || name.trim() === '' ? kind : t('photos.attachedTo', { kind, name: textStart(name) });
}

/** Photos grouped under what they are attached to, in the order of each group's first photo. */
export function groupByAttachment(photos: readonly Photo[], names: SubjectNames): { label: string; key: string; photos: Photo[] }[] {
  const groups = new Map<string, { label: string; key: string; photos: Photo[] }>();
  for (const p of sortPhotos(photos)) {
    const key = `${p.subject} ${p.subjectId}`;
    const g = groups.get(key) ?? { key, label: attachedTo(p, names), photos: [] };
    g.photos.push(p);
    groups.set(key, g);
  }
  return [...groups.values()];
}
