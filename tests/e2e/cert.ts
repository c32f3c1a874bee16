import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A throw-away self-signed certificate for the HTTPS fixture server. Chromium is started with
// --ignore-certificate-errors, so it only has to be well-formed and match its key. Debian's openssl
// makes it when present; otherwise it is assembled here (DER by hand, signed with node:crypto),
// so the suite needs nothing that CI does not install.

export interface Certificate {
  key: string;
  cert: string;
  madeBy: 'openssl' | 'node';
}

export function makeCertificate(hosts: readonly string[]): Certificate {
  return hasOpenssl() ? withOpenssl(hosts) : withNode(hosts);
}

function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function withOpenssl(hosts: readonly string[]): Certificate {
  const dir = mkdtempSync(join(tmpdir(), 'mailgist-e2e-cert-'));
  try {
    const san = ['IP:127.0.0.1', ...hosts.map((h) => `DNS:${h}`)].join(',');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=mailgist-e2e',
        '-addext',
        `subjectAltName=${san}`,
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return {
      key: readFileSync(join(dir, 'key.pem'), 'utf8'),
      cert: readFileSync(join(dir, 'cert.pem'), 'utf8'),
      madeBy: 'openssl',
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// --- Minimal DER for an X.509 v3 certificate (ECDSA P-256, SHA-256) ---

function der(tag: number, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  const n = body.length;
  const len =
    n < 0x80
      ? Buffer.from([n])
      : n < 0x100
        ? Buffer.from([0x81, n])
        : Buffer.from([0x82, n >> 8, n & 0xff]);
  return Buffer.concat([Buffer.from([tag]), len, body]);
}
const seq = (...parts: Buffer[]) => der(0x30, ...parts);
const oid = (bytes: number[]) => der(0x06, Buffer.from(bytes));
const utf8 = (s: string) => der(0x0c, Buffer.from(s, 'utf8'));
const utcTime = (d: Date) =>
  der(0x17, Buffer.from(d.toISOString().replace(/[-:T]/g, '').slice(2, 14) + 'Z', 'ascii'));

const OID_ECDSA_SHA256 = [0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x02];
const OID_COMMON_NAME = [0x55, 0x04, 0x03];
const OID_SUBJECT_ALT_NAME = [0x55, 0x1d, 0x11];

function withNode(hosts: readonly string[]): Certificate {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const spki = publicKey.export({ format: 'der', type: 'spki' });
  const name = seq(der(0x31, seq(oid(OID_COMMON_NAME), utf8('mailgist-e2e'))));
  const now = Date.now();
  const serial = randomBytes(8);
  serial[0]! &= 0x7f; // a positive INTEGER
  const altNames = seq(
    ...hosts.map((h) => der(0x82, Buffer.from(h, 'ascii'))),
    der(0x87, Buffer.from([127, 0, 0, 1])),
  );
  const extensions = der(0xa3, seq(seq(oid(OID_SUBJECT_ALT_NAME), der(0x04, altNames))));
  const tbs = seq(
    der(0xa0, der(0x02, Buffer.from([2]))), // version v3
    der(0x02, serial),
    seq(oid(OID_ECDSA_SHA256)),
    name,
    seq(utcTime(new Date(now - 60_000)), utcTime(new Date(now + 86_400_000))),
    name,
    spki,
    extensions,
  );
  const signature = sign('sha256', tbs, privateKey); // DER-encoded ECDSA signature
  const certDer = seq(
    tbs,
    seq(oid(OID_ECDSA_SHA256)),
    der(0x03, Buffer.concat([Buffer.from([0]), signature])),
  );
  const pem = certDer
    .toString('base64')
    .match(/.{1,64}/g)!
    .join('\n');
  return {
    key: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    cert: `-----BEGIN CERTIFICATE-----\n${pem}\n-----END CERTIFICATE-----\n`,
    madeBy: 'node',
  };
}

/** Exposed for the runner's self-check of the fallback path. */
export const makeCertificateWithNode = withNode;
