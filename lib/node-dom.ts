import { DOMParser } from 'linkedom';
import type { ParseHtml } from './extract/blocks/document';

// The HTML parser for Node (CLI, eval, bench, tests): linkedom, which is fast and never fetches.
// linkedom builds a broken tree for a fragment with no <html> element (the first tag becomes the
// root and <body> stays empty), and webmail hands us exactly such fragments: wrap them first.
const parser = new DOMParser();

export function asDocumentHtml(html: string): string {
  const head = html.slice(0, 2048);
  if (/<html[\s>]/i.test(head)) return html;
  if (/<body[\s>]/i.test(html)) return `<!DOCTYPE html><html>${html}</html>`;
  return `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
}

export const parseHtmlNode: ParseHtml = (html) =>
  parser.parseFromString(asDocumentHtml(html), 'text/html') as unknown as Document;
