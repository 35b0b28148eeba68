// fast-check arbitraries of hostile requests to the API. Bodies are built as JSON text by hand, so a
// case can carry what JSON.stringify never writes: `__proto__` and duplicated keys, 1e999, -0, and
// nesting ten thousand levels deep.
//
// Every mutation a case sends carries at least one defect that must get it refused (a field the
// mutation schema refuses, or a value its record kind refuses), or it is sent by a key that may not
// write it, or the proof of who sends or wrote it fails; so a 200 must never acknowledge one as
// `applied`, and stored records must never change.
//
// A text that is a valid envelope is signed by the test device it names (tests/support/test-devices.ts),
// so that it reaches what lies behind the device proof; the proof itself is fuzzed by `hostileProof`.
import fc from 'fast-check';
import { gzipSync } from 'node:zlib';
import { encodeHlc } from '../../../src/shared/hlc.ts';
import { deviceIdForKey, mutationSigningText, requestSigningText } from '../../../src/shared/identity/device-proof.ts';
import { joinCredential } from '../../../src/shared/identity/credential.ts';
import { PROTOCOL_VERSION } from '../../../src/shared/protocol.ts';
import { LIMITS } from '../../../src/shared/schemas/fields.ts';
import type { Mutation } from '../../../src/shared/schemas/mutation.ts';
import { authorEntry, deviceIdOf, signedBy, testDevice } from '../../support/test-devices.ts';
import { depthOf, jsonText, Obj, parsedBack, toJ, type J } from './fuzz-json.ts';
import { hostileMutation, validFields } from './fuzz-mutations.ts';
import { EDGE_STRINGS, hostileKey, hostileValue, id7 } from './fuzz-values.ts';
import { BODY_LIMIT, LATER, senderEntries, signRequest, stampAt, syncHeaders, type HostileRequest, type World } from './fuzz-world.ts';

/** The test devices of the fuzzing, by name: the seeding's, and devices the server has not seen. */
const senders = (world: World) => ['deviceA', 'deviceB', 'deviceZ', world.participantDevice];

/** Writers of mutations: test devices' proven ids, mostly; sometimes ids no schema takes. */
const deviceIds = (world: World) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...senders(world), 'phone2').map(deviceIdOf) },
    { weight: 1, arbitrary: fc.constantFrom(...EDGE_STRINGS.slice(0, 12)) },
    { weight: 1, arbitrary: fc.constant('a'.repeat(41)) },
  );

/** The credential a seeded test device works under: the one a relayed change's author is bound to. */
function credentialOf(world: World, deviceId: string): string {
  if (deviceId === deviceIdOf(world.participantDevice) || deviceId === deviceIdOf('phone2')) return world.keys.participant;
  return deviceId === deviceIdOf('deviceZ') ? world.keys.other : world.keys.owner;
}

/**
 * A mutation (as J) with its author's signature: the test device its `deviceId` names signs it. One
 * nesting deeper than any request the server reads is left unsigned (it is refused whole).
 */
export function signedJ(m: J): J {
  if (!(m instanceof Obj) || depthOf(m) > 100) return m;
  const author = m.entries.find(([k]) => k === 'deviceId')?.[1];
  if (typeof author !== 'string') return m;
  const sig = testDevice(author).sign(mutationSigningText(parsedBack(m) as Record<string, unknown>));
  return new Obj([...m.entries.filter(([k]) => k !== 'sig'), ['sig', sig]]);
}
const authorOf = (m: J): unknown => (m instanceof Obj ? m.entries.find(([k]) => k === 'deviceId')?.[1] : undefined);

/** Every kind of caller: the owner, other roles, dead keys and broken headers. */
export function authHeader(world: World): fc.Arbitrary<string | undefined> {
  const k = world.keys;
  return fc.oneof(
    { weight: 6, arbitrary: fc.constant(`Bearer ${k.owner}`) },
    { weight: 4, arbitrary: fc.constantFrom(`Bearer ${k.other}`, `Bearer ${k.coordinator}`, `Bearer ${k.participant}`, `Bearer ${k.participantLegacy}`) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        undefined,
        `Bearer ${k.revoked}`,
        'Bearer wcj_notAJoinTokenAtAll0000',
        'Bearer ',
        `bearer ${k.owner}`,
        `Bearer  ${k.owner}`,
        `Bearer ${k.owner} `,
        `Basic ${k.owner}`,
        k.owner,
        `Bearer ${'a'.repeat(101)}`,
        `Bearer ${k.owner}é`,
        'Bearer wcj_',
        `Bearer ${'x'.repeat(8_000)}`,
      ),
    },
    // header values are byte strings: Latin-1 characters only, no CR, LF or NUL
    { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).map((c) => String.fromCharCode(c)), maxLength: 60 }).map((s) => `Bearer ${s}`.trim()) },
  );
}

