import { escapeHtml, markdownInline, markdownLink } from '../lib/markdown-escape';
import type { Summary } from '../lib/schema';

/** Email text in the brief: inert, one line, no control characters (see lib/markdown-escape). */
const plain = markdownInline;

/**
 * The `<!-- file -->` line before each brief of a batch. The name is the caller's printable form
 * (controls escaped); without "<" or ">" in it no name can end the comment ("-->", "--!>").
 */
export function fileComment(name: string): string {
  return `<!-- ${escapeHtml(name)} -->`;
}

/** A readable Markdown brief of a Summary; `depth` 2 nests it under a digest's own title. */
export function toMarkdown(s: Summary, depth = 1): string {
  const h = '#'.repeat(depth);
  const out: string[] = [`${h} ${plain(s.headline) || '(untitled)'}`];
  if (s.dek) out.push('', `_${plain(s.dek)}_`);
  const meta: string[] = [];
  if (s.authors.length) meta.push(`By ${plain(s.authors.join(', '))}`);
  if (s.publication) meta.push(plain(s.publication));
  if (s.sender.name && s.sender.name !== s.publication) meta.push(`via ${plain(s.sender.name)}`);
  if (s.date) meta.push(plain(s.date));
  if (s.readingMinutes) meta.push(`${s.readingMinutes} min read`);
  if (meta.length) out.push('', meta.join(' · '));
  if (s.summary.length) out.push('', `${h}# Summary`, '', ...s.summary.map((x) => `- ${plain(x)}`));
  if (s.sections.length) {
    out.push('', `${h}# Sections`, '');
    for (const sec of s.sections)
      out.push(`- **${plain(sec.title)}**${sec.summary ? ` — ${plain(sec.summary)}` : ''}`);
  }
  if (s.quotes.length) {
    out.push('', `${h}# Key quotes`, '');
    for (const q of s.quotes.slice(0, 8)) {
      out.push(`> ${plain(q.text)}`, `> — ${plain(q.speaker ?? 'unattributed')}`, '');
    }
    if (s.quotes.length > 8) out.push(`_…and ${s.quotes.length - 8} more._`);
  }
  if (s.actions.length) {
    out.push('', `${h}# Calls to action`, '');
    for (const a of s.actions) {
      const when = a.date ? ` (${plain(a.date)})` : '';
      out.push(`- **${plain(a.kind)}**: ${markdownLink(a.label, a.url)}${when}`);
    }
  }
  if (s.isDigest && s.items.length) {
    out.push('', `${h}# Stories`, '');
    for (const it of s.items) {
      out.push(`- ${markdownLink(it.title, it.url)}${it.blurb ? ` — ${plain(it.blurb)}` : ''}`);
    }
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}
