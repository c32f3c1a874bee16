import {
  isTitleWord,
  leadingName,
  pronounKind,
  trailingName,
  trailingOrg,
} from '../text/person-names';
import {
  DEFINITE_ARTICLES,
  HAS_THIS_LINE,
  INSTITUTION_HEADS,
  PREDICATE_CONJUNCTIONS,
  SOURCE_NOUNS,
  SOURCE_WORDS,
  SPEECH_PARTICIPLE_ROWS,
  SPEAKER_AFTER_MARK,
  SPEECH_VERBS,
  STANCE_VERBS,
} from './attribution-shapes';

// Reads who said a quotation from the narration around it: the words right after the closing
// mark (`,” said X.` / `,” X said.` / `” — X`) or before the opening one (`X said: “`,
// `according to X, “`, `X called it “`). Works on short bounded windows only, so it stays linear
// on huge inputs.

/** What the narration says about the speaker. */
export type Attribution =
  /** `weak`: one capitalised word opening a sentence ("Management called…") — a name only if
   * it resolves to a person named in full elsewhere. */
  | { kind: 'name'; name: string; weak?: boolean }
  /** An organisation speaking ("the Harbor Times reports"): a speaker, never a pronoun's referent. */
  | { kind: 'org'; name: string }
  /** "the court", "das Gericht": the last institution of that kind named before. */
  | { kind: 'institution'; heads: readonly string[] }
  /** "the mayor", "die Sprecherin", "el portavoz": the last person named with that role. */
  | { kind: 'role'; role: string }
  | { kind: 'pronoun'; pronoun: 'person' | 'plural' | 'self' }
  /** Speech by nobody in particular: "you say", "someone asks", "if he said", "didn't say". */
  | { kind: 'hypothetical' }
  | { kind: 'none' };

const VERB_ALT = SPEECH_VERBS.map((v) => v.replace(/ /g, '\\s+')).join('|');
const VERB_RE = new RegExp(`(?:^|[\\s,])(${VERB_ALT})(?=$|[\\s,.:;!?])`, 'gu');
const SOURCE_ALT = SOURCE_WORDS.map((w) => w.replace(/ /g, '\\s+')).join('|');
const ACCORDING_RE = new RegExp(`(?:^|[\\s,(])(?:${SOURCE_ALT})\\s+([^,.;:“”"«»„]{2,80})`, 'giu');
const AFTER_MARK_RE = new RegExp(
  `^[\\s”"’»“«‘]*,\\s*(?:${SPEAKER_AFTER_MARK.flatMap((r) => r.forms.split(' ')).join('|')})\\s+(?=\\p{L})`,
  'u',
);
/** French inversion after a quotation: "a-t-il déclaré", "explique-t-elle", "dit-il". */
const FRENCH_INVERSION = /^\p{L}+(?:-t)?-(?:il|elle)(?=$|[\s,.;:!?])/u;
const HYPOTHETICAL_SUBJECTS = new Set([
  'you',
  'someone',
  'somebody',
  'anyone',
  'anybody',
  'one',
  'nobody',
  'everyone',
  'people',
  'folks',
]);
const NEGATION_RE =
  /\b(?:didn[’']t|did not|doesn[’']t|does not|never|wouldn[’']t|won[’']t|not)\s*$/iu;
const ADVERB_RE =
  /\s+(?:once|also|later|then|recently|previously|reportedly|famously|simply|\w+ly)$/iu;
/** Where an attribution phrase ends: punctuation, or words that start the next idea. */
const PHRASE_END =
  /[,.;:!?()\u2014\u2013]|\s(?:of|in|at|for|from|who|which|that|on|to|with|during|when|after|before|about|this|last|yesterday|earlier|today|recently|while|as|and|but|speaking|because|adding|noting|vom|beim|bei|aus|für|nach|am|im|auf|mit|vor|an|zu|über|während|gegenüber|bij|uit|namens|tijdens|pour|chez|lors|après|avant|dans|al|tras|durante|en|nel|nella|dopo|durante|após|em|na|no)\s/u;

function cutPhrase(text: string): string {
  const m = PHRASE_END.exec(` ${text} `);
  return m ? text.slice(0, Math.max(0, m.index - 1)) : text;
}

