import type { Photo } from '../../../../shared/schemas/photo-records.ts';
import { t } from '../../../i18n/index.ts';
import { attachedTo } from '../../photos/index.ts';
import type { Cell, ExportContext, ExportTable } from './table-context.ts';

type PhotoColumn = readonly [keyof typeof HEADERS, (p: Photo) => Cell];
const HEADERS = {
  id: 'photos.export.id',
  file: 'photos.export.file',
  caption: 'photos.export.caption',
  attachedTo: 'photos.export.attachedTo',
  recognisable: 'photos.export.recognisable',
  consent: 'photos.export.consent',
  width: 'photos.export.width',
  height: 'photos.export.height',
  bytes: 'photos.export.bytes',
  fileNote: 'photos.export.fileNote',
} as const;

/**
 * Photos, one row each: what it is attached to (the note's text start, the card's title), its
 * caption and flags, and its file in the zip. `ctx.photoFiles` lists the files the export holds;
 * a photo whose file could not be had (not on this device, offline) says so, and the export goes on.
 */
export function photosTable(ctx: ExportContext): ExportTable {
  const notes = new Map(ctx.bundle.notes.map((n) => [n.id, n.text]));
  const practices = new Map(ctx.bundle.practices.map((p) => [p.id, p.title]));
  const names = { note: (id: string) => notes.get(id), practice: (id: string) => practices.get(id) };
  const files = ctx.photoFiles;
  const columns: PhotoColumn[] = [
    ['id', (p) => p.id],
    ['file', (p) => files?.get(p.id) ?? ''],
    ['caption', (p) => p.caption],
    ['attachedTo', (p) => attachedTo(p, names)],
    ['recognisable', (p) => p.recognisable],
    ['consent', (p) => p.consent],
    ['width', (p) => p.file.width],
    ['height', (p) => p.file.height],
    ['bytes', (p) => p.file.bytes],
    ['fileNote', (p) => (files === undefined ? t('photos.export.fileNotIncluded') : files.has(p.id) ? '' : t('photos.export.fileMissing'))],
  ];
  return {
    name: 'photos',
    title: t('exports.sheets.photos'),
    columns: columns.map(([key]) => t(HEADERS[key])),
    rows: ctx.bundle.photos.map((p) => columns.map(([, cell]) => cell(p))),
  };
}
