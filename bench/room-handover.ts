// Handing answers from participants' phones to the facilitator's tablet in a room with no network,
// end to end, in Node:
// 1. the size of one TUOC assessment as handed over: JSON, packed, frames, QR version;
// 2. seconds from the code in front of the camera to the answers taken in, at the app's rates
//    (the phone's frame time, a 30 fps camera, the scanner's reads a second), each frame drawn as
//    a camera would see it and read by jsQR, the app's fallback reader, with frames lost at random;
// 3. 25 phones handed in one after another, against passing the tablet round;
// 4. the bytes the tablet loads when the scan panel opens.
// Usage: npm run bench:room-handover   (DIST=<a build's outDir> skips the build; RUNS=15 by default)
import 'fake-indexeddb/auto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import jsQR from 'jsqr';
import { encode } from 'uqr';
import { saveJoinCredential } from '../src/app/core/credentials/credentials.ts';
import { openLocalStore, type LocalStore } from '../src/app/core/db/store.ts';
import { exportPending, importPending } from '../src/app/core/sync/transfer.ts';
import { createMessageDecoder, encodeMessage, packJson, unpackJson } from '../src/app/features/handover/code/index.ts';
import { takeInAnswers } from '../src/app/features/handover/take-in.ts';
import { DEFAULT_TUOC } from '../src/shared/framework/default-tuoc.ts';
import { frameworkItems } from '../src/shared/framework/schema.ts';
import { joinCredential } from '../src/shared/identity/credential.ts';
import { sha256Hex } from '../src/shared/identity/sha256.ts';
import type { Workshop } from '../src/shared/schemas/records.ts';
import { FIRST_SCREEN_BUDGET, firstScreenFiles, measureBundle } from '../tests/support/bundle-size.ts';
import { workshopFields } from '../tests/support/workshop-fields.ts';
import { buildApp } from './build.ts';
import { percentile } from './stats.ts';
import { seeded } from '../tests/support/seeded.ts';

const started = performance.now();
const loadAtStart = loadavg()[0]!;

/** A constant of the app, read from its source so that the model follows the app. */
function appConstant(file: string, name: string): number {
  const match = new RegExp(`const ${name} = (\\d+)`).exec(readFileSync(new URL(`../src/app/features/handover/${file}`, import.meta.url), 'utf8'));
  if (!match) throw new Error(`${name} not found in ${file}`);
  return Number(match[1]);
}
/** How long the phone shows each frame. */
const FRAME_MS = appConstant('AnimatedCode.tsx', 'FRAME_MS');
/** The scanner reads at most this many camera frames a second. */
const READ_MS = 1000 / appConstant('camera/CameraScanner.tsx', 'READS_PER_SECOND');
/** The reader scales frames down to this width; the camera's picture as jsQR gets it. */
const PICTURE_W = appConstant('camera/decoder.ts', 'MAX_READ_WIDTH');
const PICTURE_H = Math.round((PICTURE_W * 9) / 16);
const CAMERA_MS = 1000 / 30;
/** The code's width in the picture: a phone held at a comfortable distance from the tablet. */
const CODE_PX = 400;
/** Grey levels a camera sees: dark modules at 20%, light ones and the screen around at 90%. */
const DARK = 0.2 * 255;
const LIGHT = 0.9 * 255;

const RUNS = Number(process.env.RUNS ?? 15);
const LOSSES = [0, 0.2, 0.4];
const PHONES = 25;
const ROOM_REPEATS = 3;
const ROOM_LOSS = 0.2;
/** Model of the room (assumptions, not measurements). */
const APPROACH_S = 5;
const QUESTION_S = 15;
const PASS_TABLET_S = 60;

const TOKEN = 'roomhandovertokenabcdefghijklmno';
const ITEMS = frameworkItems(DEFAULT_TUOC);

const sorted = (values: readonly number[]) => [...values].sort((a, b) => a - b);
const p50 = (values: readonly number[]) => percentile(sorted(values), 50);
const p90 = (values: readonly number[]) => percentile(sorted(values), 90);
const both = (values: readonly number[], digits = 0) => `${p50(values).toFixed(digits)} / ${p90(values).toFixed(digits)}`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const minutes = (s: number) => `${Math.floor(s / 60)} min ${String(Math.round(s % 60)).padStart(2, '0')} s`;

