// Hostile values for fuzzing: edge-case strings, numbers JSON.stringify never writes, keys that reach
// prototypes, long strings and deep nesting.
import fc from 'fast-check';
import { LIMITS } from '../../../src/shared/schemas/fields.ts';
import { Obj, Raw, type J } from './fuzz-json.ts';

const deep = (depth: number, open: string, close: string, core = '1') => new Raw(open.repeat(depth) + core + close.repeat(depth), depth * (open.split(/[[{]/).length - 1) + 1);
const DEPTHS = [65, 1_000, 10_000, 100_000];
export const deepValue: fc.Arbitrary<J> = fc.oneof(
  fc.constantFrom(...DEPTHS).map((d) => deep(d, '[', ']')),
  fc.constantFrom(...DEPTHS).map((d) => deep(d, '{"a":', '}')),
  fc.constantFrom(...DEPTHS).map((d) => deep(d, '{"__proto__":', '}', '{"polluted":true}')),
  fc.constantFrom(...DEPTHS).map((d) => deep(d, '[{"constructor":{"prototype":', '}}]', '{"polluted":true}')),
);

/** Strings that broke parsers, databases and renderers before. */
export const EDGE_STRINGS = [
  '',
  ' ',
  '\t\n',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF',
  'x\uDBFFy',
  '\uDC00\uD800',
  '\u202Etxt.exe',
  '\u200F\u200E',
  '\u2066isolate\u2069',
  '\uFEFF',
  '\u00A0',
  '\u2028\u2029',
  '👩🏽‍🔧',
  '🏳️‍⚧️',
  'e\u0301\u0301\u0301',
  'ﷺ',
  'مرحبا',
  '𝕏',
  '\u{10FFFF}',
  '\uFFFE\uFFFF',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '$unset',
  '{"$unset":true}',
  'NaN',
  '-NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '1e308',
  '1e999',
  '0x1F',
  '0o7',
  '1_000',
  'null',
  'undefined',
  'true',
  '9999-12-31',
  '0000-01-01',
  '2026-02-30',
  '2026-13-01',
  '+275760-09-13',
  '-000001-01-01',
  '9999-99-99',
  '2026-03-10T00:00:00Z',
  '999999999999999-999999-zzzz',
  '000000000000000-000000-a',
  '-00000000000000-000000-a',
  '00176400000000a-000000-a',
  '001764000000000-000000-',
  '001764000000000-000000-a b',
  `001764000000000-000000-${'a'.repeat(41)}`,
  '١٧٦٤٠٠٠٠٠٠٠٠٠٠٠-٠٠٠٠٠٠-a',
  '01a21024-fbe9-7a35-b6b7-237075bb6093 ',
  '01A21024-FBE9-7A35-B6B7-237075BB6093',
  '00000000-0000-0000-0000-000000000000',
  "'; DROP TABLE sync_records; --",
  '" OR 1=1 --',
  '?',
  '$1',
  '%s%s%n',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '${7*7}',
];
const LONG_LENGTHS = [LIMITS.short + 1, LIMITS.title + 1, LIMITS.text + 1, LIMITS.longText + 1, 100_000];
export const longString: fc.Arbitrary<string> = fc.tuple(fc.constantFrom(...LONG_LENGTHS), fc.constantFrom('x', 'é', '👩🏽‍🔧', '\uD800', ' ')).map(([n, c]) => c.repeat(Math.ceil(n / c.length)));

export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'isPrototypeOf', 'toLocaleString', 'propertyIsEnumerable'),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '$unset',
      '',
      ' ',
      '\u0000',
      '\uD800',
      '\u202Etitle',
      'title\u200F',
      'TITLE',
      'title ',
      '👩🏽‍🔧',
      'x'.repeat(1_000),
      'id',
      'createdAt',
      'updatedAt',
      'deviceId',
      'deleted',
      'workshopId',
      'ownerId',
      'polluted',
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);

const rawNumber = fc
  .constantFrom('-0', '1e308', '-1e308', '1e999', '-1e999', '5e-324', '1E400', '0.0000000000000000000001', '123456789012345678901234567890', '9007199254740993', '1.0', '1e0', '-1', '0')
  .map((t) => new Raw(t));

/** Any hostile JSON value, small or large. */
export const hostileValue: fc.Arbitrary<J> = fc.letrec<{ value: J }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: fc.constantFrom<J>(...EDGE_STRINGS) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 2, arbitrary: rawNumber },
    { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -1, 1.5, Number.MAX_SAFE_INTEGER + 2, 2 ** 63)) },
    {
      weight: 1,
      arbitrary: fc.constantFrom<J>(
        null,
        true,
        false,
        [],
        new Obj([]),
        new Obj([
          ['$unset', true],
          ['x', 1],
        ]),
        new Obj([['$unset', 'yes']]),
      ),
    },
    { weight: 1, arbitrary: longString },
    { weight: 1, arbitrary: deepValue },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.array(fc.tuple(hostileKey, tie('value')), { maxLength: 4 }).map((e) => new Obj(e)) },
  ),
})).value;

/** UUIDv7-shaped ids drawn by fast-check, so a seed gives the same case again. */
export const id7 = fc.uuid({ version: 7 });

export const oddText = fc.oneof(fc.constantFrom(...EDGE_STRINGS), fc.string({ unit: 'binary', maxLength: 210 }), fc.string({ unit: 'grapheme', maxLength: 200 }));
export const UNSET_J = new Obj([['$unset', true]]);
