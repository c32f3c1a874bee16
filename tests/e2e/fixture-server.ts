import {
  createServer as createHttpServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { createServer, type Server } from 'node:https';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import type { Certificate } from './cert';
import type { FixturePage } from './fixture-pages';

// The webmail fixture pages on 127.0.0.1 only. Chromium reaches it as the real webmail hosts
// through --host-resolver-rules, Firefox through forced DNS and ports, so the production build's
// content script matches as shipped.

export interface FixtureServer {
  port: number;
  /** The same pages over plain HTTP (Firefox's port 80 is forced here, so nothing leaves loopback). */
  httpPort: number;
  /** Every request the server answered, as "host path", for diagnostics. */
  log: string[];
  close(): Promise<void>;
}

export async function startFixtureServer(
  cert: Certificate,
  pages: readonly FixturePage[],
): Promise<FixtureServer> {
  const log: string[] = [];
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `https://${host}`);
    log.push(`${host} ${url.pathname}${url.search}`);
    // Like the real apps, one page serves every route of the host; the hash or path picks the message.
    // A plain site (not webmail) answers its own path only.
    // A page that serves its own prefix (Gmail's second account, /mail/u/1/) comes first.
    const page =
      pages.find(
        (p) => p.host === host && p.servesPrefix && url.pathname.startsWith(p.servesPrefix),
      ) ??
      pages.find(
        (p) =>
          p.host === host &&
          (url.pathname.startsWith('/mail/')
            ? p.urlPath.startsWith('/mail/')
            : p.servesPrefix
              ? url.pathname.startsWith(p.servesPrefix)
              : new URL(p.urlPath, url).pathname === url.pathname),
      );
    if (!page) {
      res.writeHead(url.pathname === '/favicon.ico' ? 204 : 404).end();
      return;
    }
    readFile(page.file).then(
      (body) => {
        res.writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'cache-control': 'no-store',
        });
        res.end(body);
      },
      () => res.writeHead(500).end(),
    );
  };
  const server: Server = createServer({ key: cert.key, cert: cert.cert }, handle);
  const plain = createHttpServer(handle);
  for (const s of [server, plain]) {
    await new Promise<void>((resolve, reject) => {
      s.once('error', reject);
      s.listen(0, '127.0.0.1', () => resolve());
    });
  }
  const close = (s: Server | typeof plain) =>
    new Promise<void>((resolve) => {
      s.closeAllConnections();
      s.close(() => resolve());
    });
  return {
    port: (server.address() as AddressInfo).port,
    httpPort: (plain.address() as AddressInfo).port,
    log,
    close: async () => {
      await Promise.all([close(server), close(plain)]);
    },
  };
}