// ---------------------------------------------------------------------------------------------
// The answers: scores of the field scenario's assessments, comments in the room's five languages.

interface FieldScenario {
  assessments: { key: string; scores: Record<string, number | null>; comments: Record<string, string> }[];
  notes: { text: string }[];
}
/** The field scenario's twelve assessments when the shared fixtures are here; else scores drawn at random, one "don't know" in ten. */
const SCENARIO = process.env.FIELD_SCENARIO ?? '/work/shared/fixtures/field-scenario.json';
const drawn = seeded(42);
const scenario: FieldScenario = existsSync(SCENARIO)
  ? (JSON.parse(readFileSync(SCENARIO, 'utf8')) as FieldScenario)
  : {
      assessments: Array.from({ length: 12 }, (_, k) => ({
        key: `A${k}`,
        scores: Object.fromEntries(ITEMS.map((item) => [item.id, drawn() < 0.1 ? null : 1 + Math.floor(drawn() * 5)])),
        comments: {},
      })),
      notes: [],
    };
/** The scenario's items are its own labels: taken as the framework's items by position when the ids differ. */
const scenarioItems = Object.keys(scenario.assessments[0]!.scores);
const fieldScores = scenario.assessments.map((a) => ITEMS.map((item, i) => (item.id in a.scores ? a.scores[item.id] : a.scores[scenarioItems[i] ?? '']) ?? null));
const COMMENTS = [
  ...scenario.assessments.flatMap((a) => Object.values(a.comments)),
  // The scenario's shorter notes read as comments too (not the markup test or the very long note).
  ...scenario.notes.map((n) => n.text).filter((text) => text.length < 200 && !text.includes('<')),
  'La convention collective de 2019 n’a jamais été renégociée ; le patronat refuse de siéger.',
  'Au congrès, les femmes n’ont obtenu que 2 sièges sur 15 au bureau exécutif.',
  'Nous dépendons à 70 % du partenaire pour financer les formations « de base ».',
  'Las trabajadoras de la economía informal todavía no están afiliadas; falta una estrategia de organización.',
  'Formación sindical: tres talleres en 2025, ninguno en las regiones del sur.',
  'A direção presta contas no congresso, mas os relatórios financeiros não chegam aos sindicatos de base.',
  'O plano estratégico existe no papel; ninguém o revê desde 2022.',
  'We meet the ministry only when there is a crisis: no regular “social dialogue” yet.',
  'Our website is two years old and the Facebook page is run by one volunteer.',
  'لا توجد آلية منتظمة لمحاسبة القيادة أمام الأعضاء.',
  'نعتمد على الشريك الأجنبي في تمويل أغلب الأنشطة، والاشتراكات لا تغطي الرواتب.',
];

interface Room {
  workshop: Workshop;
  organisationIds: string[];
  /** The tablet's records before any phone hands in: a new tablet starts from them. */
  seed: Awaited<ReturnType<typeof exportPending>>;
}

let stores = 0;
/** A facilitator's tablet with the workshop, its invitation and the four organisations. */
async function openRoom(): Promise<Room> {
  const tablet = await openLocalStore(`room-${++stores}`);
  const created = await tablet.repos.workshop.create(workshopFields('Protection sociale : renforcer nos syndicats', { languages: ['fr', 'en', 'ar', 'pt', 'es'] }));
  await tablet.repos.workshop.update(created.id, { joinTokenHash: sha256Hex(TOKEN) });
  const workshop = (await tablet.repos.workshop.get(created.id))!;
  const organisationIds: string[] = [];
  for (const [name, country] of [
    ['Confédération nationale des travailleurs', 'SN'],
    ['Sindicato Nacional de Trabajadores', 'PE'],
    ['الاتحاد العام للشغالين', 'MA'],
    ['União dos Sindicatos Portuários', 'MZ'],
  ] as const) {
    organisationIds.push((await tablet.repos.organisation.create({ name, acronym: '', country, kind: 'national-centre', partnerRole: 'receiving' }, workshop.id)).id);
  }
  const seed = await exportPending(tablet);
  await closeStore(tablet);
  return { workshop, organisationIds, seed };
}

/** A tablet with the room's records and no answers yet. */
async function freshTablet(room: Room): Promise<LocalStore> {
  const tablet = await openLocalStore(`tablet-${++stores}`);
  await importPending(tablet.db, room.seed);
  return tablet;
}