/** "the court" / "das Gericht" / "le ministère": an institution named by its common noun. */
function institution(words: string[]): Attribution | null {
  if (words.length < 2) return null;
  const noun = words[words.length - 1]!.toLowerCase().replace(/[,.;:]$/u, '');
  const article = words[words.length - 2]!.toLowerCase();
  if (!DEFINITE_ARTICLES.has(article)) return null;
  const heads = INSTITUTION_HEADS.find((row) => row.includes(noun));
  return heads ? { kind: 'institution', heads } : null;
}

/**
 * "the mayor", "the new mayor", "die Sprecherin", "la maire", "el portavoz": a person's role with
 * a definite article ends the phrase; they are the last person introduced with that role.
 */
function role(words: string[]): Attribution | null {
  const n = words.length;
  if (n < 2) return null;
  const noun = words[n - 1]!.replace(/[,.;:]$/u, '');
  if (!isTitleWord(noun) || /^\p{Lu}{2,}$/u.test(noun)) return null;
  const article = words[n - 2]!.toLowerCase();
  const adjective = n >= 3 && /^\p{Ll}/u.test(words[n - 2]!) && !DEFINITE_ARTICLES.has(article);
  const det = adjective ? words[n - 3]!.toLowerCase() : article;
  return DEFINITE_ARTICLES.has(det) ? { kind: 'role', role: noun.toLowerCase() } : null;
}

/** Reads a subject phrase that stood before a speech verb. */
/** Auxiliaries and adverbs between a subject and its verb ("I've been saying", "has long said"). */
const AUX_RE =
  /\s+(?:have|has|had|been|was|were|is|are|am|will|would|did|does|do|long|once|also|then|later|often|always)$/iu;

