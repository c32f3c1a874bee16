// Comparing what the panel shows with what the email says, forgiving only typography: runs of
// white space, curly versus straight quotes and apostrophes, dash variants.

export function normalise(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export const contains = (haystack: string, needle: string) =>
  normalise(haystack).includes(normalise(needle));