async function closeStore(store: LocalStore): Promise<void> {
  store.db.close();
  await store.db.delete();
}

type Handed = Awaited<ReturnType<typeof exportPending>>;

/**
 * A phone that joined the workshop and answered all the framework's items, as the scoring screen
 * writes them: the assessment, one score per item, each comment saved after its score, then Submit.
 * Returns its answers as `exportPending` gives them to the code (JSON text, read back).
 */
async function phoneAnswers(room: Room, person: number, comments: 'none' | 'some' | 'all'): Promise<Handed> {
  const random = seeded(7000 + person);
  const phone = await openLocalStore(`phone-${++stores}`);
  await saveJoinCredential(phone.db, room.workshop.id, joinCredential(room.workshop.id, TOKEN));
  const organisationId = room.organisationIds[person % room.organisationIds.length]!;
  const a = await phone.repos.assessment.create({ organisationId, frameworkId: DEFAULT_TUOC.id, frameworkVersion: DEFAULT_TUOC.version, round: 'baseline', submitted: false }, room.workshop.id);
  const values = fieldScores[person % fieldScores.length]!;
  // "Some": a third of the items, as people comment where they have something to say.
  const commented = new Set(comments === 'all' ? ITEMS.map((_, i) => i) : comments === 'some' ? ITEMS.map((_, i) => i).filter(() => random() < 1 / 3) : []);
  for (const [i, item] of ITEMS.entries()) {
    const score = await phone.repos.score.create({ assessmentId: a.id, itemId: item.id, value: values[i] ?? null, comment: '' }, room.workshop.id);
    if (commented.has(i)) await phone.repos.score.update(score.id, { comment: COMMENTS[Math.floor(random() * COMMENTS.length)]! });
  }
  await phone.repos.assessment.update(a.id, { submitted: true });
  const file = JSON.parse(JSON.stringify(await exportPending(phone, { scope: room.workshop.id }))) as Handed;
  await closeStore(phone);
  return file;
}

// ---------------------------------------------------------------------------------------------
// The camera's picture of a frame, and jsQR reading it.

/** The picture a frame makes: the code about CODE_PX wide in the middle, light falling off to one side, a little sensor noise. */
function picture(text: string, seed: number): Uint8ClampedArray {
  const { data, size } = encode(text, { ecc: 'M', border: 2 });
  const random = seeded(seed);
  const pixels = new Uint8ClampedArray(PICTURE_W * PICTURE_H * 4);
  const module = CODE_PX / size;
  const x0 = (PICTURE_W - CODE_PX) / 2;
  const y0 = (PICTURE_H - CODE_PX) / 2;
  for (let y = 0; y < PICTURE_H; y++) {
    const my = Math.floor((y - y0) / module);
    for (let x = 0; x < PICTURE_W; x++) {
      const mx = Math.floor((x - x0) / module);
      const dark = my >= 0 && my < size && mx >= 0 && mx < size && data[my]![mx]!;
      const v = (dark ? DARK : LIGHT) * (1 - (0.12 * x) / PICTURE_W) + (random() - 0.5) * 16;
      const at = (y * PICTURE_W + x) * 4;
      pixels[at] = pixels[at + 1] = pixels[at + 2] = v;
      pixels[at + 3] = 255;
    }
  }
  return pixels;
}

interface Read {
  text: string | undefined;
  ms: number;
}
/** Each distinct frame is drawn and read once; a repeat read of the same picture costs the time measured for it. */
const readings = new Map<string, Read>();
const jsqrMs: number[] = [];
let misread = 0;
function readWithJsqr(text: string): Read {
  let read = readings.get(text);
  if (!read) {
    const pixels = picture(text, readings.size + 1);
    const t0 = performance.now();
    const code = jsQR(pixels, PICTURE_W, PICTURE_H, { inversionAttempts: 'dontInvert' });
    read = { text: code?.data, ms: performance.now() - t0 };
    if (code?.data !== text) misread++;
    jsqrMs.push(read.ms);
    readings.set(text, read);
  }
  return read;
}

// ---------------------------------------------------------------------------------------------
// One phone in front of the tablet's camera, at the app's rates.

