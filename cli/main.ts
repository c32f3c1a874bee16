import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { loadEmailFile } from '../lib/email/load-file';
import { readEmailFile } from '../lib/email/read-file';
import { summarise } from '../lib/extract';
import { parseHtmlNode } from '../lib/node-dom';
import { stripControlCharsDeep, terminalSafeJson } from '../lib/control-chars';
import { fileComment, toMarkdown } from './markdown';
import { explainBlocks } from '../lib/extract/explain';
import { formatExplanation } from './explain';
import { quietDependencies } from './quiet-dependencies';
import { describe, printable } from './describe-error';
import { ARCHIVE_USAGE, archiveCommand } from './archive';

// mailgist <file|dir>... [--format json|markdown]; mbox and Maildir archives go to archive.ts
const USAGE = `usage: mailgist <file|dir>... [--format json|markdown] [--explain]\n       ${ARCHIVE_USAGE}`;
const SUPPORTED = /\.(eml|html?|txt)$/i;

async function expand(path: string): Promise<string[]> {
  const st = await stat(path);
  if (!st.isDirectory()) return [path];
  const names = (await readdir(path)).filter((n) => SUPPORTED.test(n)).sort();
  if (names.length === 0) throw new Error('no .eml, .html or .txt files in this directory');
  return names.map((n) => join(path, n));
}

export async function main(argv: string[]): Promise<number> {
  const archive = await archiveCommand(argv);
  if (archive !== null) return archive;
  let format: 'json' | 'markdown' = 'markdown';
  let explain = false;
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--format' || a === '-f') {
      const v = argv[++i];
      if (v !== 'json' && v !== 'markdown') {
        process.stderr.write(`mailgist: --format must be json or markdown\n${USAGE}\n`);
        return 2;
      }
      format = v;
    } else if (a.startsWith('--format=')) {
      const v = a.slice('--format='.length);
      if (v !== 'json' && v !== 'markdown') {
        process.stderr.write(`mailgist: --format must be json or markdown\n${USAGE}\n`);
        return 2;
      }
      format = v;
    } else if (a === '--explain') {
      explain = true;
    } else if (a === '--help' || a === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else if (a === '--') {
      inputs.push(...argv.slice(i + 1));
      break;
    } else if (a.startsWith('-') && a !== '-') {
      process.stderr.write(`mailgist: unknown option ${printable(a)}\n${USAGE}\n`);
      return 2;
    } else inputs.push(a);
  }
  if (inputs.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const files: string[] = [];
  let failed = 0;
  for (const p of inputs) {
    try {
      files.push(...(await expand(p)));
    } catch (e) {
      process.stderr.write(`mailgist: ${printable(p)}: ${describe(e)}\n`);
      failed++;
    }
  }
  const many = files.length + failed > 1;
  let first = true;
  for (const file of files) {
    try {
      const snapshot = await loadEmailFile(file, await readEmailFile(file));
      if (explain) {
        // Each block's role and why: the stage every field extractor reads.
        process.stdout.write(
          `${many ? `== ${printable(file)}\n` : ''}${formatExplanation(explainBlocks(snapshot, parseHtmlNode))}`,
        );
        continue;
      }
      // Email text reaches a terminal: no escape sequence or control character of its own.
      const summary = stripControlCharsDeep(summarise(snapshot, { parseHtml: parseHtmlNode }));
      if (format === 'json') {
        const json = many ? JSON.stringify({ file, ...summary }) : JSON.stringify(summary, null, 2);
        process.stdout.write(`${terminalSafeJson(json)}\n`);
      } else {
        process.stdout.write(
          `${first ? '' : '\n---\n\n'}${many ? `${fileComment(printable(file))}\n` : ''}${toMarkdown(summary)}`,
        );
      }
      first = false;
    } catch (e) {
      process.stderr.write(`mailgist: ${printable(file)}: ${describe(e)}\n`);
      failed++;
    }
  }
  return failed > 0 ? 1 : 0;
}

// `mailgist … | head` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

quietDependencies();
const exitCode = await main(process.argv.slice(2));
process.exitCode = exitCode;