export interface EnvelopeCase {
  text: string;
  auth: string | undefined;
  label: string;
  /** The Device-Signature header: a test device's signature, of this text or (hostile) of another. */
  signature?: string;
}

/**
 * A sync request whose envelope and mutations are hostile. Half the cases are valid requests whose
 * mutations carry defects in their records only, so they reach the merge and the store: those are
 * signed by the device they name, and a change relayed for another device mostly carries its
 * author's signature and binding, so that it is judged by its record too.
 */
export function hostileEnvelope(world: World): fc.Arbitrary<EnvelopeCase> {
  const device = deviceIds(world);
  // mostly cursors the server hands out; sometimes one past what a number or BIGINT holds
  const cursor = fc.oneof({ weight: 6, arbitrary: fc.constantFrom<J>(null, '0', '1', '9007199254740991') }, { weight: 1, arbitrary: fc.constantFrom<J>('9223372036854775807', '9999999999999999999') });
  const store = fc.constantFrom(...senders(world)).chain((sender) =>
    fc.record({
      level: fc.constant('store' as const),
      auth: authHeader(world),
      sender: fc.constant<string | J>(sender),
      cursor,
      protocolVersion: fc.constant<J>(PROTOCOL_VERSION),
      // mostly its own changes; sometimes changes it relays for another device of the room
      mutations: fc.array(
        fc.record({
          m: hostileMutation(world, fc.oneof({ weight: 4, arbitrary: fc.constant(deviceIdOf(sender)) }, { weight: 1, arbitrary: fc.constantFrom(...senders(world)).map(deviceIdOf) }), 'store'),
          proven: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
        }),
        { minLength: 1, maxLength: 6 },
      ),
      duplicate: fc.constantFrom('none', 'same-mutation', 'same-record'),
      envelopePoison: fc.constant(null),
    }),
  );
  const schema = fc.record({
    level: fc.constant('schema' as const),
    auth: authHeader(world),
    // a test device, or an id no device proves (then the envelope carries deviceA's key)
    sender: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom<string | J>(...senders(world), 'phone2') },
      { weight: 1, arbitrary: fc.constantFrom<J>(...EDGE_STRINGS.slice(0, 12), 'a'.repeat(41)) },
      { weight: 1, arbitrary: hostileValue },
    ),
    cursor: fc.oneof({ weight: 4, arbitrary: fc.constantFrom<J>(null, '0', '1', '9007199254740991', '9223372036854775807', '9999999999999999999') }, { weight: 1, arbitrary: hostileValue }),
    // the current protocol; the previous one (426); anything
    protocolVersion: fc.oneof({ weight: 6, arbitrary: fc.constant<J>(PROTOCOL_VERSION) }, { weight: 1, arbitrary: fc.constant<J>(1) }, { weight: 1, arbitrary: hostileValue }),
    mutations: fc.array(
      hostileMutation(world, device, 'schema').map((m) => ({ m, proven: false })),
      { maxLength: 6 },
    ),
    duplicate: fc.constantFrom('none', 'same-mutation', 'same-record'),
    envelopePoison: fc.option(fc.tuple(fc.constantFrom('protocolVersion', 'deviceId', 'deviceKey', 'cursor', 'mutations', 'extra', 'drop', 'dupe-key'), hostileKey, hostileValue), {
      freq: 4,
      nil: null,
    }),
  });
  return fc.oneof(store, schema).map((c) => {
    const named = typeof c.sender === 'string' && senders(world).concat('phone2').includes(c.sender) ? c.sender : undefined;
    const senderId = named ? deviceIdOf(named) : undefined;
    // a relayed change with its proof: its author's signature, and its author named and bound to its credential
    const authors = new Map<string, J>();
    let mutations: J[] = c.mutations.map(({ m, proven }) => {
      const author = authorOf(m);
      if (!proven || typeof author !== 'string' || author === senderId) return m;
      authors.set(author, toJ(authorEntry(author, credentialOf(world, author))));
      return signedJ(m);
    });
    if (c.duplicate === 'same-mutation' && mutations.length) mutations = [...mutations, mutations[0]!];
    if (c.duplicate === 'same-record' && mutations.length > 1) mutations = [...mutations, mutations[1]!];
    const signer = testDevice(named ?? 'deviceA');
    let entries: [string, J][] = [
      ['protocolVersion', c.protocolVersion],
      ['deviceId', named ? signer.id : c.sender],
      ['deviceKey', signer.key],
      ['cursor', c.cursor],
      ['mutations', mutations],
      ...(authors.size ? [['authors', new Obj([...authors])] as [string, J]] : []),
    ];
    let label = `${c.level} envelope(${c.mutations.length} mutations${authors.size ? `, ${authors.size} relayed authors` : ''}${c.duplicate === 'none' ? '' : `, ${c.duplicate}`})`;
    if (c.envelopePoison) {
      const [where, key, value] = c.envelopePoison;
      label += ` poisoned at ${where}`;
      if (where === 'extra') entries.push([key, value]);
      else if (where === 'drop') entries = entries.filter(([k]) => k !== 'cursor');
      else if (where === 'dupe-key') entries.push(['protocolVersion', value]);
      else entries = entries.map(([k, v]) => [k, k === where ? value : v]);
    }
    const text = jsonText(new Obj(entries));
    // signed by the device it names; an id no test device has is signed by the key it carries
    return { text, auth: c.auth, label, signature: signRequest(named ?? 'deviceA', text) };
  });
}

