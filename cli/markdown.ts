import type { Summary } from '../lib/schema';

/** A readable Markdown brief of a Summary. */
export function toMarkdown(s: Summary): string {
  const out: string[] = [`# ${s.headline || '(untitled)'}`];
  if (s.dek) out.push('', `_${s.dek}_`);
  const meta: string[] = [];
  if (s.authors.length) meta.push(`By ${s.authors.join(', ')}`);
  if (s.publication) meta.push(s.publication);
  if (s.sender.name && s.sender.name !== s.publication) meta.push(`via ${s.sender.name}`);
  if (s.date) meta.push(s.date);
  if (s.readingMinutes) meta.push(`${s.readingMinutes} min read`);
  if (meta.length) out.push('', meta.join(' · '));
  if (s.summary.length) out.push('', '## Summary', '', ...s.summary.map((x) => `- ${x}`));
  if (s.sections.length) {
    out.push('', '## Sections', '');
    for (const sec of s.sections)
      out.push(`- **${sec.title}**${sec.summary ? ` — ${sec.summary}` : ''}`);
  }
  if (s.quotes.length) {
    out.push('', '## Key quotes', '');
    for (const q of s.quotes.slice(0, 8)) {
      out.push(`> ${q.text}`, `> — ${q.speaker ?? 'unattributed'}`, '');
    }
    if (s.quotes.length > 8) out.push(`_…and ${s.quotes.length - 8} more._`);
  }
  if (s.actions.length) {
    out.push('', '## Calls to action', '');
    for (const a of s.actions) {
      const when = a.date ? ` (${a.date})` : '';
      out.push(`- [${a.kind}] ${a.url ? `[${a.label}](${a.url})` : a.label}${when}`);
    }
  }
  if (s.isDigest && s.items.length) {
    out.push('', '## Stories', '');
    for (const it of s.items) {
      out.push(
        `- ${it.url ? `[${it.title}](${it.url})` : it.title}${it.blurb ? ` — ${it.blurb}` : ''}`,
      );
    }
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}
