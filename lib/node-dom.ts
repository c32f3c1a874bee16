import { DOMParser } from 'linkedom';
import type { ParseHtml } from './extract/document';

// The HTML parser for Node (CLI, eval, bench, tests): linkedom, which is fast and never fetches.
const parser = new DOMParser();
export const parseHtmlNode: ParseHtml = (html) =>
  parser.parseFromString(html, 'text/html') as unknown as Document;