/** Well-formed mutations against the seeded records from callers that may not write them. */
export function unauthorizedWrite(world: World): fc.Arbitrary<EnvelopeCase> {
  const k = world.keys;
  const owned = world.records.filter((r) => r.creator !== deviceIdOf(world.participantDevice));
  return fc
    .record({
      who: fc.constantFrom('other', 'coordinator', 'participant', 'revoked', 'unknown'),
      record: fc.constantFrom(...world.records),
      ownedRecord: fc.constantFrom(...owned),
      ownScope: fc.boolean(),
      op: fc.constantFrom('upsert' as const, 'delete' as const),
      wall: fc.constantFrom(Date.UTC(2026, 2, 11), Date.UTC(2099, 0, 1), 999_999_999_999_999),
      newScope: id7,
      mutationId: id7,
    })
    .map((c) => {
      let device = 'intruder';
      let record = c.record;
      let scope = record.scope;
      let patch = validFields(record.kind, record);
      let auth = `Bearer ${k.other}`;
      if (c.who === 'other' && c.ownScope) scope = c.newScope; // a scope it owns (or claims) now, for a record of another's
      if (c.who === 'coordinator') {
        auth = `Bearer ${k.coordinator}`;
        // a coordinator may only curate existing practice cards: anything else, or any other field
        if (record.kind === 'practice' && c.op === 'upsert') patch = { ...patch, contact: 'coordinator@example.org' };
      }
      if (c.who === 'participant') {
        auth = `Bearer ${k.participant}`;
        record = c.ownedRecord; // records its device did not create
        scope = c.ownScope ? c.newScope : record.scope;
        patch = validFields(record.kind, record);
        device = c.ownScope ? world.participantDevice : 'phone2';
      }
      if (c.who === 'revoked') auth = `Bearer ${k.revoked}`;
      if (c.who === 'unknown') auth = 'Bearer wcf_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
      // the writer's own change, signed by it: what stops it is its credential's rights alone
      const m = { mutationId: c.mutationId, deviceId: deviceIdOf(device), seq: 1, kind: record.kind, recordId: record.id, scope, op: c.op, hlc: stampAt(c.wall, device), patch };
      const text = jsonText(new Obj([...senderEntries(device), ['cursor', null], ['mutations', [toJ(m)]]]));
      return { text, auth, signature: signRequest(device, text), label: `unauthorized ${c.who} ${c.op} ${record.kind}${scope === record.scope ? '' : ' into another scope'}` };
    });
}

/** Pre-made gzip bodies: a bomb that inflates past the server's bound, and deep or wide ones within it. */
let bombs: { name: string; bytes: Uint8Array }[] | undefined;
function gzipBombs() {
  bombs ??= [
    { name: 'gzip bomb (40 MiB of spaces)', bytes: gzipSync(Buffer.alloc(40 * 1024 * 1024, 0x20), { level: 9 }) },
    { name: 'gzip bomb (30 MiB of "[")', bytes: gzipSync(Buffer.alloc(30 * 1024 * 1024, 0x5b), { level: 9 }) },
    { name: 'gzip bomb (1M-deep arrays)', bytes: gzipSync(Buffer.from('['.repeat(1_000_000) + ']'.repeat(1_000_000)), { level: 9 }) },
  ];
  return bombs;
}

