import type { Summary } from '../lib/schema';

/** Only web and mail links become Markdown links; anything else is shown as plain text. */
function safeUrl(url: string | null): string | null {
  return url && /^(https?:|mailto:)/i.test(url) ? url.replace(/[()\s]/g, encodeURIComponent) : null;
}

/**
 * Text from the email is data: in the brief it must not become HTML (Obsidian and GitHub render
 * inline HTML) nor Markdown link or image syntax of its own.
 */
function plain(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function label(text: string): string {
  return plain(text).replace(/([[\]])/g, '\\$1');
}

/** A readable Markdown brief of a Summary. */
export function toMarkdown(s: Summary): string {
  const out: string[] = [`# ${plain(s.headline) || '(untitled)'}`];
  if (s.dek) out.push('', `_${plain(s.dek)}_`);
  const meta: string[] = [];
  if (s.authors.length) meta.push(`By ${plain(s.authors.join(', '))}`);
  if (s.publication) meta.push(plain(s.publication));
  if (s.sender.name && s.sender.name !== s.publication) meta.push(`via ${plain(s.sender.name)}`);
  if (s.date) meta.push(s.date);
  if (s.readingMinutes) meta.push(`${s.readingMinutes} min read`);
  if (meta.length) out.push('', meta.join(' · '));
  if (s.summary.length) out.push('', '## Summary', '', ...s.summary.map((x) => `- ${plain(x)}`));
  if (s.sections.length) {
    out.push('', '## Sections', '');
    for (const sec of s.sections)
      out.push(`- **${plain(sec.title)}**${sec.summary ? ` — ${plain(sec.summary)}` : ''}`);
  }
  if (s.quotes.length) {
    out.push('', '## Key quotes', '');
    for (const q of s.quotes.slice(0, 8)) {
      out.push(`> ${plain(q.text)}`, `> — ${plain(q.speaker ?? 'unattributed')}`, '');
    }
    if (s.quotes.length > 8) out.push(`_…and ${s.quotes.length - 8} more._`);
  }
  if (s.actions.length) {
    out.push('', '## Calls to action', '');
    for (const a of s.actions) {
      const when = a.date ? ` (${a.date})` : '';
      const url = safeUrl(a.url);
      out.push(`- **${a.kind}**: ${url ? `[${label(a.label)}](${url})` : label(a.label)}${when}`);
    }
  }
  if (s.isDigest && s.items.length) {
    out.push('', '## Stories', '');
    for (const it of s.items) {
      const url = safeUrl(it.url);
      out.push(
        `- ${url ? `[${label(it.title)}](${url})` : label(it.title)}${it.blurb ? ` — ${plain(it.blurb)}` : ''}`,
      );
    }
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}
