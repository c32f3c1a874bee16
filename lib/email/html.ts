import { EmailSnapshotSchema, type EmailSnapshot } from './snapshot';

// A saved email body (.html, no headers). The subject comes from <title> when there is one;
// everything else is left to the extractors.
export function loadHtml(html: string): EmailSnapshot {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '';
  return EmailSnapshotSchema.parse({
    subject: decodeEntities(title).replace(/\s+/g, ' ').trim(),
    from: { name: null, address: null },
    date: null,
    html,
    text: null,
    provider: 'file',
  });
}

function decodeEntities(s: string): string {
  return s
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}
