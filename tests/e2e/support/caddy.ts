import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { accessSync, constants, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join, resolve } from 'node:path';
import { connect, type DetailedPeerCertificate } from 'node:tls';

/** The repository's production Caddyfile: the test runs it, under a global block of its own. */
const PRODUCTION_CADDYFILE = resolve('deploy/Caddyfile');

export interface RunningCaddy {
  /** The HTTPS address devices use, e.g. https://workshop.test:43127 */
  origin: string;
  port: number;
  /** Caddy's own root certificate (PEM): what a tablet would install to trust `tls internal`. */
  rootPem: string;
  /**
   * Base64 SHA-256 of the SubjectPublicKeyInfo of each certificate of the chain Caddy serves,
   * checked against `rootPem` first. Chromium matches its --ignore-certificate-errors-spki-list
   * against the served chain only (leaf and intermediate), never against a root it was not sent.
   */
  spkiHashes: string[];
  stop(): Promise<void>;
}

/** A port nobody listens on now (a tiny race with other processes is acceptable in a test). */
export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
  });
}

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const p = join(dir, name);
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
      // Not in this folder.
    }
  }
  return undefined;
}

/**
 * Caddy, as scripts/find-chromium.mjs finds Chromium: CADDY_PATH, then the PATH; on Debian as root,
 * Debian's package is installed; anywhere else the test fails saying what to install. Never skipped:
 * a missing Caddy would hide a broken HTTPS recipe.
 */
export function findCaddy(): string {
  if (process.env.CADDY_PATH) {
    if (existsSync(process.env.CADDY_PATH)) return process.env.CADDY_PATH;
    throw new Error(`CADDY_PATH=${process.env.CADDY_PATH} does not exist`);
  }
  const found = onPath('caddy');
  if (found) return found;
  if (existsSync('/etc/debian_version') && process.getuid?.() === 0) {
    console.log('No Caddy found: installing Debian\'s "caddy" package with apt-get…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'caddy'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    const installed = onPath('caddy') ?? (existsSync('/usr/bin/caddy') ? '/usr/bin/caddy' : undefined);
    if (installed) return installed;
  }
  throw new Error('Caddy is not installed, and the HTTPS end-to-end test runs the app behind it. Install it (Debian/Ubuntu: "sudo apt-get install caddy") or set CADDY_PATH to a caddy binary.');
}

const spkiHash = (der: Buffer) =>
  createHash('sha256')
    .update(new X509Certificate(der).publicKey.export({ type: 'spki', format: 'der' }))
    .digest('base64');

/** The certificates Caddy serves for `name`, once its chain verifies against its root for that name; undefined while it is not ready. */
function servedChain(port: number, name: string, rootPem: string): Promise<Buffer[] | undefined> {
  return new Promise((res) => {
    const socket = connect({ host: '127.0.0.1', port, servername: name, ca: rootPem, ALPNProtocols: ['http/1.1'] }, () => {
      const chain: Buffer[] = [];
      for (let c: DetailedPeerCertificate | undefined = socket.getPeerCertificate(true); c?.raw && !chain.some((d) => d.equals(c!.raw)); c = c.issuerCertificate) chain.push(c.raw);
      socket.end();
      res(chain);
    });
    socket.once('error', () => res(undefined));
    socket.setTimeout(2_000, () => socket.destroy());
  });
}

/**
 * Caddy in front of `upstream` for the name `name`, with deploy/Caddyfile as is: its global
 * block only moves Caddy to free high ports, turns the admin endpoint off, issues every
 * certificate from Caddy's own authority (what `tls internal` does) and keeps that authority in
 * `dir`, not in the system's trust store.
 */
export async function startCaddy(opts: { name: string; upstream: string; dir: string }): Promise<RunningCaddy> {
  const caddy = findCaddy();
  const [port, httpPort] = [await freePort(), await freePort()];
  const config = join(opts.dir, 'Caddyfile');
  writeFileSync(
    config,
    [
      '{',
      '\tadmin off',
      '\tlocal_certs',
      '\tskip_install_trust',
      `\thttp_port ${httpPort}`,
      `\thttps_port ${port}`,
      '\tauto_https disable_redirects',
      '\tgrace_period 1s',
      '}',
      `import ${PRODUCTION_CADDYFILE}`,
      '',
    ].join('\n'),
  );
  const dataHome = join(opts.dir, 'data');
  const child: ChildProcess = spawn(caddy, ['run', '--config', config, '--adapter', 'caddyfile'], {
    env: { PATH: process.env.PATH, HOME: opts.dir, XDG_DATA_HOME: dataHome, XDG_CONFIG_HOME: join(opts.dir, 'config'), SITE_ADDRESS: opts.name, UPSTREAM: opts.upstream },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const stop = () =>
    new Promise<void>((res) => {
      if (child.exitCode !== null || child.signalCode !== null) return res();
      const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
      child.once('exit', () => {
        clearTimeout(kill);
        res();
      });
      child.kill('SIGTERM');
    });

  const rootFile = join(dataHome, 'caddy/pki/authorities/local/root.crt');
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`caddy exited early:\n${output}`);
    const rootPem = existsSync(rootFile) ? readFileSync(rootFile, 'utf8') : undefined;
    const chain = rootPem && (await servedChain(port, opts.name, rootPem));
    if (rootPem && chain) return { origin: `https://${opts.name}:${port}`, port, rootPem, spkiHashes: chain.map(spkiHash), stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`caddy did not serve a certificate for ${opts.name} from its own authority:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