/** Byte-level damage to a body. */
function corrupt(bytes: Uint8Array, how: string, at: number): Uint8Array {
  const out = new Uint8Array(bytes);
  const i = bytes.length ? at % bytes.length : 0;
  if (how === 'truncate') return out.slice(0, i);
  if (how === 'flip' && out.length) out[i] = out[i]! ^ 0xff;
  if (how === 'invalid-utf8' || how === 'nul') {
    // a UTF-8-encoded surrogate, an overlong NUL and a byte UTF-8 never uses; or a raw NUL byte
    const insert = how === 'nul' ? [0] : [0xed, 0xa0, 0x80, 0xc0, 0x80, 0xff];
    const grown = new Uint8Array(out.length + insert.length);
    grown.set(out.subarray(0, i));
    grown.set(insert, i);
    grown.set(out.subarray(i), i + insert.length);
    return grown;
  }
  return out;
}

const CONTENT_TYPES = [
  'application/json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=utf-16',
  'application/octet-stream',
  '',
  'application/json, text/html',
];
const ENCODINGS = ['gzip', 'GZIP', 'x-gzip', 'deflate', 'br', 'gzip, gzip', 'identity', ''];

/** Sync bodies that are not what the protocol asks for: damaged, mis-labelled, compressed badly, or too big. */
export function hostileBody(world: World): fc.Arbitrary<HostileRequest> {
  const envelope = hostileEnvelope(world);
  const auth = `Bearer ${world.keys.owner}`;
  // signed as sent by the device it names (of the text before any damage or compression)
  const post = (label: string, body: string | Uint8Array, headers: Record<string, string> = {}, signature = typeof body === 'string' ? signRequest('deviceA', body) : undefined): HostileRequest => ({
    label,
    method: 'POST',
    path: '/api/sync',
    headers: { ...syncHeaders(auth, signature), ...headers },
    body,
  });
  const a = testDevice('deviceA');
  const valid = (mutations: string) => `{"protocolVersion":${PROTOCOL_VERSION},"deviceId":"${a.id}","deviceKey":"${a.key}","cursor":null,"mutations":[${mutations}]}`;
  return fc.oneof(
    // damaged bytes, labelled as JSON or as something else
    fc
      .tuple(envelope, fc.constantFrom('truncate', 'flip', 'invalid-utf8', 'nul', 'none'), fc.nat(), fc.constantFrom(...CONTENT_TYPES))
      .map(([e, how, at, type]) => post(`${how} body as ${type || 'no type'}`, corrupt(new TextEncoder().encode(e.text), how, at), { 'content-type': type }, e.signature)),
    // text that is not JSON
    fc
      .constantFrom(
        '',
        ' ',
        'null',
        '[]',
        '"sync"',
        '1',
        'NaN',
        '{"protocolVersion":NaN}',
        '{"protocolVersion":1,}',
        "{'protocolVersion':1}",
        '\uFEFF{}',
        '{"a":1}{"b":2}',
        '{"protocolVersion":1e999}',
        '{"protocolVersion":-0}',
        '<xml/>',
        'protocolVersion=1&deviceId=a',
        '{"__proto__":{"polluted":true}}',
        '{"constructor":{"prototype":{"polluted":true}}}',
      )
      .map((t) => post(`text ${JSON.stringify(t).slice(0, 40)}`, t)),
    // gzip: well formed, damaged, mislabelled, or a bomb
    fc
      .tuple(envelope, fc.constantFrom(...ENCODINGS), fc.constantFrom('none', 'truncate', 'flip'), fc.nat())
      .map(([e, enc, how, at]) => post(`gzip ${how} as "${enc}"`, corrupt(new Uint8Array(gzipSync(e.text)), how, at), { 'content-encoding': enc }, e.signature)),
    fc.constantFrom(0, 1, 2).map((i) => {
      const b = gzipBombs()[i]!;
      return post(b.name, b.bytes, { 'content-encoding': 'gzip' });
    }),
    // sizes around the body limit: padded with spaces (a plain request), or inside a string of a
    // mutation (a field the kind does not have); with or without a content-length header
    fc.tuple(fc.constantFrom(-1, 0, 1, 1_000), fc.constantFrom(' ', 'x', 'é', '👩🏽‍🔧'), fc.boolean(), fc.constantFrom(...world.records), id7).map(([delta, ch, withLength, r, mid]) => {
      const m = JSON.stringify({ mutationId: mid, deviceId: a.id, seq: 1, kind: r.kind, recordId: r.id, scope: r.scope, op: 'upsert', hlc: stampAt(LATER), patch: { pad: '' } });
      const [open, close] = valid('\u0000').split('\u0000') as [string, string];
      // spaces pad after the JSON; other characters fill the string of `patch.pad` (m ends in `""}}`)
      const [head, tail] = ch === ' ' ? [open + m + close, ''] : [open + m.slice(0, -3), `"}}${close}`];
      const room = BODY_LIMIT + delta - new TextEncoder().encode(head + tail).length;
      const unit = new TextEncoder().encode(ch).length;
      const text = head + ch.repeat(Math.max(0, Math.floor(room / unit))) + (ch === ' ' ? ' ' : 'x').repeat(Math.max(0, room % unit)) + tail;
      const bytes = new TextEncoder().encode(text);
      return post(
        `body of limit${delta >= 0 ? '+' : ''}${delta} bytes of ${JSON.stringify(ch)}${withLength ? ' with content-length' : ''}`,
        bytes,
        withLength ? { 'content-length': String(bytes.length) } : {},
        signRequest('deviceA', text),
      );
    }),
    // one huge string in a field of a seeded record (longer than any field allows)
    fc.tuple(fc.constantFrom(LIMITS.text + 1, 500_000, BODY_LIMIT - 600), fc.constantFrom(...world.records), fc.constantFrom('title', 'text', 'name', 'polluted'), id7).map(([n, r, field, mid]) => {
      const m = { mutationId: mid, deviceId: a.id, seq: 1, kind: r.kind, recordId: r.id, scope: r.scope, op: 'upsert', hlc: stampAt(LATER), patch: { [field]: 'x'.repeat(n) } };
      return post(`a ${n}-character ${field} in ${r.kind}`, valid(JSON.stringify(m)));
    }),
    // too many mutations, or exactly the most allowed (each one with a field its kind does not have)
    fc.tuple(fc.constantFrom(500, 501, 1_000, 5_000), fc.constantFrom(...world.records), id7).map(([n, r, mid]) => {
      const m = JSON.stringify({ mutationId: mid, deviceId: a.id, seq: 1, kind: r.kind, recordId: r.id, scope: r.scope, op: 'upsert', hlc: stampAt(LATER), patch: { polluted: true } });
      return post(`${n} mutations`, valid(Array.from({ length: n }, () => m).join(',')));
    }),
  );
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'];
const API_PATHS = [
  '/api',
  '/api/',
  '/api/health',
  '/api/sync',
  '/api/sync/',
  '/api/SYNC',
  '/api//sync',
  '/api/./sync',
  '/api/health/..',
  '/api/%2e%2e/%2e%2e/etc/passwd',
  '/api/%zz',
  '/api/%E0%A4%A',
  '/api/%00',
  '/api/__proto__',
  '/api/constructor',
  '/api/sync?__proto__[polluted]=1',
  '/api/health?x=%F0%9F%91%A9',
  '/api/ﷺ',
  '/api/sync#frag',
];
const PAGE_PATHS = [
  '/',
  '/index.html',
  '/%',
  '/%E0%A4%A',
  '/%zz/x',
  '/assets/%C0%AF',
  '/..%2f..%2fetc%2fpasswd',
  '/assets/../../etc/passwd',
  '/.vite/manifest.json',
  '/%2e%2e/%2e%2e/',
  '/join',
  '/\u202Ejoin',
  '/%00',
];

/** Any method on any path, with any body: API answers are JSON with a stable code, pages never fail. */
export function otherRoute(world: World): fc.Arbitrary<HostileRequest> {
  return fc
    .record({
      method: fc.oneof({ weight: 2, arbitrary: fc.constant('GET') }, { weight: 3, arbitrary: fc.constantFrom(...METHODS) }),
      path: fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...API_PATHS) },
        { weight: 2, arbitrary: fc.constantFrom(...PAGE_PATHS) },
        { weight: 1, arbitrary: fc.webPath().map((p) => `/api${p.startsWith('/') ? p : `/${p}`}`) },
        { weight: 1, arbitrary: fc.webPath() },
      ),
      auth: authHeader(world),
      body: fc.oneof(fc.constant(undefined), fc.string({ unit: 'binary', maxLength: 200 }), fc.constant('x'.repeat(BODY_LIMIT + 1)), hostileValue.map(jsonText)),
    })
    .map(({ method, path, auth, body }): HostileRequest => ({
      label: `${method} ${path.slice(0, 60)}`,
      method,
      path,
      headers: { 'content-type': 'application/json', ...(auth === undefined ? {} : { authorization: auth }) },
      body: method === 'GET' || method === 'HEAD' ? undefined : body,
    }));
}

