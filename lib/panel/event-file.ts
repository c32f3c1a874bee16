import type { Action, Summary } from '../schema';
import { buildIcs } from '../ics';
import { safeHref } from './safe-url';
import type { ExportFile } from './exports';

// "Add to calendar" for a dated call to action: an all-day .ics event, or a timed one when the
// email gave the starting time. The UID is derived from
// the event itself, so adding the same ask twice updates one calendar entry instead of two.

function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function eventFile(action: Action, summary: Summary, now: Date): ExportFile | null {
  if (!action.date) return null;
  const url = safeHref(action.url);
  const source = summary.publication ?? summary.sender.name ?? summary.headline;
  const uid = `${action.date.replace(/-/g, '')}-${fnv1a(`${action.label}|${url ?? ''}|${summary.headline}`)}@mailgist`;
  const content = buildIcs({
    uid,
    date: action.date,
    time: action.time ?? null,
    summary: action.label,
    description: [`From “${summary.headline}”${source ? ` (${source})` : ''}`, url]
      .filter(Boolean)
      .join('\n'),
    url: url && !url.startsWith('mailto:') ? url : null,
    stamp: now,
  });
  const slug = action.label
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return { name: `${slug || 'event'}-${action.date}.ics`, type: 'text/calendar', content };
}