interface HandOver {
  /** Phone frames shown from the first read to the one that completed the message. */
  shown: number;
  /** Camera frames read (lost ones included) and frames that reached the decoder. */
  reads: number;
  received: number;
  /** The reader's time of each read, measured (a repeat read of a picture: the time measured for it). */
  readMs: number[];
  /** From the first read to the answers taken in, simulated. */
  seconds: number;
  takeInMs: number;
}

/**
 * The code is already moving when it comes into view: the tablet's first read (t = 0, at a camera
 * frame) falls at a random point of a random frame of the first pass. The scanner reads the camera frame on
 * screen when at least READ_MS have passed since its last read and that read is over; a read fails
 * with probability `loss` (blur, glare) whatever its cost. The time of a read is `read(text).ms`
 * plus the decoder's, measured; when the message is whole, unpacking and taking in are measured too.
 */
async function handOver(file: Handed, tablet: LocalStore, workshop: Workshop, loss: number, seed: number, read: (text: string) => Read): Promise<HandOver> {
  const random = seeded(seed);
  const source = encodeMessage(packJson(file));
  const first = 1 + Math.floor(random() * source.count);
  const phase = random() * FRAME_MS;
  const frameAt = (t: number) => first + Math.floor((t + phase) / FRAME_MS);
  const decoder = createMessageDecoder();
  let reads = 0;
  let received = 0;
  const readMs: number[] = [];
  let lastRead = -Infinity;
  let free = 0;
  for (;;) {
    // The first camera frame at which the scanner is free and READ_MS have passed.
    let k = Math.ceil(free / CAMERA_MS - 1e-9);
    while (k * CAMERA_MS - lastRead < READ_MS - 1e-6) k++;
    const at = k * CAMERA_MS;
    const n = frameAt(at);
    lastRead = at;
    reads++;
    const lost = random() < loss;
    const { text, ms } = read(source.frame(n));
    readMs.push(ms);
    let cpu = ms;
    if (!lost && text !== undefined) {
      received++;
      const t0 = performance.now();
      const outcome = decoder.receive(text);
      cpu += performance.now() - t0;
      if (outcome === 'complete') {
        const t1 = performance.now();
        const outcomeOfTakeIn = await takeInAnswers(tablet, workshop, unpackJson(decoder.message()!), 'scan');
        const takeInMs = performance.now() - t1;
        if (!outcomeOfTakeIn.ok || outcomeOfTakeIn.changes !== file.mutations.length) throw new Error(`take-in: ${JSON.stringify(outcomeOfTakeIn)}`);
        return { shown: n - first + 1, reads, received, readMs, seconds: (at + cpu + takeInMs) / 1000, takeInMs };
      }
    }
    free = at + cpu;
    if (reads > 2000) throw new Error('no message after 2,000 reads');
  }
}

// ---------------------------------------------------------------------------------------------

const room = await openRoom();
console.log(
  `Handing answers over with no network: ${ITEMS.length} TUOC items, frames shown every ${FRAME_MS} ms, a 30 fps camera, reads every ${READ_MS} ms at most (${new Date().toISOString().slice(0, 16)}Z, load average ${loadAtStart.toFixed(1)})\n`,
);

// 1. Sizes.
console.log('1. One assessment as handed over (measured)');
console.log(`  ${'answers'.padEnd(44)} ${'items'.padStart(5)} ${'changes'.padStart(7)} ${'JSON'.padStart(9)} ${'packed'.padStart(9)} ${'frames/pass'.padStart(11)} ${'QR version'.padStart(10)}`);
const variants = [
  ['with comments (about a third)', 'some'],
  ['without comments', 'none'],
  ['a comment on every item', 'all'],
] as const;
const answersOf: Partial<Record<(typeof variants)[number][1], Handed>> = {};
for (const [label, comments] of variants) {
  const file = (answersOf[comments] = await phoneAnswers(room, 1, comments));
  const packed = packJson(file);
  const source = encodeMessage(packed);
  const versions = new Set(Array.from({ length: source.count + 10 }, (_, i) => encode(source.frame(i + 1), { ecc: 'M', border: 2 }).version));
  const said = file.mutations.filter((m) => typeof (m.patch as { comment?: unknown } | undefined)?.comment === 'string' && (m.patch as { comment: string }).comment !== '').length;
  console.log(
    `  ${`${label}, ${said} comment${said === 1 ? '' : 's'}`.padEnd(44)} ${String(ITEMS.length).padStart(5)} ${String(file.mutations.length).padStart(7)} ${kb(JSON.stringify(file).length).padStart(9)} ${kb(packed.length).padStart(9)} ${String(source.count).padStart(11)} ${[...versions].join(',').padStart(10)}`,
  );
}