/** A sync case as a request. */
export const asRequest = (c: EnvelopeCase): HostileRequest => ({
  label: c.label,
  method: 'POST',
  path: '/api/sync',
  headers: syncHeaders(c.auth, c.signature),
  body: c.text,
});

/**
 * The changes the proof cases carry: each one a change its author's credential may make, sent by a
 * device that may send it, so that only a failed proof refuses it (with the proof intact, each is
 * applied: fuzz-sync.test.ts checks that). A change of the sender's own, or one relayed for a
 * device that is not the sender.
 */
export const PROOF_BASES = ['own edit of the workshop', 'own score', 'relayed edit of the workshop', 'relayed score'] as const;
export type ProofBase = (typeof PROOF_BASES)[number];

/** Defects of the request's proof: who sends it. */
const REQUEST_FLAWS = [
  'unsigned',
  'signature of random bytes',
  'a header that is no signature',
  'two signatures in the header',
  'signed by another device',
  'the key and signature of another device',
  'a key of random bytes',
  'a key off the curve, the id its hash',
  'a compressed key',
  'a hostile key',
  'no key',
  'an id no key hashes to',
  'a hostile id',
  'a name for an id',
  'a signature of the request with another cursor',
  'a signature of the text without its prefix',
  'a signature of the text as a change',
  'a space added after signing',
  'reindented after signing',
  'a signature of the same device’s empty pull',
  'the previous protocol',
] as const;
/** Defects of an own change: its stamp. */
const OWN_FLAWS = ['stamped by another device'] as const;
/** Defects of a relayed change's proof: who wrote it, and under which credential. */
const RELAY_FLAWS = [
  'change unsigned',
  'change signature of random bytes',
  'a hostile change signature',
  'change signed by the relayer',
  'change signed by another device',
  'change altered after signing',
  'change signature of another change',
  'change signature without its prefix',
  'change signed as a request',
  'no authors',
  'no author entries',
  'author key of another device',
  'author key of random bytes',
  'author key off the curve',
  'author binding of random bytes',
  'author binding of another device',
  'author binding made with another credential',
  'author bound to a credential without rights',
  'author bound to the revoked key',
  'author bound to another workshop’s join link',
  'a hostile author entry',
  'hostile authors',
  'author named under the relayer’s id',
  'author named __proto__',
  'author entry with an extra field',
  'many authors, none proving the change',
  'stamp names the relayer',
  'sent as the relayer’s own, stamped by the author',
] as const;
export type ProofFlaw = (typeof REQUEST_FLAWS)[number] | (typeof OWN_FLAWS)[number] | (typeof RELAY_FLAWS)[number] | 'none';

