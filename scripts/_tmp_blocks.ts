import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { loadEmailFile } from '../lib/email/load-file';
import { buildDocument } from '../lib/extract/build-document';
import { parseHtmlNode } from '../lib/node-dom';
const f = process.argv[2]!;
const doc = buildDocument(await loadEmailFile(basename(f), readFileSync(f)), parseHtmlNode);
const grep = process.argv[3] ? new RegExp(process.argv[3], 'i') : null;
doc.blocks.forEach((b, i) => {
  const line = `${i} L${b.lines?.length ?? "-"} ${b.kind}${b.boilerplate ? ' BP' : ''} rm=${b.removedLinks} | ${b.text.slice(0, 200)}${b.links.map((l) => `\n      [${l.text.slice(0, 60)}](${(l.href ?? '').slice(0, 90)})`).join('')}`;
  if (!grep || grep.test(line)) console.log(line, process.env.LINES ? JSON.stringify(b.lines) : "");
});
console.log('date', doc.emailDate);
