import { isSpaceCode } from '../blocks/block-cache';

// People's names in narration, by rule: a run of capitalised words, with name particles
// (van, de, bin…) allowed inside, cut at titles, roles and organisation words. A rule is enough
// here — newsletter attributions name people in a few fixed shapes ("said Riverside Local 9 President
// Omar Haddad", "bus driver Pia Lund", "Novak said") — and it keeps the side panel small: this
// whole quote extractor is about 10 kB gzipped, where `compromise` alone is a large NLP bundle
// against the panel's 80 kB budget.

/** Titles and roles that precede a name and are not part of it. */
const TITLES = new Set(
  `president vice director chair chairman chairwoman chairperson ceo cfo cto coo founder co-founder
  cofounder senator sen sen. rep rep. representative congressman congresswoman congressmember
  governor gov gov. mayor secretary minister premier chancellor professor prof prof. dr dr. mr mr.
  mrs mrs. ms ms. mx mx. sir dame lord lady judge justice chief editor reporter columnist writer
  author spokesperson spokesman spokeswoman organizer organiser steward historian economist analyst
  attorney lawyer general gen gen. col col. capt capt. lt lt. sgt sgt. officer agent commissioner
  superintendent principal pastor rev rev. reverend father rabbi imam bishop pope king queen prince
  princess treasurer manager executive head leader member councilmember councilwoman councilman
  councillor councilor alderman alderwoman deputy assistant associate senior staff fellow
  researcher scientist doctor nurse teacher driver worker coach captain commander sheriff
  ambassador delegate speaker trustee partner analyst correspondent host anchor producer
  president-elect st st. saint uncle aunt grandma grandpa wethouder burgemeester raadslid
  staatssecretaris woordvoerder voorzitter directeur bürgermeister bürgermeisterin kanzler
  kanzlerin präsident präsidentin direktor direktorin sprecher sprecherin ministerin professorin
  maire député ministre porte-parole chef
  présidente directrice secrétaire sénateur sénatrice juge procureur procureure avocat avocate
  presidente presidenta ministro ministra alcalde alcaldesa portavoz portavoce porta-voz sindaco
  sindaca secretario secretaria secretário secretária directora diretor diretora gobernador
  gobernadora governatore governador governadora consejero consejera vereador vereadora prefeito
  prefeita diputado diputada deputato deputata deputado deputada senador senadora senatore
  senatrice juez jueza giudice juiz juíza fiscal procuratore procurador procuradora premiê
  primer primera primo prima ministre-présidente abgeordnete abgeordneter vorsitzende
  vorsitzender richter richterin chefin politiker politikerin ökonom ökonomin`.split(/\s+/),
);

/**
 * German and Dutch write a role and its domain as one capitalised word ("Finanzminister",
 * "Grünen-Politikerin", "SPD-Chef", "Bundeskanzlerin"): a word ending in one of these is a title.
 */
const TITLE_SUFFIXES =
  /(?:minister|ministerin|präsident|präsidentin|sprecher|sprecherin|politiker|politikerin|vorsitzende|vorsitzender|kanzler|kanzlerin|direktor|direktorin|leiterin|bürgermeister|bürgermeisterin|abgeordnete|abgeordneter|ökonom|ökonomin|expertin|dezernent|dezernentin|meister|meisterin|führer|führerin|trainer|trainerin|stadtrat|stadträtin|richterin|woordvoerder|voorzitter|wethouder|meester|-chef|-chefin)$/u;

/** A title or role word: "President", "alcaldesa", "Finanzminister", "SPD-Chef". */
export function isTitleWord(tok: string): boolean {
  const lower = tok.toLowerCase();
  if (TITLES.has(lower)) return true;
  const m = lower.length > 6 ? TITLE_SUFFIXES.exec(lower) : null;
  // "Meister" alone may be a surname; "Gärtnermeisterin" is a role.
  return m !== null && (m.index > 0 || TITLES.has(m[0]));
}

