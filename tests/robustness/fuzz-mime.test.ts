import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EmailParseError, loadEml } from '../../lib/email/eml';
import { loadEmailFile } from '../../lib/email/load-file';
import type { EmailSnapshot } from '../../lib/email/snapshot';
import { mimeMessage, mutate } from './arbitraries';
import { expectSafeTargets, summariseOk } from './support';

// Raw messages through the real loaders: whole, truncated anywhere, with wrong or missing charset
// labels and transfer encodings, and plain binary junk under every file name the CLI accepts. A
// loader may refuse with its own EmailParseError (a clear one-line reason); any other exception is
// a crash. Whatever loads must summarise to a valid Summary.

const RUNS = 40;

async function loadOrRefuse(load: () => Promise<EmailSnapshot>): Promise<EmailSnapshot | null> {
  try {
    return await load();
  } catch (e) {
    if (e instanceof EmailParseError) {
      expect(e.message.length).toBeGreaterThan(0);
      expect(e.message).not.toContain('\n');
      return null;
    }
    throw new Error(
      `loader crashed instead of refusing: ${e instanceof Error ? e.stack : String(e)}`,
    );
  }
}

async function checkRaw(raw: Buffer, name = 'message.eml'): Promise<void> {
  const snapshot = await loadOrRefuse(() =>
    name.endsWith('.eml') ? loadEml(raw) : loadEmailFile(name, raw),
  );
  if (snapshot) expectSafeTargets(summariseOk(snapshot));
}

describe('fuzz: raw MIME and files', () => {
  it('generated messages with any charset label and transfer encoding', async () => {
    await fc.assert(
      fc.asyncProperty(mimeMessage, (raw) => checkRaw(raw)),
      { numRuns: RUNS },
    );
  });

  it('generated messages truncated at any byte', async () => {
    const truncated = mimeMessage.chain((raw) =>
      fc.nat(raw.length).map((cut) => raw.subarray(0, cut)),
    );
    await fc.assert(
      fc.asyncProperty(truncated, (raw) => checkRaw(raw)),
      { numRuns: RUNS },
    );
  });

  it('generated messages cut, spliced and corrupted as text', async () => {
    const corrupted = mimeMessage.chain((raw) => mutate(raw.toString('latin1')));
    await fc.assert(
      fc.asyncProperty(corrupted, (s) => checkRaw(Buffer.from(s, 'latin1'))),
      { numRuns: RUNS },
    );
  });

  it('binary garbage under every supported file name', async () => {
    const names = fc.constantFrom('a.eml', 'a.html', 'a.htm', 'a.txt', 'a.msg.txt');
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), names, (bytes, name) =>
        checkRaw(Buffer.from(bytes), name),
      ),
      { numRuns: RUNS },
    );
  });

  it('a header block with no body, and headers only up to a dangling boundary', async () => {
    for (const raw of [
      'From: a@example.org\r\nSubject: hi\r\n',
      'From: a@example.org\r\nSubject: hi\r\n\r\n',
      'Content-Type: multipart/mixed; boundary="x"\r\n\r\n--x\r\nContent-Type: text/html\r\n\r\n',
      'Content-Type: multipart/mixed; boundary=""\r\n\r\n--\r\n\r\n--',
      'Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!not base64!!!',
    ]) {
      await checkRaw(Buffer.from(raw, 'latin1'));
    }
  });
});