export interface ProofDraws {
  base: ProofBase;
  flaw: ProofFlaw;
  mutationId: string;
  /** Milliseconds after LATER the change is stamped. */
  after: number;
  /** Picks another test device than the sender and the author. */
  otherPick: number;
  sig86: string;
  key87: string;
  mac43: string;
  offCurve: Uint8Array;
  header: string;
  value: J;
  workshop: string;
}

const B64URL = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_');
const b64url = (n: number) => fc.string({ unit: B64URL, minLength: n, maxLength: n });
const relayed = (base: ProofBase) => base.startsWith('relayed');

/** A crowd of devices bound to the owner's key, made once a world: authors of nothing in the request. */
const crowds = new WeakMap<World, [string, J][]>();

/** One proof case: a change its credential may make, and the flaw that must get it refused ('none': no flaw). */
export function proofCase(world: World, d: ProofDraws): EnvelopeCase {
  const workshop = world.records.find((r) => r.kind === 'workshop')!;
  const score = world.records.find((r) => r.kind === 'score')!;
  const edit = d.base.endsWith('workshop')
    ? { kind: workshop.kind, recordId: workshop.id, scope: workshop.scope, patch: { title: 'Taken over' } }
    : { kind: score.kind, recordId: score.id, scope: score.scope, patch: { value: 1, comment: 'changed' } };
  const scene = {
    'own edit of the workshop': { sender: 'deviceA', auth: world.keys.owner, author: 'deviceA', credential: world.keys.owner },
    'own score': { sender: world.participantDevice, auth: world.keys.participant, author: world.participantDevice, credential: world.keys.participant },
    'relayed edit of the workshop': { sender: 'intruder', auth: world.keys.other, author: 'deviceA', credential: world.keys.owner },
    'relayed score': { sender: 'phone2', auth: world.keys.participant, author: world.participantDevice, credential: world.keys.participant },
  }[d.base];
  const sender = testDevice(scene.sender);
  const author = testDevice(scene.author);
  const others = ['deviceB', 'deviceZ', 'phone2', 'stranger', world.participantDevice].filter((n) => n !== scene.sender && n !== scene.author);
  const other = testDevice(others[d.otherPick % others.length]!);
  const wall = LATER + d.after;
  let change: Mutation = {
    mutationId: d.mutationId,
    deviceId: author.id,
    seq: 1,
    kind: edit.kind,
    recordId: edit.recordId,
    scope: edit.scope,
    op: 'upsert',
    hlc: stampAt(wall, scene.author),
    patch: edit.patch,
  };
  const f = d.flaw;

  // the change, and its proof when relayed
  if (f === 'stamped by another device') change = { ...change, hlc: stampAt(wall, other.name) };
  if (f === 'stamp names the relayer') change = { ...change, hlc: stampAt(wall, sender.name) };
  if (f === 'sent as the relayer’s own, stamped by the author') change = { ...change, deviceId: sender.id };
  const signText = (m: Mutation) => mutationSigningText(m);
  let sig: J | undefined = relayed(d.base) ? signedBy(change).sig! : undefined;
  if (f === 'change unsigned' || f === 'sent as the relayer’s own, stamped by the author') sig = undefined;
  if (f === 'change signature of random bytes') sig = d.sig86;
  if (f === 'a hostile change signature') sig = d.value;
  if (f === 'change signed by the relayer') sig = sender.sign(signText(change));
  if (f === 'change signed by another device') sig = other.sign(signText(change));
  if (f === 'change altered after signing') change = { ...change, patch: { ...change.patch, comment: 'altered on the way', ...(edit.kind === 'workshop' ? { title: 'Altered on the way' } : {}) } };
  if (f === 'change signature of another change') sig = author.sign(signText({ ...change, mutationId: workshop.id }));
  if (f === 'change signature without its prefix') sig = author.sign(signText(change).replace(/^wc-mutation-1\n/, ''));
  if (f === 'change signed as a request') sig = author.sign(requestSigningText(JSON.stringify(change)));

  let entry: J = toJ(authorEntry(author.id, scene.credential));
  const entryWith = (over: Record<string, unknown>) => toJ({ ...authorEntry(author.id, scene.credential), ...over });
  if (f === 'author key of another device') entry = entryWith({ key: other.key });
  if (f === 'author key of random bytes') entry = entryWith({ key: d.key87 });
  if (f === 'author key off the curve') entry = entryWith({ key: Buffer.concat([Buffer.from([4]), d.offCurve]).toString('base64url') });
  if (f === 'author binding of random bytes') entry = entryWith({ mac: d.mac43 });
  if (f === 'author binding of another device') entry = entryWith({ mac: authorEntry(other.id, scene.credential).mac });
  if (f === 'author binding made with another credential') entry = entryWith({ mac: authorEntry(author.id, world.keys.other).mac });
  if (f === 'author bound to a credential without rights') entry = toJ(authorEntry(author.id, world.keys.other));
  if (f === 'author bound to the revoked key') entry = toJ(authorEntry(author.id, world.keys.revoked));
  if (f === 'author bound to another workshop’s join link') entry = toJ(authorEntry(author.id, joinCredential(d.workshop, world.keys.participant.split('_').at(-1)!)));
  if (f === 'a hostile author entry') entry = d.value;
  if (f === 'author entry with an extra field') entry = entryWith({ role: 'facilitator' });
  let authors: J | undefined = relayed(d.base) ? new Obj([[author.id, entry]]) : undefined;
  if (f === 'no authors') authors = undefined;
  if (f === 'no author entries') authors = new Obj([]);
  if (f === 'hostile authors') authors = d.value;
  if (f === 'author named under the relayer’s id') authors = new Obj([[sender.id, entry]]);
  if (f === 'author named __proto__') authors = new Obj([['__proto__', entry]]);
  if (f === 'many authors, none proving the change') {
    const crowd = crowds.get(world) ?? Array.from({ length: 250 }, (_, i) => [deviceIdOf(`crowd${i}`), toJ(authorEntry(`crowd${i}`, world.keys.owner))] as [string, J]);
    crowds.set(world, crowd);
    authors = new Obj([...crowd, [author.id, entryWith({ mac: d.mac43 })]]);
  }

  // the request, and who signs what
  let deviceId: J = sender.id;
  let deviceKey: J | undefined = sender.key;
  let signer = sender;
  if (f === 'the key and signature of another device') [deviceKey, signer] = [other.key, other];
  if (f === 'a key of random bytes') deviceKey = d.key87;
  if (f === 'a key off the curve, the id its hash') {
    deviceKey = Buffer.concat([Buffer.from([4]), d.offCurve]).toString('base64url');
    deviceId = deviceIdForKey(deviceKey)!;
    // its own change, as a device of that id would send it
    if (!relayed(d.base)) change = { ...change, deviceId, hlc: encodeHlc({ wall, count: 0, node: deviceId }) };
  }
  if (f === 'a compressed key')
    deviceKey = Buffer.concat([Buffer.from([2 + (Buffer.from(sender.key, 'base64url')[64]! & 1)]), Buffer.from(sender.key, 'base64url').subarray(1, 33)]).toString('base64url');
  if (f === 'a hostile key') deviceKey = d.value;
  if (f === 'no key') deviceKey = undefined;
  if (f === 'an id no key hashes to') deviceId = 'a'.repeat(32);
  if (f === 'a hostile id') deviceId = d.value;
  if (f === 'a name for an id') deviceId = sender.name;
  const m = toJ({ ...change, ...(sig === undefined ? {} : { sig: '' }) }) as Obj;
  const mutation = sig === undefined ? m : new Obj(m.entries.map(([k, v]) => [k, k === 'sig' ? sig! : v]));
  const text = (over: { cursor?: J; mutations?: J[]; authors?: boolean } = {}) =>
    jsonText(
      new Obj([
        ['protocolVersion', f === 'the previous protocol' ? 1 : PROTOCOL_VERSION],
        ['deviceId', deviceId],
        ...(deviceKey === undefined ? [] : [['deviceKey', deviceKey] as [string, J]]),
        ['cursor', over.cursor ?? null],
        ['mutations', over.mutations ?? [mutation]],
        ...(authors === undefined || over.authors === false ? [] : [['authors', authors] as [string, J]]),
      ]),
    );
  const body = text();
  let sent = body;
  let signature: string | undefined = signer.sign(requestSigningText(body));
  if (f === 'unsigned') signature = undefined;
  if (f === 'signature of random bytes') signature = d.sig86;
  if (f === 'a header that is no signature') signature = d.header;
  if (f === 'two signatures in the header') signature = `${signature}, ${signature}`;
  if (f === 'signed by another device') signature = other.sign(requestSigningText(body));
  if (f === 'a signature of the request with another cursor') signature = signer.sign(requestSigningText(text({ cursor: '1' })));
  if (f === 'a signature of the text without its prefix') signature = signer.sign(body);
  if (f === 'a signature of the text as a change') signature = signer.sign(`wc-mutation-1\n${body}`);
  if (f === 'a space added after signing') sent = `${body} `;
  if (f === 'reindented after signing') sent = JSON.stringify(JSON.parse(body), null, 1);
  if (f === 'a signature of the same device’s empty pull') signature = signer.sign(requestSigningText(text({ mutations: [], authors: false })));
  return { text: sent, auth: `Bearer ${scene.auth}`, signature, label: `proof: ${d.base}: ${f}` };
}

/**
 * Requests whose proof of who sends them, or of who wrote a change they relay, is hostile or
 * broken: hostile `deviceKey`, `authors` and `sig` values, a key that is not the id's, a signature
 * of another text. Each must get a 4xx or a rejected ack, never a 5xx, and nothing applied.
 */
export function hostileProof(world: World): fc.Arbitrary<EnvelopeCase> {
  return fc
    .constantFrom(...PROOF_BASES)
    .chain((base) =>
      fc.record({
        base: fc.constant(base),
        flaw: fc.constantFrom<ProofFlaw>(...REQUEST_FLAWS, ...(relayed(base) ? RELAY_FLAWS : OWN_FLAWS)),
        mutationId: id7,
        after: fc.integer({ min: 0, max: 60_000 }),
        otherPick: fc.nat(),
        sig86: b64url(86),
        key87: b64url(87),
        mac43: b64url(43),
        offCurve: fc.uint8Array({ minLength: 64, maxLength: 64 }),
        // header values are byte strings: Latin-1 characters only, no CR, LF or NUL
        header: fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).map((c) => String.fromCharCode(c)), maxLength: 200 }),
        value: hostileValue,
        workshop: id7,
      }),
    )
    .map((d) => proofCase(world, d));
}