/** Words that make a capitalised run an organisation or a place rather than a person. */
const ORG_WORDS = new Set(
  `union unions local federation council church inc inc. co co. corp corp. llc ltd ltd. association
  university college school schools academy institute department committee party coalition network
  group foundation fund bank times post journal news press magazine review agency administration
  commission board court congress senate house office center centre club company society transit
  city county state states ministry government trust alliance movement campaign project team labs
  media service services employees workers teachers educators nurses federal national international
  united square street avenue road airport station hospital museum library capital
  partners holdings group capital fc network tv radio daily weekly monthly newsletter podcast
  republicans democrats republican democratic gop initiative action matter lives
  tribunal tribunale gericht rechtbank cour corte ministerium ministère ministerio ministero
  ministério ministerie regierung gouvernement gobierno governo regering polizei police policía
  polizia polícia politie gewerkschaft syndicat sindicato sindacato vakbond kommission commissione
  comisión commissie comissão agence agencia agenzia agência behörde partei parti partido partito
  partij verband stiftung fondation fundación fondazione fundação stichting universität université
  universidad università universidade universiteit gemeente ayuntamiento comune prefeitura
  parlament parlement parlamento assemblée bundestag authority autorité autoridad autorità`.split(
    /\s+/,
  ),
);

/** Capitalised words that start sentences or name times, never people. */
const STOP_WORDS = new Set(
  `the a an this that these those it he she they we i you his her their our my your its in on at
  for but and or if when while as after before since under among other last next now then so yes
  no not here there what why how who which where whose also even just still only every each all
  some many more most much one two three four five six seven eight nine ten first second third
  monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december jan jan. feb feb. mar mar. apr apr. jun jun.
  jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec. today tomorrow yesterday tonight
  dear hi hello thanks thank please read click subscribe share follow like via by from with
  meanwhile however although though because plus p.s. ps p.p.s. update breaking new according
  about with without into over through across between against around behind beyond inside like
  near onto toward towards upon within volgens laut selon aldus zegt sagt sagte de het een der die das le la les el los
  según secondo segundo d'après d’après il lo gli las un una uno os um uma ein eine einer dem
  du une ce cette ces nel nella dal dalla sul sulla en et und y e o ou`.split(/\s+/),
);

/** Lower-case particles allowed inside a name (Youp van ’t Hek, Ahmed bin Hassan). */
const PARTICLES = new Set(
  `van von de der den del della da di du la le bin ibn al el ter ten 't ’t d' d’ dos das y`.split(
    /\s+/,
  ),
);

/** Pronouns that stand for the last person named ("he said", "sagte sie", "zei hij"). */
const PRONOUNS: Record<string, 'person' | 'plural' | 'self'> = {
  he: 'person',
  she: 'person',
  they: 'plural',
  i: 'self',
  we: 'plural',
  // German: "sie" is also "they", but after "sagte" it is nearly always one speaker.
  er: 'person',
  sie: 'person',
  // French, Spanish, Portuguese, Italian, Dutch
  il: 'person',
  elle: 'person',
  ils: 'plural',
  elles: 'plural',
  él: 'person',
  ella: 'person',
  ele: 'person',
  ela: 'person',
  lui: 'person',
  lei: 'person',
  hij: 'person',
  zij: 'person',
  // Dutch "ze" is "she" or "they"; after "zegt"/"zei" it is nearly always one speaker.
  ze: 'person',
};

export function pronounKind(word: string): 'person' | 'plural' | 'self' | null {
  return PRONOUNS[word.toLowerCase()] ?? null;
}

