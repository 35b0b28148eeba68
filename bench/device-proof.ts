// What proving devices costs the server, per request and per relayed change, beside what parsing
// and validating the same request costs in the same run (a ratio that does not depend on the host).
//   npx tsx bench/device-proof.ts        (RUNS=400 by default)
import { senderIsProven } from '../src/server/auth/proofs.ts';
import { deviceKey, signatureVerifies } from '../src/server/auth/device-signature.ts';
import { bindingText, macText, mutationSigningText } from '../src/shared/identity/device-proof.ts';
import { credentialHash } from '../src/shared/identity/credential.ts';
import { syncRequestSchema } from '../src/shared/sync/protocol.ts';
import { uuidv7 } from '../src/shared/ids.ts';
import { mutation, notePatch } from '../tests/unit/server/sync-fixtures.ts';
import { signedBy, syncRequest, testDevice } from '../tests/support/test-devices.ts';

const RUNS = Number(process.env.RUNS ?? 400);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const spread = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `${s[Math.floor(s.length * 0.1)]!.toFixed(0)}–${s[Math.floor(s.length * 0.9)]!.toFixed(0)}`;
};

async function time(fn: () => unknown): Promise<number[]> {
  for (let i = 0; i < 20; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    out.push((performance.now() - t) * 1000);
  }
  return out;
}

const w = uuidv7();
// A phone's push at the end of a scoring session: 40 changes.
const changes = Array.from({ length: 40 }, (_, i) => mutation({ kind: 'note', recordId: uuidv7(), scope: w, patch: notePatch(w, `answer ${i} `.repeat(20)) }, Date.now(), 'benchPhone'));
const { headers, body } = syncRequest('wcf_benchkey', 'benchPhone', { mutations: changes });
const parsed = syncRequestSchema().parse(JSON.parse(body));
const signature = headers['device-signature'];

const parse = await time(() => syncRequestSchema().parse(JSON.parse(body)));
const request = await time(() => senderIsProven(body, signature, parsed));
const relayed = signedBy(changes[0]!);
const { key } = deviceKey(testDevice('benchPhone').key)!;
const change = await time(() => signatureVerifies(key, relayed.sig!, mutationSigningText(relayed)));
const hash = credentialHash('wcf_benchkey');
const binding = await time(() => macText(hash, bindingText(testDevice('benchPhone').id)));

const row = (name: string, xs: number[]) =>
  console.log(`  ${name.padEnd(46)} median ${median(xs).toFixed(0).padStart(6)} µs  (p10–p90 ${spread(xs)} µs)  ${(median(xs) / median(parse)).toFixed(2)}× parsing`);
console.log(`Device proofs on the server, ${RUNS} runs each (a push of 40 notes, ${(body.length / 1024).toFixed(1)} KB of JSON)`);
row('parse and validate the request (baseline)', parse);
row('check the request signature (once a request)', request);
row('check a relayed change’s signature (each)', change);
row('check an author’s credential binding (each)', binding);
