import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

// Runs the real CLI (tsx cli/main.ts) as a user would, for the CLI suites.

export const projectRoot = resolve(import.meta.dirname, '..', '..');
const tsxCli = join(projectRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Still running after `killAfterMs`, and killed. */
  killed: boolean;
}

export function runCli(args: string[], { killAfterMs = 90_000 } = {}): Promise<CliRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [tsxCli, join(projectRoot, 'cli', 'main.ts'), ...args], {
      cwd: projectRoot,
      // Its own process group: tsx runs the CLI in a child process, and a CLI hung on a FIFO
      // ignores SIGTERM, so the whole group is killed.
      detached: true,
    });
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      process.kill(-child.pid!, 'SIGKILL');
    }, killAfterMs);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (status) => {
      clearTimeout(timer);
      done({ status, stdout, stderr, killed });
    });
  });
}

/** A small, well-formed newsletter message. */
export const GOOD_EML = [
  'From: "Tenant Union" <news@tenants.example.org>',
  'To: reader@example.org',
  'Subject: Rent freeze won',
  'Date: Mon, 2 Mar 2026 09:00:00 +0000',
  'MIME-Version: 1.0',
  'Content-Type: text/html; charset=utf-8',
  '',
  '<html><body><h1>Tenants win a rent freeze</h1><p>After a year of organising, tenants across six buildings won a two-year rent freeze on Monday night.</p></body></html>',
  '',
].join('\r\n');
