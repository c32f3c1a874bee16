import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { CdpConnection } from './cdp-pipe';

// Debian's Chromium, started by hand so the runner owns a browser-level CDP pipe (fds 3 and 4).
// Only loopback traffic leaves it: the background-networking flags stop its own calls home, and
// the resolver maps the webmail hosts to the fixture server and every other name to NOTFOUND.

export const CHROMIUM = '/usr/bin/chromium';

export interface LaunchOptions {
  profileDir: string;
  /** host → 127.0.0.1:port mappings for the fixture server. */
  hosts: readonly string[];
  port: number;
  /** Chromium's own stderr goes here, for a failure's post-mortem. */
  logFile: string;
}

export class Chromium {
  private constructor(
    readonly cdp: CdpConnection,
    private readonly child: ChildProcess,
  ) {}

  static async launch(options: LaunchOptions): Promise<Chromium> {
    const rules = [
      ...options.hosts.map((h) => `MAP ${h}:443 127.0.0.1:${options.port}`),
      'MAP * ~NOTFOUND',
    ].join(', ');
    const args = [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-default-browser-check',
      '--password-store=basic',
      '--window-size=1280,900',
      `--user-data-dir=${options.profileDir}`,
      `--host-resolver-rules=${rules}`,
      '--ignore-certificate-errors',
      '--remote-debugging-pipe',
      '--enable-unsafe-extension-debugging',
      'about:blank',
    ];
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)`,
      );
    }
    const log = createWriteStream(options.logFile, { flags: 'a' });
    // detached: its own process group, so cleanup can end the renderers along with it.
    const child = spawn(CHROMIUM, args, {
      stdio: ['ignore', 'pipe', 'pipe', 'pipe', 'pipe'],
      detached: true,
    });
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
    const cdp = new CdpConnection(child.stdio[3] as Writable, child.stdio[4] as Readable);
    const browser = new Chromium(cdp, child);
    const failed = new Promise<never>((_, reject) => {
      child.once('error', (error) =>
        reject(new Error(`could not start ${CHROMIUM}: ${error.message}`)),
      );
      child.once('exit', (code, signal) =>
        reject(
          new Error(`${CHROMIUM} exited at start (${signal ?? code}); see ${options.logFile}`),
        ),
      );
    });
    failed.catch(() => {}); // only raced below; a later exit is the normal end of the browser
    try {
      // The first answer proves the pipe is up.
      await withTimeout(
        Promise.race([cdp.send('Browser.getVersion'), failed]),
        20_000,
        'Chromium did not answer on its CDP pipe',
      );
    } catch (error) {
      browser.kill();
      throw error;
    }
    return browser;
  }

  /** Loads the unpacked build; returns the extension id. */
  async loadExtension(dir: string): Promise<string> {
    const { id } = await this.cdp.send<{ id: string }>('Extensions.loadUnpacked', { path: dir });
    return id;
  }

  /** Closes the browser cleanly (so the profile is flushed), killing it if it will not go. */
  async close(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.cdp.send('Browser.close').catch(() => undefined);
    await Promise.race([exited, sleep(10_000)]);
    this.kill();
  }

  kill(): void {
    if (this.child.pid === undefined) return;
    try {
      process.kill(-this.child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(message)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
