import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { projectRoot } from './run-cli';

// W5: nothing but MailGist's own lines reaches stdout or stderr, whatever a dependency logs.
it('console output and process warnings from a dependency are dropped', () => {
  const script = [
    `const { quietDependencies } = await import(${JSON.stringify(join(projectRoot, 'cli', 'quiet-dependencies.ts'))});`,
    'quietDependencies();',
    "console.log('from a library'); console.warn('Input length is above allowed limit');",
    "console.error('oops'); process.emitWarning('a deprecation', 'DeprecationWarning');",
    "process.stdout.write('ours\\n'); process.stderr.write('mailgist: ours\\n');",
  ].join('\n');
  const r = spawnSync(
    process.execPath,
    [
      join(projectRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      '--input-type=module',
      '-e',
      script,
    ],
    { encoding: 'utf8', cwd: projectRoot, timeout: 60_000 },
  );
  expect(r.stdout).toBe('ours\n');
  expect(r.stderr).toBe('mailgist: ours\n');
}, 60_000);
