import { readFileSync } from 'node:fs';
import { loadEmailFile } from '../lib/email/load-file';
import { buildDocument } from '../lib/extract/build-document';
import { parseHtmlNode } from '../lib/node-dom';
import { extractActions } from '../lib/extract/actions';
const doc = buildDocument(await loadEmailFile('x.html', readFileSync(process.argv[2]!)), parseHtmlNode);
const a = Number(process.argv[3]), z = Number(process.argv[4]);
doc.blocks = doc.blocks.slice(a, z);
console.log(extractActions(doc).map(x => [x.label, x.kind, x.url]));
