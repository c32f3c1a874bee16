import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Builds the extension exactly as it ships (`wxt build`, production mode), into the runner's own
// output folder so it never touches a developer's .output or another build running beside it.

export interface Built {
  dir: string;
  manifest: { content_scripts?: { matches: string[] }[]; host_permissions?: string[] };
}

export function run(
  command: string,
  args: string[],
  env: Record<string, string>,
  timeoutMs: number,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { env: { ...process.env, ...env }, timeout: timeoutMs, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, output: `${stdout}${stderr}` });
      },
    );
  });
}

export async function buildExtension(
  outDir: string,
  browser: 'chrome' | 'firefox' = 'chrome',
): Promise<Built> {
  const { code, output } = await run(
    'npx',
    ['wxt', 'build', ...(browser === 'firefox' ? ['-b', 'firefox', '--mv3'] : [])],
    { MAILGIST_OUT_DIR: outDir, CI: '1' },
    180_000,
  );
  const dir = join(outDir, `${browser}-mv3`);
  if (code !== 0 || !existsSync(join(dir, 'manifest.json'))) {
    throw new Error(
      `wxt build failed (exit ${code}):\n${output.split('\n').slice(-25).join('\n')}`,
    );
  }
  return {
    dir,
    manifest: JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Built['manifest'],
  };
}
