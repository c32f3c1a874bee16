import type { MessageKind } from '../../schema';
import { contentBlocks, type EmailDoc } from '../blocks/document';
import { isChrome } from '../actions/action-rules';
import { sponsorBlocks } from '../actions/action-sponsor';
import { blockText } from '../actions/action-label';
import { countSentenceWords, splitSentences } from '../text/sentences';
import { blockRoles, type BlockRole } from '../roles';
import { GREETINGS, matchRow } from '../roles/lexicons';
import { NUMBERED_ITEM, notStandalone } from './standalone';

// Extractive summary: a centroid ranking with a lead bias. Each sentence is scored by its cosine
// similarity to the centroid of the whole text (the words the email keeps coming back to), with a
// bonus for coming early (newsletters put the point first), and near-duplicates are skipped. The
// chosen sentences are returned whole and in reading order. Written here rather than taken from a
// library: the npm summarisers are English-only or pull in large NLP models; this is ~100 lines.

/** Sentences considered: enough for any article; keeps huge inputs linear and fast. */
const MAX_CANDIDATES = 600;
const MIN_WORDS = 7;
const MAX_WORDS = 70;
/** Bonus for the lead: the first sentence gets (1 + LEAD_BONUS), fading over LEAD_SPAN sentences. */
const LEAD_BONUS = 0.6;
const LEAD_SPAN = 12;
const MAX_OVERLAP = 0.5;

const STOPWORDS = new Set(
  (
    'a an and are as at be been but by for from had has have he her his i if in into is it its ' +
    'me my no not of on or our she so than that the their them then there these they this to ' +
    'us was we were what when which who will with would you your can could do does did just ' +
    'more most also about after all any been before being over said says one two new like ' +
    'de het een en van in is dat op te zijn voor met die niet aan er ook als maar om ze ' +
    'le la les des un une et du est que en dans pour pas sur au qui ne se ce il elle avec ' +
    'der die das und ist nicht ein eine zu den mit von sich auf für im dem es'
  ).split(' '),
);

function terms(sentence: string): string[] {
  const out: string[] = [];
  for (const w of sentence.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (w.length > 2 && !STOPWORDS.has(w) && !/^\d+$/.test(w)) out.push(w);
  }
  return out;
}