function subject(before: string, baseForm = false): Attribution {
  let t = before.trimEnd().replace(ADVERB_RE, '');
  for (let i = 0; i < 3 && AUX_RE.test(t); i++) t = t.replace(AUX_RE, '');
  // "Philippe Martinez (CGT) declares": the parenthesis is not part of the name.
  t = t.replace(/\s*\([^()]{1,40}\)$/u, '').replace(/[’'](?:ve|d|ll|s|m|re)$/iu, '');
  if (NEGATION_RE.test(t)) return { kind: 'hypothetical' };
  // "The new chair, Dee Mills, said" names the speaker last; "Jane Doe, a bus driver, said"
  // has an appositive between commas to drop.
  if (t.endsWith(',')) {
    const named = trailingName(t.slice(0, -1).split(/\s+/u).slice(-5).join(' '));
    if (named && named.includes(' ')) return { kind: 'name', name: named };
    const inner = t.slice(0, -1).lastIndexOf(',');
    if (inner > 0) t = t.slice(0, inner);
  }
  const words = t.split(/\s+/u).filter(Boolean);
  const last = (words[words.length - 1] ?? '').toLowerCase();
  const clauseStart = words.slice(-4).map((w) => w.toLowerCase());
  if (['if', 'suppose', 'imagine', 'unless'].some((w) => clauseStart.includes(w)))
    return { kind: 'hypothetical' };
  // "If Zatko showed up and said …": a condition, not a report.
  if (/^\W*(?:if|suppose|imagine|unless|whether)\b/iu.test(t)) return { kind: 'hypothetical' };
  if (HYPOTHETICAL_SUBJECTS.has(last)) return { kind: 'hypothetical' };
  // "and say", "to say", "might say": a base-form verb with no subject is an example.
  if (['to', 'might', 'would', 'could', 'should', 'can'].includes(last))
    return { kind: 'hypothetical' };
  if (last === 'and') return baseForm ? { kind: 'hypothetical' } : { kind: 'none' };
  const p = pronounKind(last);
  if (p) return { kind: 'pronoun', pronoun: p };
  const inst = institution(words) ?? role(words);
  if (inst) return inst;
  const tail = words.slice(-8).join(' ');
  const name = trailingName(tail);
  if (name) return { kind: 'name', name };
  const org = trailingOrg(tail);
  return org ? { kind: 'org', name: org } : { kind: 'none' };
}

/** "Jane Roe’s union": a name that owns the subject is not the subject. */
const POSSESSIVE = /[’']s?$/u;

const PARTICIPLES = new Set(SPEECH_PARTICIPLE_ROWS.flatMap((r) => r.forms.split(' ')));

/**
 * The subject a second predicate shares with its sentence: "Dana Roe, the harbour master, has
 * run the service since 2019 and says …", "Dana Roe welcomed the vote, saying the company is
 * “…”". The speaker is the sentence's subject, not the noun nearest the verb. Null when the
 * verb is not joined that way or the sentence does not open on a person.
 */
function sharedSubject(before: string, verb: string): Attribution | null {
  const t = before.trimEnd();
  const lastWord = t.slice(t.lastIndexOf(' ') + 1).toLowerCase();
  const joined =
    (PREDICATE_CONJUNCTIONS.has(lastWord) && !BASE_FORMS.has(verb)) ||
    (PARTICIPLES.has(verb.toLowerCase()) && t.endsWith(','));
  if (!joined) return null;
  // The subject opens the sentence, or follows one short opening phrase ("Shortly after the
  // vote, Dana Roe, …", "In Lisbon: Rui Sousa …"); the nouns after it are objects and appositives.
  const parts = t.split(/[,:]\s+/u, 3);
  const first = parts[0]!.trimStart();
  const p = pronounKind(first.split(/\s+/u, 1)[0]!);
  if (p) return { kind: 'pronoun', pronoun: p };
  const opener = first.split(/\s+/u).length <= 6 ? parts[1] : undefined;
  for (const part of opener === undefined ? [first] : [first, opener]) {
    const name = leadingName(part);
    if (name && name.includes(' ') && !POSSESSIVE.test(name)) return { kind: 'name', name };
  }
  const single = leadingName(first);
  return single && !single.includes(' ') && !POSSESSIVE.test(single)
    ? { kind: 'name', name: single, weak: true }
    : null;
}

const BASE_FORMS = new Set(['say', 'ask', 'tell', 'write', 'add', 'explain', 'call', 'describe']);

/** Reads the phrase after a speech verb ("said Riverside Local 9 President Omar Haddad."). */
function object(after: string): Attribution {
  const described = describedThenNamed(after);
  if (described) return { kind: 'name', name: described };
  const phrase = cutPhrase(after.trimStart());
  const first = phrase.split(/\s+/u)[0] ?? '';
  const p = pronounKind(first);
  if (p && phrase.split(/\s+/u).length === 1) return { kind: 'pronoun', pronoun: p };
  const inst = institution(phrase.split(/\s+/u).filter(Boolean).slice(0, 2));
  if (inst) return inst;
  const name = trailingName(phrase) ?? leadingName(phrase) ?? nameAfterDescription(phrase);
  if (!name) {
    const org = trailingOrg(phrase);
    if (org) return { kind: 'org', name: org };
    // "sagte die Sprecherin.", "said the mayor." — the whole phrase is the role.
    const words = phrase.split(/\s+/u).filter(Boolean);
    return (words.length <= 3 && role(words)) || { kind: 'none' };
  }
  return { kind: 'name', name: withListedNames(name, after) };
}

/**
 * "l’adjointe aux sports Clémence Aubertin", "la alcaldesa Amparo Villacañas": lower-case words
 * describing the speaker, then the name. The first full name within a few words.
 */
function nameAfterDescription(phrase: string): string | null {
  const words = phrase.split(/\s+/u).filter(Boolean).slice(0, 8);
  for (let i = 1; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(words[i]!)) continue;
    if (words.slice(0, i).some((w) => /^\p{Lu}/u.test(w))) return null;
    const name = leadingName(words.slice(i).join(' '));
    return name && name.includes(' ') ? name : null;
  }
  return null;
}

/**
 * A role phrase then the person in apposition: "the Secretary-General's spokesperson, Stéphane
 * Dujarric," / "el ministro de Economía, Carlos Cuerpo," — the speaker is the person named, never
 * the one the role belongs to.
 */
function describedThenNamed(after: string): string | null {
  const comma = after.indexOf(',');
  if (comma <= 0 || comma > 100) return null;
  const role = after.slice(0, comma);
  const roleWords = role.trim().split(/\s+/u);
  const described =
    DEFINITE_ARTICLES.has((roleWords[0] ?? '').toLowerCase()) ||
    /^\p{Ll}/u.test(roleWords[0] ?? '') ||
    roleWords.some((w) => isTitleWord(w.replace(/[’']s?$/u, '')));
  if (!described) return null;
  const name = leadingName(after.slice(comma + 1));
  return name && name.includes(' ') ? name : null;
}

/** "Libby Cantrill, Tim Crowley and Rick Chan": a list of speakers kept whole. */
function withListedNames(first: string, after: string): string {
  const at = after.indexOf(first);
  if (at < 0) return first;
  let rest = after.slice(at + first.length, at + first.length + 300);
  const names = [first];
  for (let i = 0; i < 8; i++) {
    const m = /^(,\s+(?:and\s+)?|\s+and\s+)/u.exec(rest);
    if (!m) break;
    const next = leadingName(rest.slice(m[0].length));
    if (!next || next.split(' ').length < 2) break;
    names.push(next);
    rest = rest.slice(m[0].length + next.length);
    if (/and/u.test(m[0])) return names.join(', ').replace(/, ([^,]+)$/u, ' and $1');
  }
  return first;
}

/** The text holds a verb of speech ("my supervisor told me"): someone, named or not, speaks. */
export function hasSpeechVerb(text: string): boolean {
  VERB_RE.lastIndex = 0;
  return VERB_RE.test(text.slice(-300));
}

/**
 * A word that points back at the quotation as the object of the verb after it: "So says …",
 * "Das sagt …", "Dat zegt …", "Eso dijo …", "Ça dit …", "Questo ha detto …", "Isso disse …".
 */
const POINTS_BACK = /^(?:so|that|this|das|dat|dit|zo|eso|así|ça|questo|così|isso|assim)$/iu;

/** Attribution in the words right after a closing mark. */
export function attributionAfter(post: string): Attribution {
  const window = post.slice(0, 240);
  // "… great truth" -- Niels Bohr   /   ” — Jane Roe, organizer
  const dash = /^\s*[,.]?\s*(?:--|—|–|―|~|\/\/)\s*(.+)$/u.exec(window);
  if (dash) {
    const name = leadingName(dash[1]!);
    if (name) return { kind: 'name', name };
    // Spanish and Portuguese set the verb off with a dash: `»—dijo Sánchez—.`
    if (!/^\p{Ll}/u.test(dash[1]!)) return { kind: 'none' };
  }
  // `„…“, so Lindner.` — a speaker with no verb, only in this position.
  const mark = AFTER_MARK_RE.exec(window);
  if (mark) {
    const named = object(window.slice(mark[0].length));
    if (named.kind === 'name' || named.kind === 'role') return named;
  }
  const s = window.replace(/^[\s,.;:!?…\-–—―”"’»“«‘]+/u, '');
  if (FRENCH_INVERSION.test(s)) return { kind: 'pronoun', pronoun: 'person' };
  // Only the clause right after the quotation: stop at the end of its sentence.
  const sentenceEnd = /[.!?](?:\s|$)/u.exec(s);
  const clause = sentenceEnd ? s.slice(0, sentenceEnd.index + 1) : s;
  VERB_RE.lastIndex = 0;
  const m = VERB_RE.exec(clause);
  if (!m) return { kind: 'none' };
  const verbAt = m.index + m[0].indexOf(m[1]!);
  const before = clause.slice(0, verbAt);
  if (before.trim() === '') {
    const rest = clause.slice(verbAt + m[1]!.length);
    // `«…», dijo.` / `“…”, disse.` — Romance languages drop the subject: the last person named.
    if (/^[\s.,;:!?—–-]*$/u.test(rest)) return { kind: 'pronoun', pronoun: 'person' };
    return object(rest);
  }
  // `“…” So says Jane Roe.`, `„…“ Das sagt Jane Roe.`, `«…» Eso dijo Jane Roe.`: the words are
  // the object of the verb and the speaker follows it.
  if (POINTS_BACK.test(before.trim())) {
    const named = object(clause.slice(verbAt + m[1]!.length));
    return named.kind === 'name' || named.kind === 'role' ? named : { kind: 'none' };
  }
  // The subject must be short: `,” Novak said` — not a whole new sentence.
  if (before.split(/\s+/u).filter(Boolean).length > 10) return { kind: 'none' };
  const subj = subject(before, BASE_FORMS.has(m[1]!));
  if (subj.kind !== 'none') return subj;
  return { kind: 'none' };
}

/** Pronouns after a source preposition ("according to her", "laut ihm", "selon eux"). */
const SOURCE_PERSON = new Set('her him ihr ihm elle lui ella él haar hem lei ela ele'.split(' '));
const SOURCE_PLURAL = new Set('them ihnen eux elles ellos ellas hen loro eles elas'.split(' '));

const RELATIVE_INTRO = /according to whom|selon (?:laquelle|lequel|qui|lui|elle)|volgens wie/iu;

/** Attribution in the narration before an opening mark (same sentence). */
export function attributionBefore(pre: string): Attribution {
  const window = pre.slice(-300);
  // The source and gesture shapes both end in "." or ":" (then space): test that first, since
  // their regexes are tried at every position of the window.
  const lastChar = window.trimEnd().slice(-1);
  const endsClause = lastChar === '.' || lastChar === ':';
  // "…that line from G. K. Chesterton. “…”": the sentence before names the source.
  const source =
    endsClause &&
    /\b(?:from|by)\s+((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]+)[.:]\s*$/u.exec(window);
  if (source) {
    const name = trailingName(`from ${source[1]!}`);
    if (name && name.includes(' ')) return { kind: 'name', name };
  }
  // "The Ledger has this line about the vote: “…”" — the subject is the source.
  const withLine = lastChar === ':' ? subjectWithALine(window.trimEnd().slice(0, -1)) : null;
  if (withLine) return withLine;
  // "Ferrante laughed. “…”": a speaker's gesture just before a quotation that opens a sentence.
  const gesture =
    lastChar === '.' &&
    /(?:^|[.!?,]\s+)([^.!?,]{2,60}?)\s+(?:laughed|smiled|shrugged|nodded|sighed|paused|grinned|winced)\.\s*$/u.exec(
      window,
    );
  if (gesture) {
    const name = trailingName(gesture[1]!);
    if (name) return { kind: 'name', name };
  }
  // Only the sentence the quotation sits in.
  let start = 0;
  const re = /[.!?…]["”’)]?\s+(?=[\p{Lu}“"‘(]|$)/gu;
  let b: RegExpExecArray | null;
  while ((b = re.exec(window))) start = b.index + b[0].length;
  const sentence = window.slice(start);
  // "Christine Lagarde selon laquelle “…”", "Jane Roe, according to whom …"
  const rel =
    RELATIVE_INTRO.test(sentence) &&
    /([^,;:]{2,80}?),?\s+(?:according to whom|selon (?:laquelle|lequel|qui|lui|elle)|volgens wie)\b/iu.exec(
      sentence,
    );
  if (rel) {
    const name = trailingName(rel[1]!.replace(/\s*\([^()]{1,40}\)$/u, ''));
    if (name) return { kind: 'name', name };
  }
  ACCORDING_RE.lastIndex = 0;
  const acc = ACCORDING_RE.exec(sentence);
  if (acc) {
    const described = describedThenNamed(
      sentence.slice(acc.index + acc[0].length - acc[1]!.length),
    );
    const name = described ?? leadingName(acc[1]!) ?? trailingName(cutPhrase(acc[1]!));
    if (name) return { kind: 'name', name };
    // "According to her, “…”", "Selon elle", "Según ella", "Volgens haar": the last person named.
    const object = acc[1]!.trim().split(/[\s,]/u, 1)[0]!.toLowerCase();
    if (SOURCE_PERSON.has(object)) return { kind: 'pronoun', pronoun: 'person' };
    if (SOURCE_PLURAL.has(object)) return { kind: 'pronoun', pronoun: 'plural' };
  }
  // "Een gesprek met Joop de Vries: ‘…’" — a name and a colon introduce the quotation.
  const colon = sentence.trimEnd().endsWith(':') && /([^:;.!?]{1,80}):\s*$/u.exec(sentence);
  if (colon) {
    const name = trailingName(colon[1]!);
    if (name && name.includes(' ')) return { kind: 'name', name };
  }
  VERB_RE.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  let v: RegExpExecArray | null;
  while ((v = VERB_RE.exec(sentence))) last = v;
  if (!last) return stanceSubject(sentence);
  const verbAt = last.index + last[0].indexOf(last[1]!);
  const before = sentence.slice(0, verbAt);
  const after = sentence.slice(verbAt + last[1]!.length);
  if (before.trim() !== '') {
    const shared = sharedSubject(before, last[1]!);
    if (shared) return shared;
    const subj = subject(before, BASE_FORMS.has(last[1]!));
    if (subj.kind === 'name' && !subj.name.includes(' ') && /^\S+\s*$/u.test(before.trim())) {
      // German puts the verb second: "Dazu schreibt Henrike Stallbaum:" names the speaker after it.
      const named = nameBeforeColon(after);
      return named && named.includes(' ') ? { kind: 'name', name: named } : { ...subj, weak: true };
    }
    if (subj.kind !== 'none') return subj;
  }
  const named = nameBeforeColon(after);
  return named ? { kind: 'name', name: named } : stanceSubject(sentence);
}

/** "said Jane Roe: “…”" — a name right after the verb, then nothing but the colon. */
function nameBeforeColon(after: string): string | null {
  if (!/^\s*[^,:;]{2,60}[,:]?\s*$/u.test(after)) return null;
  const obj = object(after.replace(/[,:]\s*$/u, ''));
  return obj.kind === 'name' ? obj.name : null;
}

const STANCE_ALT = STANCE_VERBS.map((v) => v.replace(/ /g, '\\s+')).join('|');
const STANCE_RE = new RegExp(`(?:^|[\\s,])(?:${STANCE_ALT})(?=[\\s,:])`, 'u');

/**
 * "Patrick Fabian, Geschäftsführer Sport, zeigt sich erfreut, dass „…“": a verb of stance
 * whose subject is a person named in full opens the sentence the quotation closes.
 */
function stanceSubject(sentence: string): Attribution {
  const m = STANCE_RE.exec(sentence);
  if (!m) return { kind: 'none' };
  const subj = subject(sentence.slice(0, m.index + 1));
  return subj.kind === 'name' && subj.name.includes(' ') ? subj : { kind: 'none' };
}

const SOURCE_NOUN_RE = new RegExp(
  `(?:^|\\s)(?:${SOURCE_NOUNS.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\s+(?=\\S)`,
  'giu',
);
/**
 * Where the words naming the source stop: a comma, or a relative clause about something else
 * (German sets every relative clause off with a comma, and its relative pronouns are articles).
 */
const SOURCE_END = /[,;(]|\s(?:which|who|that|where|qui|que|dont|quien|cual|wat|che|cui|onde)\s/iu;

/**
 * "…this excerpt from the executive director at Bike Coalition, which …" / "the statement from
 * Jane Roe, sent on Monday": the person (or body) a piece of words is from.
 */
function sourceOfPiece(text: string): Attribution | null {
  SOURCE_NOUN_RE.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  let m: RegExpExecArray | null;
  while ((m = SOURCE_NOUN_RE.exec(text))) last = m;
  if (!last) return null;
  const rest = text.slice(last.index + last[0].length);
  const end = SOURCE_END.exec(` ${rest} `);
  const phrase = (end ? rest.slice(0, Math.max(0, end.index - 1)) : rest).trim();
  if (!phrase) return null;
  const lead = leadingName(phrase);
  if (lead && lead.includes(' ')) return { kind: 'name', name: lead };
  // "the director at Harbour Riders Coalition": the body, before any name-shaped part of it.
  const org = trailingOrg(phrase);
  if (org) return { kind: 'org', name: org };
  const described = nameAfterDescription(phrase);
  if (described) return { kind: 'name', name: described };
  const name = trailingName(phrase);
  return name && name.includes(' ') ? { kind: 'name', name } : null;
}

const HAS_LINE_RE = new RegExp(
  `\\s(?:${HAS_THIS_LINE.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?=$|[\\s,:])`,
  'iu',
);
/** Words between a subject and "has this line" that are not part of it ("today", "once"). */
const SUBJECT_TAIL =
  /\s+(?:today|yesterday|recently|once|also|this\s+week|heute|aujourd’hui|hoy|vandaag|oggi|hoje)$/iu;
/** A newsletter or paper named with its kind: "the Axios newsletter" is Axios. */
const OUTLET_KIND =
  /\s+(?:newsletter|blog|podcast|column|editorial|report|piece|article|story|paper|site|feed)$/iu;

/**
 * "The Ledger newsletter today has this line about …:", "Jane Roe had this to say:": the
 * sentence's subject is the source of the passage.
 */
function subjectWithALine(body: string): Attribution | null {
  const sentence = body.split(/[.!?]\s+/u).pop() ?? body;
  const m = HAS_LINE_RE.exec(sentence);
  if (!m) return null;
  const clause =
    sentence
      .slice(0, m.index)
      .split(/[,:;]\s+/u)
      .pop() ?? '';
  const bare = clause
    .replace(/^[^\p{L}]+/u, '') // "4/ The …": a list number
    .replace(/[,;:\s]+$/u, '') // "one of them, Jane Roe, had this to say"
    .replace(SUBJECT_TAIL, '')
    .replace(OUTLET_KIND, '')
    .trim();
  const words = bare.split(/\s+/u);
  const noArticle = DEFINITE_ARTICLES.has((words[0] ?? '').toLowerCase())
    ? words.slice(1).join(' ')
    : bare;
  if (noArticle.split(/\s+/u).length > 6) return null;
  const p = pronounKind(noArticle);
  if (p) return { kind: 'pronoun', pronoun: p };
  const org = trailingOrg(noArticle);
  if (org) return { kind: 'org', name: org };
  // "Jane Roe", "Mayor Jane Roe", "Die Bürgermeisterin Jane Roe": the name ends the subject.
  const name = trailingName(noArticle);
  if (name && noArticle.endsWith(name)) return { kind: 'name', name };
  // One capitalised word or a run of them ("Axios", "Money Stuff"): the outlet itself.
  return /^\p{Lu}\S*(?:\s\p{Lu}\S*){0,3}$/u.test(noArticle)
    ? { kind: 'org', name: noArticle }
    : null;
}

/** Speaker of a passage introduced by a line ending in a colon ("The FT reports:"). */
export function attributionOfIntro(intro: string): Attribution {
  const t = intro.trim();
  if (!t.endsWith(':')) return { kind: 'none' };
  // A reply thread ("On Mon, Jan 5, Jane wrote:") quotes an email, not a statement.
  if (/^(?:on|am|le|op)\s.{3,120}\b(?:wrote|schrieb|a écrit|schreef)\s*:$/iu.test(t))
    return { kind: 'hypothetical' };
  const body = t.slice(0, -1);
  const source = sourceOfPiece(body.slice(-300)) ?? subjectWithALine(body.slice(-300));
  if (source) return source;
  const a = attributionBefore(`${body} `);
  if (a.kind !== 'none') return a;
  // "…a line from the food writer Adele Marchetti:" — the intro ends with the name.
  const last = trailingName(body.slice(-300).replace(/[“"„«][^“”"„«»]{0,200}[”"“»]/gu, ' … '));
  if (last && last.includes(' ')) return { kind: 'name', name: last };
  // "At the Harbor Post, Dana Whit has a story on …:" — the person the sentence is about.
  const lastSentence = body.split(/[.!?]\s+/u).pop() ?? body;
  const clause = lastSentence.split(/,\s+/u);
  for (const part of clause) {
    const name = leadingName(part);
    if (name && name.includes(' ')) return { kind: 'name', name };
  }
  return { kind: 'none' };
}

/**
 * People the narration has speaking, even without a quotation ("Pranic said that…",
 * "says Jane Roe"): they are the last person named when a later "he said" comes.
 */
export function speakersInNarration(text: string): { name: string; at: number }[] {
  const out: { name: string; at: number }[] = [];
  VERB_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  // A paragraph with hundreds of speech verbs is not prose; a bound keeps huge inputs fast.
  for (let n = 0; n < 500 && (m = VERB_RE.exec(text)); n++) {
    const verbAt = m.index + m[0].indexOf(m[1]!);
    const before = text.slice(Math.max(0, verbAt - 80), verbAt);
    const s = /[.!?;]\s+([^.!?;]*)$/u.exec(before)?.[1] ?? before;
    const a = subject(s);
    if (a.kind === 'name') out.push({ name: a.name, at: verbAt });
  }
  return out;
}
