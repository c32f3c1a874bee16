import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './build';

// The store packages as `npm run zip` makes them, and Mozilla's addons-linter (what `web-ext lint`
// runs) over the Firefox one.

export interface Package {
  file: string;
  bytes: number;
}

export async function zipPackages(outDir: string): Promise<Package[]> {
  const { code, output } = await run(
    'npm',
    ['run', 'zip'],
    { MAILGIST_OUT_DIR: outDir, CI: '1' },
    300_000,
  );
  if (code !== 0)
    throw new Error(
      `npm run zip failed (exit ${code}):\n${output.split('\n').slice(-25).join('\n')}`,
    );
  const zips = readdirSync(outDir)
    .filter((f) => f.endsWith('.zip'))
    .map((f) => ({ file: join(outDir, f), bytes: statSync(join(outDir, f)).size }));
  for (const kind of ['chrome', 'firefox']) {
    if (!zips.some((z) => z.file.includes(`-${kind}`))) {
      throw new Error(
        `npm run zip made no ${kind} package (made: ${zips.map((z) => z.file).join(', ') || 'none'})`,
      );
    }
  }
  return zips;
}

interface LinterMessage {
  code: string;
  message: string;
  file?: string;
}

export async function lintFirefoxPackage(zip: string): Promise<string> {
  const { output } = await run(
    'npx',
    ['addons-linter', '--output', 'json', '--boring', zip],
    {},
    180_000,
  );
  const json = output.slice(output.indexOf('{'), output.lastIndexOf('}') + 1);
  let report: {
    summary: { errors: number; warnings: number; notices: number };
    errors: LinterMessage[];
    warnings: LinterMessage[];
  };
  try {
    report = JSON.parse(json) as typeof report;
  } catch {
    throw new Error(`addons-linter gave no report:\n${output.slice(0, 2000)}`);
  }
  if (report.summary.errors > 0) {
    throw new Error(
      `addons-linter found ${report.summary.errors} error(s) in the Firefox package:\n` +
        report.errors
          .map((e) => `${e.code}: ${e.message}${e.file ? ` (${e.file})` : ''}`)
          .join('\n'),
    );
  }
  const warnings = report.warnings.map((w) => w.code).join(', ');
  return `0 errors, ${report.summary.warnings} warnings${warnings ? ` (${warnings})` : ''}, ${report.summary.notices} notices`;
}