// 2. One phone, at each loss rate.
const handed = answersOf.some!;
// One hand-over first, not counted: the code's first runs are slower while V8 compiles it.
const warm = await freshTablet(room);
await handOver(handed, warm, room.workshop, 0, 1, readWithJsqr);
await closeStore(warm);
readings.clear();
jsqrMs.length = 0;
misread = 0;
console.log(`\n2. One phone (the assessment with comments) in front of the tablet, ${RUNS} runs a loss rate; p50 / p90`);
console.log(
  `  ${'loss'.padEnd(5)} ${'frames shown'.padStart(13)} ${'reads'.padStart(9)} ${'reads ok'.padStart(9)} ${'seconds'.padStart(11)} ${'jsQR ms/read p50'.padStart(17)} ${'take-in ms p50'.padStart(15)}`,
);
// The loss rates take turns, so that a busy moment of the machine does not fall on one of them.
const byLoss = LOSSES.map(() => [] as HandOver[]);
for (let r = 0; r < RUNS; r++) {
  for (const [i, loss] of LOSSES.entries()) {
    const tablet = await freshTablet(room);
    byLoss[i]!.push(await handOver(handed, tablet, room.workshop, loss, 100 * r + loss * 10, readWithJsqr));
    await closeStore(tablet);
  }
}
for (const [i, loss] of LOSSES.entries()) {
  const runs = byLoss[i]!;
  console.log(
    `  ${`${loss * 100}%`.padEnd(5)} ${both(runs.map((x) => x.shown)).padStart(13)} ${both(runs.map((x) => x.reads)).padStart(9)} ${both(runs.map((x) => x.received)).padStart(9)} ${both(
      runs.map((x) => x.seconds),
      1,
    ).padStart(11)} ${p50(runs.flatMap((x) => x.readMs))
      .toFixed(1)
      .padStart(17)} ${p50(runs.map((x) => x.takeInMs))
      .toFixed(1)
      .padStart(15)}`,
  );
}
console.log(`  jsQR over the ${jsqrMs.length} distinct frames read: p50 ${p50(jsqrMs).toFixed(1)} ms, p90 ${p90(jsqrMs).toFixed(1)} ms; frames jsQR did not read back exactly: ${misread}`);
console.log(`  measured here: jsQR on each frame's picture (${PICTURE_W}×${PICTURE_H}, code ${CODE_PX} px), the decoder, unpacking and the take-in into a fake-indexeddb tablet`);
console.log(`  model: frame and camera timing, the scanner's read rate, random phase and start frame, lost reads; a repeat read of a picture costs its measured jsQR time`);

// 3. A room of phones, one after another.
const roomTotals: number[] = [];
const perPhone: number[] = [];
const roomTakeIn: number[] = [];
const phones: Handed[] = [];
for (let p = 0; p < PHONES; p++) phones.push(await phoneAnswers(room, 100 + p, 'some'));
for (let r = 0; r < ROOM_REPEATS; r++) {
  const random = seeded(9000 + r);
  // jsQR's time a read: drawn from the times measured above; the text is the frame's, as jsQR read every frame back.
  const sampled = (text: string): Read => ({ text, ms: jsqrMs[Math.floor(random() * jsqrMs.length)]! });
  const tablet = await freshTablet(room);
  let total = 0;
  for (const [p, file] of phones.entries()) {
    const h = await handOver(file, tablet, room.workshop, ROOM_LOSS, 50_000 + 1000 * r + p, sampled);
    total += APPROACH_S + h.seconds;
    perPhone.push(APPROACH_S + h.seconds);
    roomTakeIn.push(h.takeInMs);
  }
  await closeStore(tablet);
  roomTotals.push(total);
}
const scoring = ITEMS.length * QUESTION_S;
const queue = p50(roomTotals);
const passRound = PHONES * (ITEMS.length * QUESTION_S + PASS_TABLET_S);
console.log(`\n3. ${PHONES} phones handed in one after another at one tablet, ${ROOM_LOSS * 100}% of reads lost, ${ROOM_REPEATS} repetitions (each phone its own answers and seeds)`);
console.log(`  per phone: ${APPROACH_S} s to come up and hold the phone to the camera (assumed) + the simulated scan, take-in included`);
console.log(
  `  per phone p50 / p90: ${both(perPhone, 1)} s; take-in into a tablet filling up to ${PHONES} assessments: p50 ${p50(roomTakeIn).toFixed(1)} ms, p90 ${p90(roomTakeIn).toFixed(1)} ms (measured)`,
);
console.log(`  queue of ${PHONES}: p50 ${minutes(queue)} (min–max ${minutes(Math.min(...roomTotals))} – ${minutes(Math.max(...roomTotals))})`);
console.log(
  `  scoring on the phones, everyone at once: ${ITEMS.length} items × ${QUESTION_S} s = ${minutes(scoring)} (assumed); scoring + queue: ${minutes(scoring + queue)} (the queue counted from the last to finish)`,
);
console.log(`  pass the tablet round: ${PHONES} × (${ITEMS.length} × ${QUESTION_S} s + ${PASS_TABLET_S} s handing over) = ${minutes(passRound)} (assumed; field figure: about two hours)`);
console.log(`  ratio: ${(passRound / (scoring + queue)).toFixed(1)}× faster with phones (queue alone: ${(passRound / queue).toFixed(0)}×)`);
console.log(`  jsQR time a read drawn from part 2's measurements; the frame text is passed on as jsQR read every frame back`);

