import type { DigestItem, Section } from '../../schema';
import { foldText } from '../text/byline-names';

// In a digest the stories are listed once, as stories. The email's own headings stay as its
// sections only where they are not a story themselves (a briefing's story headings are both: same
// title, or the same text under another title), and
// a heading's sentence is dropped when it is only the first story under it (a link roundup's
// "Favorites" group would otherwise repeat its first title).

export function sectionsBesideStories(sections: Section[], items: DigestItem[]): Section[] {
  if (items.length === 0) return sections;
  const titles = items.map((i) => foldText(i.title)).filter(Boolean);
  const isStory = new Set(titles);
  const blurbs = new Set(items.map((i) => (i.blurb ? foldText(i.blurb) : '')).filter(Boolean));
  const repeatsStory = (text: string): boolean => {
    const f = foldText(text);
    return titles.some((t) => f === t || f.startsWith(`${t} `));
  };
  return (
    sections
      // A heading whose text is a story's (its title, or its blurb under another title).
      .filter((s) => !isStory.has(foldText(s.title)) && !blurbs.has(foldText(s.summary ?? '')))
      .map((s) => (s.summary !== null && repeatsStory(s.summary) ? { ...s, summary: null } : s))
  );
}
