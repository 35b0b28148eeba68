// fast-check arbitraries of hostile requests to the API. Bodies are built as JSON text by hand, so a
// case can carry what JSON.stringify never writes: `__proto__` and duplicated keys, 1e999, -0, and
// nesting ten thousand levels deep.
//
// Every mutation a case sends carries at least one defect that must get it refused (a field the
// mutation schema refuses, or a value its record kind refuses), or it is sent by a key that may not
// write it; so a 200 must never acknowledge one as `applied`, and stored records must never change.
import fc from 'fast-check';
import { gzipSync } from 'node:zlib';
import { LIMITS } from '../../../src/shared/schemas/fields.ts';
import { jsonText, Obj, type J } from './fuzz-json.ts';
import { editable, hostileMutation, validFields } from './fuzz-mutations.ts';
import { EDGE_STRINGS, hostileKey, hostileValue, id7 } from './fuzz-values.ts';
import { BODY_LIMIT, LATER, stampAt, type HostileRequest, type World } from './fuzz-world.ts';

const deviceIds = (world: World) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('deviceA', 'deviceB', 'deviceZ', world.participantDevice, 'phone2') },
    { weight: 1, arbitrary: fc.constantFrom(...EDGE_STRINGS.slice(0, 12)) },
    { weight: 1, arbitrary: fc.constant('a'.repeat(41)) },
  );

/** Every kind of caller: the owner, other roles, dead keys and broken headers. */
export function authHeader(world: World): fc.Arbitrary<string | undefined> {
  const k = world.keys;
  return fc.oneof(
    { weight: 6, arbitrary: fc.constant(`Bearer ${k.owner}`) },
    { weight: 4, arbitrary: fc.constantFrom(`Bearer ${k.other}`, `Bearer ${k.coordinator}`, `Bearer ${k.participant}`) },
    { weight: 2, arbitrary: fc.constantFrom(undefined, `Bearer ${k.revoked}`, 'Bearer wcj_notAJoinTokenAtAll0000', 'Bearer ', `bearer ${k.owner}`, `Bearer  ${k.owner}`, `Bearer ${k.owner} `, `Basic ${k.owner}`, k.owner, `Bearer ${'a'.repeat(101)}`, `Bearer ${k.owner}é`, 'Bearer wcj_', `Bearer ${'x'.repeat(8_000)}`) },
    // header values are byte strings: Latin-1 characters only, no CR, LF or NUL
    { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).map((c) => String.fromCharCode(c)), maxLength: 60 }).map((s) => `Bearer ${s}`.trim()) },
  );
}

export interface EnvelopeCase {
  text: string;
  auth: string | undefined;
  label: string;
}

/**
 * A sync request whose envelope and mutations are hostile. Half the cases are valid requests whose
 * mutations carry defects in their records only, so they reach the merge and the store.
 */
export function hostileEnvelope(world: World): fc.Arbitrary<EnvelopeCase> {
  const device = deviceIds(world);
  const valid = fc.constantFrom('deviceA', 'deviceB', 'deviceZ', world.participantDevice);
  // mostly cursors the server hands out; sometimes one past what a number or BIGINT holds
  const cursor = fc.oneof({ weight: 6, arbitrary: fc.constantFrom<J>(null, '0', '1', '9007199254740991') }, { weight: 1, arbitrary: fc.constantFrom<J>('9223372036854775807', '9999999999999999999') });
  const store = fc.record({
    level: fc.constant('store' as const),
    auth: authHeader(world),
    deviceId: valid,
    cursor,
    protocolVersion: fc.constant<J>(1),
    mutations: fc.array(hostileMutation(world, valid, 'store'), { minLength: 1, maxLength: 6 }),
    duplicate: fc.constantFrom('none', 'same-mutation', 'same-record'),
    envelopePoison: fc.constant(null),
  });
  const schema = fc.record({
    level: fc.constant('schema' as const),
    auth: authHeader(world),
    deviceId: device,
    cursor: fc.oneof({ weight: 4, arbitrary: fc.constantFrom<J>(null, '0', '1', '9007199254740991', '9223372036854775807', '9999999999999999999') }, { weight: 1, arbitrary: hostileValue }),
    protocolVersion: fc.oneof({ weight: 6, arbitrary: fc.constant<J>(1) }, { weight: 1, arbitrary: hostileValue }),
    mutations: fc.array(hostileMutation(world, device, 'schema'), { maxLength: 6 }),
    duplicate: fc.constantFrom('none', 'same-mutation', 'same-record'),
    envelopePoison: fc.option(fc.tuple(fc.constantFrom('protocolVersion', 'deviceId', 'cursor', 'mutations', 'extra', 'drop', 'dupe-key'), hostileKey, hostileValue), { freq: 4, nil: null }),
  });
  return fc.oneof(store, schema).map((c) => {
    let mutations: J[] = c.mutations;
    if (c.duplicate === 'same-mutation' && mutations.length) mutations = [...mutations, mutations[0]!];
    if (c.duplicate === 'same-record' && mutations.length > 1) mutations = [...mutations, mutations[1]!];
    let entries: [string, J][] = [
      ['protocolVersion', c.protocolVersion],
      ['deviceId', c.deviceId],
      ['cursor', c.cursor],
      ['mutations', mutations],
    ];
    let label = `${c.level} envelope(${c.mutations.length} mutations${c.duplicate === 'none' ? '' : `, ${c.duplicate}`})`;
    if (c.envelopePoison) {
      const [where, key, value] = c.envelopePoison;
      label += ` poisoned at ${where}`;
      if (where === 'extra') entries.push([key, value]);
      else if (where === 'drop') entries = entries.filter(([k]) => k !== 'cursor');
      else if (where === 'dupe-key') entries.push(['protocolVersion', value]);
      else entries = entries.map(([k, v]) => [k, k === where ? value : v]);
    }
    return { text: jsonText(new Obj(entries)), auth: c.auth, label };
  });
}