// 4. What the scan panel loads.
interface ManifestChunk {
  file: string;
  src?: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
let dist = process.env.DIST;
let buildDir: string | undefined;
let buildS = 0;
if (!dist) {
  buildDir = mkdtempSync(join(tmpdir(), 'wc-room-handover-'));
  dist = join(buildDir, 'dist');
  const t0 = performance.now();
  buildApp(dist);
  buildS = (performance.now() - t0) / 1000;
}
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
/** A chunk's file with every file its static imports bring, styles included. */
function closure(key: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const css of chunk.css ?? []) into.add(css);
  for (const dep of chunk.imports ?? []) closure(dep, into);
  return into;
}
const HANDOVER = 'src/app/features/handover/index.ts';
const WORKSHOP_SCREEN = 'src/app/features/workshop/WorkshopScreen.tsx';
const jsqrKey = manifest[HANDOVER]?.dynamicImports?.find((k) => k.includes('jsqr')) ?? Object.keys(manifest).find((k) => k.includes('node_modules/jsqr/'));
if (!manifest[HANDOVER] || !manifest[WORKSHOP_SCREEN] || !jsqrKey) throw new Error('the build has no handover, workshop screen or jsQR chunk');
const firstScreen = firstScreenFiles(dist);
const before = closure(WORKSHOP_SCREEN, new Set(firstScreen));
const gz = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const panel = [...closure(HANDOVER)].filter((f) => !before.has(f));
const reader = [...closure(jsqrKey)].filter((f) => !before.has(f) && !panel.includes(f));
console.log(`\n4. Bytes the tablet loads when the scan panel opens, beyond the workshop screen (gzip level 9; ${buildDir ? `built in ${buildS.toFixed(0)} s` : `build in ${dist}`})`);
for (const f of [...panel, ...reader])
  console.log(`  ${f.padEnd(44)} ${kb(gz(f)).padStart(9)}${reader.includes(f) ? '   jsQR, fetched at the first scan where the browser has no BarcodeDetector' : ''}`);
const sum = (files: string[]) => files.reduce((n, f) => n + gz(f), 0);
console.log(`  ${'panel'.padEnd(44)} ${kb(sum(panel)).padStart(9)}\n  ${'panel and jsQR'.padEnd(44)} ${kb(sum(panel) + sum(reader)).padStart(9)}`);
const touched = [...panel, ...reader].filter((f) => firstScreen.includes(f));
const firstScreenGzip = measureBundle(dist).firstScreenGzip;
console.log(`  first screen untouched: ${touched.length === 0 ? 'yes' : `no (${touched.join(', ')})`}; first screen ${kb(firstScreenGzip)} gzip of a ${kb(FIRST_SCREEN_BUDGET)} budget`);
if (buildDir) rmSync(buildDir, { recursive: true, force: true });

console.log(
  `\ntotal ${((performance.now() - started) / 1000).toFixed(1)} s on this machine (node ${process.version}); load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end`,
);