/** A sentence that is only somebody's quotation (or mostly so) does not summarise the email. */
function isMostlyQuote(s: string): boolean {
  const open = /^[“"«„‘]/.test(s);
  let inside = 0;
  let depth = 0;
  for (const ch of s) {
    if (ch === '“' || ch === '«' || ch === '„') depth = 1;
    else if (ch === '”' || ch === '»') depth = 0;
    else if (ch === '"') depth = depth ? 0 : 1;
    else if (depth) inside++;
  }
  return open || inside > s.length * 0.5;
}

/**
 * Blocks whose text is the email's furniture, not what it says (roles, lib/extract/roles). A
 * greeting is not among them: "Hi Maya, can you send the draft by Friday?" is the message. Nor is
 * the masthead: it is decided by word count, and a Chinese or Japanese sentence is one "word".
 */
const NOT_SUMMARY: ReadonlySet<BlockRole> = new Set<BlockRole>([
  'issue-line',
  'dateline',
  'toc',
  'sponsor',
  'navigation',
  'social',
  'label',
  'byline',
  'credit-line',
  'button',
  'signature',
  'footer',
  'legal',
]);

/** A greeting block without its salutation ("Hi Maya, " / "Liebe Anna! "): what it goes on to say. */
function withoutSalutation(text: string): string {
  const row = matchRow(GREETINGS, text);
  // "Thank you for signing…" is a greeting by role but says something: it stays whole.
  if (!row || row.name === 'en-thanks') return text;
  // The salutation ends at its first comma, exclamation mark or dash, within a few words.
  const m = /^[^,!—–.?]{1,60}[,!—–]\s*/u.exec(text);
  if (!m) return text;
  const rest = text.slice(m[0].length);
  return rest.charAt(0).toLocaleUpperCase() + rest.slice(1);
}

/**
 * A block opening with a list number: a numbered heading ("3. The big picture.") is no sentence
 * at all; a numbered paragraph says what it says without its number.
 */
function withoutNumber(text: string): string {
  const m = NUMBERED_ITEM.exec(text);
  if (!m) return text;
  const rest = text.slice(m[0].length);
  return splitSentences(rest).length <= 1 && countSentenceWords(rest) <= 12 ? '' : rest;
}

/** Whole, plain sentences: not a fragment, a link, a list of names or a footer line. */
function usable(s: string, minWords: number): boolean {
  const n = countSentenceWords(s);
  if (n < minWords || n > MAX_WORDS) return false;
  if (!/[.!?…。！？]["”’)」』）]?$/.test(s)) return false;
  if (/https?:\/\/|www\.|@\w+\.\w|\[\[/.test(s)) return false;
  // Shouting; a script without case (Chinese, Japanese, Arabic…) is not.
  if (s === s.toUpperCase() && s !== s.toLowerCase()) return false;
  if (isChrome(s, null)) return false;
  // Read alone, first: no sentence that leans on the one before, nor the email about itself.
  if (notStandalone(s) !== null) return false;
  return !isMostlyQuote(s);
}

/** 2–5 sentences taken from the text, in reading order, chosen by centroid ranking with a lead bias. */
/**
 * A personal message is short and says its point first, in short sentences ("Can we move it to
 * Thursday?"): its summary is its first sentences, in order, not a ranking of a long text.
 */
const PERSONAL_MIN_WORDS = 4;

export function summarizeSentences(
  doc: EmailDoc,
  max = 3,
  kind: MessageKind = 'newsletter',
): string[] {
  const want = Math.min(5, Math.max(2, Math.floor(max)));
  const personal = kind === 'personal';
  const minWords = personal ? PERSONAL_MIN_WORDS : MIN_WORDS;
  const candidates: { text: string; pos: number; terms: string[] }[] = [];
  const blocks = contentBlocks(doc);
  const sponsored = sponsorBlocks(blocks);
  const roles = blockRoles(doc);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (candidates.length >= MAX_CANDIDATES) break;
    // Advertising does not summarise the email.
    if (sponsored.has(i)) continue;
    if (b.kind !== 'paragraph' && b.kind !== 'list-item') continue;
    const role = roles[b.index]?.role ?? 'body';
    if (NOT_SUMMARY.has(role)) continue;
    // A letter may open its first paragraph with the salutation ("Hi Maya, the venue changed…").
    const opening = role === 'greeting' || i < 3;
    const text = withoutNumber(opening ? withoutSalutation(blockText(b)) : blockText(b));
    if (countSentenceWords(text) < minWords) continue;
    for (const s of splitSentences(text.slice(0, 20_000))) {
      if (candidates.length >= MAX_CANDIDATES) break;
      if (!usable(s, minWords)) continue;
      candidates.push({ text: s, pos: candidates.length, terms: terms(s) });
    }
  }
  if (personal || candidates.length <= want) return candidates.slice(0, want).map((c) => c.text);

  const centroid = new Map<string, number>();
  for (const c of candidates) {
    for (const t of new Set(c.terms)) centroid.set(t, (centroid.get(t) ?? 0) + 1);
  }
  // Words in one sentence only say nothing about the whole.
  for (const [t, n] of centroid) if (n < 2) centroid.delete(t);
  let norm = 0;
  for (const n of centroid.values()) norm += n * n;
  norm = Math.sqrt(norm) || 1;

  const scored = candidates.map((c) => {
    const tf = new Map<string, number>();
    for (const t of c.terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    let dot = 0;
    let sq = 0;
    for (const [t, n] of tf) {
      dot += n * (centroid.get(t) ?? 0);
      sq += n * n;
    }
    const cosine = sq ? dot / (Math.sqrt(sq) * norm) : 0;
    const lead = 1 + LEAD_BONUS * Math.max(0, 1 - c.pos / LEAD_SPAN);
    return { ...c, score: cosine * lead };
  });
  scored.sort((a, b) => b.score - a.score || a.pos - b.pos);

  const chosen: typeof scored = [];
  for (const c of scored) {
    if (chosen.length >= want) break;
    const set = new Set(c.terms);
    const redundant = chosen.some((o) => {
      let shared = 0;
      for (const t of o.terms) if (set.has(t)) shared++;
      return shared / Math.max(1, Math.min(set.size, new Set(o.terms).size)) > MAX_OVERLAP;
    });
    if (!redundant) chosen.push(c);
  }
  return chosen.sort((a, b) => a.pos - b.pos).map((c) => c.text);
}