/** Strips punctuation around a token, and a possessive ’s (Acme’s, Novak’s). */
export function cleanToken(tok: string): string {
  // Called for every word of the narration: most words have no punctuation to strip, so the
  // regexes run only when the first or last character could need them.
  let t = tok;
  if (LEADING_PUNCT.includes(t[0] ?? 'a')) t = t.replace(/^[("'“‘«„_*[]+/u, '');
  if (TRAILING_PUNCT.includes(t[t.length - 1] ?? 'a')) t = t.replace(/[)"'”’»_*\],;:!?]+$/u, '');
  if (t.endsWith('.'))
    t = t.replace(/\.$/u, (m, off: number, s: string) => (/^\p{Lu}\.$/u.test(s) ? m : ''));
  return t;
}

const LEADING_PUNCT = '("\'“‘«„_*[';
const TRAILING_PUNCT = ')"\'”’»_*],;:!?';

/**
 * Could the token at `start` clean to a capitalised word? False only when it surely cannot (a
 * cheap pre-check on its first character after opening punctuation).
 */
function mayBeNameWord(text: string, start: number): boolean {
  let i = start;
  while (i < text.length && LEADING_PUNCT.includes(text[i]!)) i++;
  const c = text.charCodeAt(i);
  // Outside ASCII, leave the decision to isNameWord (\p{Lu} covers every script).
  return c >= 128 || (c >= 65 && c <= 90);
}

const isPossessive = (tok: string): boolean => /(?:[’']s|s[’'])$/u.test(tok) && tok.length > 2;

/** A capitalised name word: Novak, DeShawn, Ward-Ellis, O’Brien, McDonald, an initial "N." */
export function isNameWord(tok: string): boolean {
  if (!tok) return false;
  const c0 = tok.charCodeAt(0);
  if (c0 < 128) {
    if (!(c0 >= 65 && c0 <= 90)) return false; // ASCII, not a capital
    const fast = asciiNameShape(tok);
    if (fast === false) return false;
    if (fast === true)
      return (
        !STOP_WORDS.has(tok.toLowerCase()) && !isTitleWord(tok) && !ORG_WORDS.has(tok.toLowerCase())
      );
  }
  if (/^\p{Lu}\.$/u.test(tok)) return true; // an initial
  if (!/^\p{Lu}/u.test(tok)) return false;
  if (!/\p{Ll}/u.test(tok)) return false; // ALL CAPS: an acronym (NATO, UAW), not a name
  if (/\p{N}/u.test(tok)) return false;
  const lower = tok.toLowerCase();
  return !STOP_WORDS.has(lower) && !isTitleWord(tok) && !ORG_WORDS.has(lower);
}

/**
 * isNameWord's shape tests for a token starting with an ASCII capital, without regexes: true for
 * an initial or a mixed-case word without digits, false when it fails, null when a non-ASCII
 * character needs the Unicode classes.
 */
function asciiNameShape(tok: string): boolean | null {
  if (tok.length === 2 && tok[1] === '.') return true;
  let lower = false;
  for (let i = 1; i < tok.length; i++) {
    const c = tok.charCodeAt(i);
    if (c >= 128) return null;
    if (c >= 48 && c <= 57) return false;
    if (c >= 97 && c <= 122) lower = true;
  }
  return lower;
}

/** Prepositions that put a place or a body after a person or a role ("of Florida", "de Madrid"). */
const PLACE_PREPOSITIONS = new Set(
  'of from in at de del di da do du des aus von uit van à a en'.split(' '),
);

const isParticle = (tok: string): boolean => PARTICLES.has(tok.toLowerCase()) && tok.length <= 4;

/**
 * The name that ends a phrase: "Riverside Local 9 President Omar Haddad" → "Omar Haddad",
 * "bus driver Pia Lund" → "Pia Lund". Null when the phrase does not end in a name, or the
 * name run belongs to an organisation ("Riverside Tenants Union").
 */
export function trailingName(phrase: string): string | null {
  const raw = phrase.trim().split(/\s+/u).filter(Boolean).slice(-12);
  const out: string[] = [];
  for (let i = raw.length - 1; i >= 0; i--) {
    if (out.length > 6) return null;
    const original = raw[i]!;
    const tok = cleanToken(original);
    if (out.length === 0 && isPossessive(original)) return null;
    if (out.length > 0 && /[,;:]$/u.test(original)) break;
    if (isNameWord(tok)) {
      if (out.length > 0 && isPossessive(original)) break; // Acme’s Libby Cantrill
      out.unshift(tok);
      continue;
    }
    // A particle joins a surname to one given name (Ruud van den Berg); after two name words it
    // is a preposition ("Sanne Mulder van de Fietsersbond").
    if (
      out.length > 0 &&
      isParticle(tok) &&
      i > 0 &&
      (isNameWord(cleanToken(raw[i - 1]!)) || isParticle(cleanToken(raw[i - 1]!)))
    ) {
      out.unshift(tok);
      continue;
    }
    if (out.length > 0 && ORG_WORDS.has(tok.toLowerCase())) {
      // "Tenants Union Vice President Omar Haddad" stops at "President"; but a run that is
      // itself an organisation ("Metro Transit", "the Labor Federation") is no person.
      break;
    }
    if (out.length === 0 && ORG_WORDS.has(tok.toLowerCase())) return null;
    // "Marco Rubio of Florida", "el alcalde de Madrid": a place after a preposition. The person,
    // if any, stands before it, named in full.
    const owner = i > 0 ? cleanToken(raw[i - 1]!) : '';
    if (
      out.length > 0 &&
      PLACE_PREPOSITIONS.has(tok.toLowerCase()) &&
      (isNameWord(owner) || isTitleWord(owner))
    ) {
      const before = trailingName(raw.slice(0, i).join(' '));
      return before && before.includes(' ') ? before : null;
    }
    break;
  }
  while (out.length > 0 && isParticle(out[0]!)) out.shift();
  if (out.length === 0) return null;
  if (out.length > 5) return null;
  return out.join(' ');
}

/** The name that starts a phrase ("— Niels Bohr, physicist" → "Niels Bohr"). */
export function leadingName(phrase: string): string | null {
  const raw = phrase.slice(0, 400).trim().split(/\s+/u).filter(Boolean);
  const out: string[] = [];
  for (const original of raw) {
    const tok = cleanToken(original);
    if (out.length > 6) return null;
    const givenNames = out.filter((t) => !isParticle(t)).length;
    if (isNameWord(tok) || (givenNames === 1 && isParticle(tok))) {
      out.push(tok);
      if (/[,;:)]$/u.test(original) || isPossessive(original)) break;
      continue;
    }
    if (out.length === 0 && isTitleWord(tok)) continue; // "— Dr. Jane Roe"
    break;
  }
  while (out.length > 0 && isParticle(out[out.length - 1]!)) out.pop();
  if (out.length === 0 || out.length > 5) return null;
  return out.join(' ');
}

const GENERIC_NOUNS =
  /\s+(?:article|report|story|piece|paper|newsletter|editorial|op-ed|team|staff)$/u;

/**
 * An organisation that ends a phrase: "the Wall Street Journal" → "Wall Street Journal",
 * "The FT article" → "FT". Needs an organisation word or an acronym, so a plain phrase is none.
 */
export function trailingOrg(phrase: string): string | null {
  const raw = phrase.trim().replace(GENERIC_NOUNS, '').split(/\s+/u).filter(Boolean);
  const out: string[] = [];
  for (let i = raw.length - 1; i >= 0 && out.length < 6; i--) {
    const original = raw[i]!;
    const tok = cleanToken(original);
    if (out.length > 0 && /[,;:]$/u.test(original)) break;
    if (!/^\p{Lu}/u.test(tok) || (out.length > 0 && isPossessive(original))) break;
    if (STOP_WORDS.has(tok.toLowerCase()) || PRONOUNS[tok.toLowerCase()]) break;
    out.unshift(tok);
  }
  if (out.length === 0) return null;
  const orgish = out.some((t) => ORG_WORDS.has(t.toLowerCase()) || /^\p{Lu}{2,5}$/u.test(t));
  return orgish ? out.join(' ') : null;
}

export interface Mention {
  /** Position in the document: block index * 1e7 + offset, so mentions sort in reading order. */
  at: number;
  name: string;
}

/**
 * Runs of two or more capitalised name words in narration, with their positions: the people an
 * email names, so "Novak" and "he" can be resolved to the full name as first given.
 */
export function findNameRuns(text: string, base: number): Mention[] {
  const found: Mention[] = [];
  let run: { tok: string; at: number; raw: string }[] = [];
  let given = 0;
  let tooLong = false;
  const flush = (): void => {
    while (run.length > 0 && isParticle(run[run.length - 1]!.tok)) run.pop();
    if (!tooLong && run.length >= 2 && run.filter((r) => !isParticle(r.tok)).length <= 4) {
      found.push({ at: base + run[0]!.at, name: run.map((r) => r.tok).join(' ') });
    }
    run = [];
    given = 0;
    tooLong = false;
  };
  // Tokens are the runs of non-space characters, found by hand: this loop sees every word of the
  // narration, and most words are skipped on their first character.
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !isSpaceCode(text.charCodeAt(i))) i++;
    const m = { index: start };
    // With no run open, a word that cannot be a name word changes nothing: skip it cheaply.
    if (run.length === 0 && !mayBeNameWord(text, start)) continue;
    const raw = text.slice(start, i);
    const possessive = isPossessive(raw);
    const tok = cleanToken(raw).replace(/[’']s$/u, '');
    const lower = tok.toLowerCase();
    if (isNameWord(tok) || (given === 1 && isParticle(tok))) {
      // Past six words a capitalised run is a headline or shouting, not a name: stop collecting.
      if (run.length < 8) run.push({ tok, at: m.index, raw });
      else tooLong = true;
      if (!isParticle(tok)) given++;
      // A run ends at punctuation and at a possessive; an org word after it voids it.
      if (possessive || (/[,;:.!?)”"’]$/u.test(raw) && !/^\p{Lu}\.$/u.test(tok))) flush();
      continue;
    }
    if (ORG_WORDS.has(lower) && run.length > 0) {
      run = []; // "Riverside Tenants Union": an organisation, not a person
      given = 0;
      tooLong = false;
      continue;
    }
    flush();
  }
  flush();
  return found;
}

/** Long organisation words that German and Dutch put at the end of compounds ("Oberlandesgericht"). */
const COMPOUND_ORG_TAIL =
  /(?:gericht|ministerium|behörde|kommission|gewerkschaft|verband|partei|rechtbank|ministerie|universität|amt|bank)$/u;

/** A word that makes a capitalised run an organisation. */
function isOrgWord(tok: string): boolean {
  const lower = tok.toLowerCase();
  return ORG_WORDS.has(lower) || (lower.length > 8 && COMPOUND_ORG_TAIL.test(lower));
}

/** Lower-case words allowed inside an organisation's name ("Bank of England", "Cour de cassation"). */
const ORG_LINKS = new Set(
  'of for and de du des la le of für der van voor del della di do da'.split(' '),
);

/**
 * Organisations and institutions named in narration: runs of capitalised words that hold an
 * organisation word ("the Madras High Court", "Federal Trade Commission"), so "the HC" and "the
 * court" can resolve to the name as first given.
 */
export function findOrgRuns(
  text: string,
  base: number,
  heads: ReadonlySet<string> = new Set(),
): Mention[] {
  const found: Mention[] = [];
  // "le tribunal administratif de Lyon", "il tribunale di Milano": French, Italian and Spanish
  // write institutions in lower case; a common noun of one, then "de Place", names it.
  if (heads.size > 0) {
    const re =
      /(?:^|\s)(\p{Ll}+)((?:\s+\p{Ll}+){0,2}\s+(?:de|du|di|del|della|do|da|of)\s+\p{Lu}[\p{L}’'-]+)/gu;
    for (let m, n = 0; n < 200 && (m = re.exec(text.slice(0, 20_000))); n++) {
      if (heads.has(m[1]!)) found.push({ at: base + m.index, name: `${m[1]!}${m[2]!}`.trim() });
    }
  }
  const toks = text.slice(0, 20_000).split(/(\s+)/u);
  let run: string[] = [];
  let runAt = 0;
  let orgish = false;
  let at = 0;
  const flush = (): void => {
    while (run.length > 0 && ORG_LINKS.has(run[run.length - 1]!)) run.pop();
    while (run.length > 0 && STOP_WORDS.has(run[0]!.toLowerCase())) run.shift();
    if (orgish && run.length >= 2 && run.length <= 7)
      found.push({ at: base + runAt, name: run.join(' ') });
    run = [];
    orgish = false;
  };
  for (const raw of toks) {
    const here = at;
    at += raw.length;
    if (!raw.trim()) continue;
    const tok = cleanToken(raw).replace(/[’']s$/u, '');
    if (/^\p{Lu}/u.test(tok) || (run.length > 0 && ORG_LINKS.has(tok))) {
      if (run.length === 0) runAt = here;
      run.push(tok);
      if (isOrgWord(tok)) orgish = true;
      if (/[,;:.!?)”"]$/u.test(raw) || tok !== cleanToken(raw)) flush();
      continue;
    }
    flush();
  }
  flush();
  return found;
}

/** The people named so far, to resolve a surname, a first name or a pronoun. */
export class NameBook {
  /** `outside`: a full name for a lone given name from outside the text (the sender's), or null. */
  constructor(private readonly outside: (given: string) => string | null = () => null) {}

  private readonly full: string[] = [];
  private readonly byLast = new Map<string, string>();
  private readonly byFirst = new Map<string, string>();
  private readonly mentions: Mention[] = [];
  private readonly orgs: Mention[] = [];

  /** Records an organisation seen at a position: a speaker, never a pronoun's referent. */
  addOrg(name: string, at: number): void {
    if (this.byLast.has(name.toLowerCase())) return;
    this.full.push(name);
    this.byLast.set(name.toLowerCase(), name);
    this.orgs.push({ at, name });
  }

  private readonly proper = new Set<string>();

  /** A word the email writes capitalised inside a sentence: a proper name. */
  noteProperWord(word: string): void {
    if (this.proper.size < 5000) this.proper.add(word);
  }

  isProperWord(word: string): boolean {
    return this.proper.has(word);
  }

  isOrg(name: string): boolean {
    return this.orgs.some((o) => o.name === name);
  }

  /**
   * The last organisation before a position whose name holds one of the head words ("the court"
   * → "Madras High Court", "das Gericht" → "Bundesverfassungsgericht").
   */
  lastOrgWith(heads: readonly string[], at: number): string | null {
    for (let i = this.orgs.length - 1; i >= 0; i--) {
      const o = this.orgs[i]!;
      if (o.at >= at) continue;
      const words = o.name.toLowerCase().split(' ');
      if (heads.some((h) => words.some((w) => w.endsWith(h)))) return o.name;
    }
    return null;
  }

  /** Records a person seen at a position (in reading order). */
  add(name: string, at: number): void {
    this.addName(name);
    const m = { at, name: this.resolve(name) };
    // Kept sorted by position; names mostly arrive in order, so this is an append.
    let i = this.mentions.length;
    while (i > 0 && this.mentions[i - 1]!.at > at) i--;
    this.mentions.splice(i, 0, m);
  }

  /** Records a name (a person or an organisation) for resolving short forms, not pronouns. */
  addName(name: string): void {
    const parts = name.split(' ');
    if (parts.length >= 2) {
      const known = this.byLast.get(name.toLowerCase());
      if (!known) {
        this.full.push(name);
        // Every tail of the name resolves to it: "Hassan" and "Bin Hassan" → "Ahmed Bin Hassan".
        for (let i = 1; i < parts.length; i++) {
          const tail = parts.slice(i).join(' ').toLowerCase();
          if (!this.byLast.has(tail)) this.byLast.set(tail, name);
        }
        const first = parts[0]!.toLowerCase();
        if (!this.byFirst.has(first)) this.byFirst.set(first, name);
        this.byLast.set(name.toLowerCase(), name);
      }
    }
  }

  /** The full name as first given, for a surname, a first name or an acronym (FT). */
  resolve(name: string): string {
    const key = name.toLowerCase();
    const hit = this.byLast.get(key);
    if (hit) return hit;
    if (!name.includes(' ')) {
      const first = this.byFirst.get(key);
      if (first) return first;
      if (/^\p{Lu}{2,6}$/u.test(name)) {
        // "FT" → "Financial Times"; "HC" → "Madras High Court" (the initials of its last words).
        const expanded = this.full.find((f) => {
          const initials = f
            .split(' ')
            .filter((w) => /^\p{Lu}/u.test(w))
            .map((w) => w[0])
            .join('');
          return (
            initials === name ||
            (name.length >= 2 && initials.endsWith(name) && this.orgs.some((o) => o.name === f))
          );
        });
        if (expanded) return expanded;
      }
    }
    return name;
  }

  /**
   * A speaker's full name: as resolve(), and a given name the text never completes may be
   * completed from outside (the sender). Only for speakers: a brand's first word ("Picket" of
   * Picket Line Weekly) must not become a person mentioned in the narration.
   */
  resolveSpeaker(name: string): string {
    const r = this.resolve(name);
    return r === name && !name.includes(' ') ? (this.outside(name) ?? name) : r;
  }

  private readonly roles: { at: number; role: string; name: string }[] = [];

  /** Records the role a person was introduced with ("Mayor Jane Roe" → mayor). */
  addRole(role: string, name: string, at: number): void {
    if (this.roles.length < 2000) this.roles.push({ at, role, name: this.resolve(name) });
  }

  /** The last person introduced with a role before a position ("the mayor said"). */
  lastWithRole(role: string, at: number): string | null {
    for (let i = this.roles.length - 1; i >= 0; i--) {
      const r = this.roles[i]!;
      if (r.at < at && r.role === role) return r.name;
    }
    return null;
  }

  /** The last person named before a position ("he said"). */
  lastBefore(at: number): string | null {
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i]!;
      if (m.at < at) return m.name;
    }
    return null;
  }
}
