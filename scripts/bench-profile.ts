import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEmailFile } from '../lib/email/load-file';
import { summarise } from '../lib/extract';
import { parseHtmlNode } from '../lib/node-dom';
import { projectRoot, repeatEmail } from './bench-inputs';

// Where summarise() spends its time: runs it under `node --cpu-prof` in a child process and prints
// the functions with the most self time, with their file and line.
//   npx tsx scripts/bench-profile.ts FILE [--times N] [--runs N]

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
}

async function child(file: string, times: number, runs: number): Promise<void> {
  const snapshot = await loadEmailFile(file, readFileSync(file));
  const html = snapshot.html ?? '';
  const email = {
    name: file,
    group: 'corpus' as const,
    path: file,
    bytes: 0,
    snapshot,
    html,
    rendered: !snapshot.html,
  };
  const input = repeatEmail(email, times).snapshot;
  for (let i = 0; i < runs; i++) summarise(input, { parseHtml: parseHtmlNode });
}

function topSelf(profile: Profile, limit: number, byFile = false): string[] {
  const self = new Map<string, number>();
  let total = 0;
  for (const n of profile.nodes) {
    const hits = n.hitCount ?? 0;
    total += hits;
    const { functionName, url, lineNumber } = n.callFrame;
    const path = url.startsWith('file:') ? relative(projectRoot, fileURLToPath(url)) : url;
    const where = path ? `${path}:${lineNumber + 1}` : '(native)';
    const key = byFile
      ? path.replace(/^node_modules\/((?:@[^/]+\/)?[^/]+).*$/, '$1') || '(native)'
      : `${functionName || '(anonymous)'}  ${where}`;
    self.set(key, (self.get(key) ?? 0) + hits);
  }
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([k, v]) => `${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
}

const args = process.argv.slice(2);
const opt = (name: string, dflt: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) || dflt : dflt;
};
const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!file) {
  process.stderr.write('usage: bench-profile FILE [--times N] [--runs N]\n');
  process.exitCode = 2;
} else if (process.env.MAILGIST_PROFILE_CHILD) {
  await child(file, opt('--times', 1), opt('--runs', 20));
} else {
  const dir = mkdtempSync(join(tmpdir(), 'mailgist-prof-'));
  try {
    const run = spawnSync(
      process.execPath,
      [
        '--cpu-prof',
        '--cpu-prof-dir',
        dir,
        '--import',
        'tsx',
        fileURLToPath(import.meta.url),
        ...args,
      ],
      { cwd: projectRoot, env: { ...process.env, MAILGIST_PROFILE_CHILD: '1' }, stdio: 'inherit' },
    );
    if (run.status !== 0) throw new Error(`profiled run failed (exit ${run.status})`);
    const prof = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (!prof) throw new Error('no profile written');
    const profile = JSON.parse(readFileSync(join(dir, prof), 'utf8')) as Profile;
    console.log('self time  function  file:line');
    for (const line of topSelf(profile, 25)) console.log(line);
    console.log('\nself time by file (packages folded)');
    for (const line of topSelf(profile, 15, true)) console.log(line);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
