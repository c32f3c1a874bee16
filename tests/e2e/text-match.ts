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

/**
 * Polls `read` until check(text) passes; on timeout fails with `what` and the text last seen in
 * `where`, so a failure says what the user would have seen instead.
 */
export async function waitForText(
  read: () => Promise<string>,
  check: (text: string) => boolean,
  timeoutMs: number,
  what: string,
  where: string,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  for (;;) {
    last = await read().catch((e: Error) => `<unreadable: ${e.message}>`);
    if (check(last)) return last;
    if (Date.now() > deadline) {
      const flat = last.replace(/\s+/g, ' ').trim();
      const shown = JSON.stringify(flat.length > 400 ? flat.slice(0, 400) + '…' : flat);
      throw new Error(`${what} (waited ${timeoutMs} ms); ${where} showed: ${shown}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