/** Well-formed mutations against the seeded records from callers that may not write them. */
export function unauthorizedWrite(world: World): fc.Arbitrary<EnvelopeCase> {
  const k = world.keys;
  const owned = world.records.filter((r) => r.creator !== world.participantDevice);
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
      const m = { mutationId: c.mutationId, deviceId: device, seq: 1, kind: record.kind, recordId: record.id, scope, op: c.op, hlc: stampAt(c.wall, device), patch };
      return { text: JSON.stringify({ protocolVersion: 1, deviceId: device, cursor: null, mutations: [m] }), auth, label: `unauthorized ${c.who} ${c.op} ${record.kind}${scope === record.scope ? '' : ' into another scope'}` };
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

const CONTENT_TYPES = ['application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=utf-16', 'application/octet-stream', '', 'application/json, text/html'];
const ENCODINGS = ['gzip', 'GZIP', 'x-gzip', 'deflate', 'br', 'gzip, gzip', 'identity', ''];

/** Sync bodies that are not what the protocol asks for: damaged, mis-labelled, compressed badly, or too big. */
export function hostileBody(world: World): fc.Arbitrary<HostileRequest> {
  const envelope = hostileEnvelope(world);
  const auth = `Bearer ${world.keys.owner}`;
  const post = (label: string, body: string | Uint8Array, headers: Record<string, string> = {}): HostileRequest => ({
    label,
    method: 'POST',
    path: '/api/sync',
    headers: { 'content-type': 'application/json', authorization: auth, ...headers },
    body,
  });
  const valid = (mutations: string) => `{"protocolVersion":1,"deviceId":"deviceA","cursor":null,"mutations":[${mutations}]}`;
  return fc.oneof(
    // damaged bytes, labelled as JSON or as something else
    fc.tuple(envelope, fc.constantFrom('truncate', 'flip', 'invalid-utf8', 'nul', 'none'), fc.nat(), fc.constantFrom(...CONTENT_TYPES)).map(([e, how, at, type]) =>
      post(`${how} body as ${type || 'no type'}`, corrupt(new TextEncoder().encode(e.text), how, at), { 'content-type': type }),
    ),
    // text that is not JSON
    fc.constantFrom('', ' ', 'null', '[]', '"sync"', '1', 'NaN', '{"protocolVersion":NaN}', '{"protocolVersion":1,}', "{'protocolVersion':1}", '\uFEFF{}', '{"a":1}{"b":2}', '{"protocolVersion":1e999}', '{"protocolVersion":-0}', '<xml/>', 'protocolVersion=1&deviceId=a', '{"__proto__":{"polluted":true}}', '{"constructor":{"prototype":{"polluted":true}}}').map((t) => post(`text ${JSON.stringify(t).slice(0, 40)}`, t)),
    // gzip: well formed, damaged, mislabelled, or a bomb
    fc.tuple(envelope, fc.constantFrom(...ENCODINGS), fc.constantFrom('none', 'truncate', 'flip'), fc.nat()).map(([e, enc, how, at]) =>
      post(`gzip ${how} as "${enc}"`, corrupt(new Uint8Array(gzipSync(e.text)), how, at), { 'content-encoding': enc }),
    ),
    fc.constantFrom(0, 1, 2).map((i) => {
      const b = gzipBombs()[i]!;
      return post(b.name, b.bytes, { 'content-encoding': 'gzip' });
    }),
    // sizes around the body limit: padded with spaces (a plain request), or inside a string of a
    // mutation (a field the kind does not have); with or without a content-length header
    fc.tuple(fc.constantFrom(-1, 0, 1, 1_000), fc.constantFrom(' ', 'x', 'é', '👩🏽‍🔧'), fc.boolean(), fc.constantFrom(...world.records), id7).map(([delta, ch, withLength, r, mid]) => {
      const m = JSON.stringify({ mutationId: mid, deviceId: 'deviceA', seq: 1, kind: r.kind, recordId: r.id, scope: r.scope, op: 'upsert', hlc: stampAt(LATER), patch: { pad: '' } });
      const [open, close] = valid('\u0000').split('\u0000') as [string, string];
      // spaces pad after the JSON; other characters fill the string of `patch.pad` (m ends in `""}}`)
      const [head, tail] = ch === ' ' ? [open + m + close, ''] : [open + m.slice(0, -3), `"}}${close}`];
      const room = BODY_LIMIT + delta - new TextEncoder().encode(head + tail).length;
      const unit = new TextEncoder().encode(ch).length;
      const text = head + ch.repeat(Math.max(0, Math.floor(room / unit))) + (ch === ' ' ? ' ' : 'x').repeat(Math.max(0, room % unit)) + tail;
      const bytes = new TextEncoder().encode(text);
      return post(`body of limit${delta >= 0 ? '+' : ''}${delta} bytes of ${JSON.stringify(ch)}${withLength ? ' with content-length' : ''}`, bytes, withLength ? { 'content-length': String(bytes.length) } : {});
    }),
    // one huge string in a field of a seeded record (longer than any field allows)
    fc.tuple(fc.constantFrom(LIMITS.text + 1, 500_000, BODY_LIMIT - 600), fc.constantFrom(...world.records), fc.constantFrom('title', 'text', 'name', 'polluted'), id7).map(([n, r, field, mid]) => {
      const m = { mutationId: mid, deviceId: 'deviceA', seq: 1, kind: r.kind, recordId: r.id, scope: r.scope, op: 'upsert', hlc: stampAt(LATER), patch: { [field]: 'x'.repeat(n) } };
      return post(`a ${n}-character ${field} in ${r.kind}`, valid(JSON.stringify(m)));
    }),
    // too many mutations, or exactly the most allowed (each one with a field its kind does not have)
    fc.tuple(fc.constantFrom(500, 501, 1_000, 5_000), fc.constantFrom(...world.records), id7).map(([n, r, mid]) => {
      const m = JSON.stringify({ mutationId: mid, deviceId: 'deviceA', seq: 1, kind: r.kind, recordId: r.id, scope: r.scope, op: 'upsert', hlc: stampAt(LATER), patch: { polluted: true } });
      return post(`${n} mutations`, valid(Array.from({ length: n }, () => m).join(',')));
    }),
  );
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'];
const API_PATHS = ['/api', '/api/', '/api/health', '/api/sync', '/api/sync/', '/api/SYNC', '/api//sync', '/api/./sync', '/api/health/..', '/api/%2e%2e/%2e%2e/etc/passwd', '/api/%zz', '/api/%E0%A4%A', '/api/%00', '/api/__proto__', '/api/constructor', '/api/sync?__proto__[polluted]=1', '/api/health?x=%F0%9F%91%A9', '/api/ﷺ', '/api/sync#frag'];
const PAGE_PATHS = ['/', '/index.html', '/%', '/%E0%A4%A', '/%zz/x', '/assets/%C0%AF', '/..%2f..%2fetc%2fpasswd', '/assets/../../etc/passwd', '/.vite/manifest.json', '/%2e%2e/%2e%2e/', '/join', '/\u202Ejoin', '/%00'];

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
  headers: { 'content-type': 'application/json', ...(c.auth === undefined ? {} : { authorization: c.auth }) },
  body: c.text,
});
