// The wording that says who spoke, per language (en, de, fr, es, nl, it, pt), as data: each row
// is one shape of attribution with why it marks a speaker. speaker-attribution.ts searches the
// quotation's neighbourhood with these, in the order of ATTRIBUTION_SHAPES. Every entry is a
// plain word or phrase; the regexes built from them are alternations of literals, so they stay
// linear on any input.

export type ShapeLang = 'en' | 'de' | 'fr' | 'es' | 'nl' | 'it' | 'pt';

export interface VerbRow {
  lang: ShapeLang;
  /** Space-separated forms; a multi-word form joins its words with "_" ("a_déclaré"). */
  forms: string;
}

/** Every form of some rows, a multi-word form with its words separated by single spaces. */
function phrasesOf(rows: readonly VerbRow[]): string[] {
  return rows.flatMap((r) =>
    r.forms
      .trim()
      .split(/\s+/u)
      .map((f) => f.replace(/_/gu, ' ')),
  );
}

/** Verbs of speech, around which the subject (before) or the speaker (after, inverted) stands. */
export const SPEECH_VERB_ROWS: readonly VerbRow[] = [
  // `“…,” said X.` / `X said “…”` — the reporting verbs of English news, past and present.
  {
    lang: 'en',
    forms: `said says say told tells added adds wrote writes explained explains asked asks
      noted notes argued argues recalled recalls continued continues stated states declared declares
      insisted insists warned warns tweeted tweets posted replied replies responded responds remarked
      observed claimed claims admitted acknowledged emphasized emphasised stressed concluded joked
      quipped shouted chanted announced announces testified recounted urged urges reported reports
      predicted predicts suggested suggests agreed countered wondered mused answered answers`,
  },
  // `as X put it: “…”`, `X went on, “…”`, `“…,” X pointed out` — phrasal reporting verbs.
  { lang: 'en', forms: 'put_it puts_it went_on goes_on pointed_out points_out' },
  // `X called it “…”`, `what X describes as “…”` — naming verbs: the phrase is the speaker's.
  { lang: 'en', forms: 'called calls described describes dubbed' },
  // `„…“, sagte X.` / `X erklärte: „…“` — German reporting verbs, past and present.
  {
    lang: 'de',
    forms: `sagte sagt sagten sagen erklärte erklärt erklärten betonte betont meinte meint schreibt
      schrieb warnte warnt kritisierte kritisiert forderte fordert ergänzte ergänzt sagte_er
      fügte_hinzu räumte_ein teilte_mit hieß_es zitiert antwortete antwortet`,
  },
  // `« … », a déclaré X.` / `X a dit : « … »` / `« … », affirme X` — French passé composé and
  // present; inverted pronouns ("a-t-il dit", "explique-t-elle") are read by PRONOUN_INVERSION.
  {
    lang: 'fr',
    forms: `a_dit a_déclaré a_affirmé a_expliqué a_ajouté a_souligné a_estimé a_assuré a_indiqué
      a_précisé a_averti a_confié a_écrit a_lancé a_martelé a_rappelé déclare affirme explique écrit
      ajoute souligne estime assure indique précise confie lance martèle dit raconte a_répondu répond`,
  },
  // `«…», dijo X.` / `X afirmó: «…»` / `—dijo X—` — Spanish preterite, present and perfect.
  {
    lang: 'es',
    forms: `dijo afirmó aseguró explicó señaló declaró añadió agregó indicó manifestó sostuvo
      advirtió subrayó destacó comentó apuntó escribió insistió dice afirma asegura explica señala
      declara añade escribe ha_dicho ha_afirmado ha_asegurado ha_explicado ha_señalado
      respondió contestó responde contesta`,
  },
  // `"…", zei X.` / `X zegt: "…"` / `"…", vertelt X` — Dutch reporting verbs.
  {
    lang: 'nl',
    forms: `zei zegt zeggen vertelt vertelde verklaarde verklaart stelt stelde schrijft schreef
      benadrukt benadrukte reageert reageerde waarschuwt waarschuwde liet_weten laat_weten
      antwoordde antwoordt`,
  },
  // `“…”, ha detto X.` / `X ha dichiarato: “…”` / `“…”, dice X` — Italian passato prossimo,
  // passato remoto and present.
  {
    lang: 'it',
    forms: `ha_detto ha_dichiarato ha_spiegato ha_aggiunto ha_affermato ha_sottolineato
      ha_commentato ha_ribadito ha_scritto disse dichiarò spiegò aggiunse dice afferma spiega
      aggiunge sottolinea dichiara commenta ribadisce scrive ha_risposto rispose risponde`,
  },
  // `“…”, disse X.` / `X afirmou: “…”` — Portuguese pretérito and present.
  {
    lang: 'pt',
    forms: `disse afirmou declarou explicou acrescentou destacou ressaltou comentou escreveu
      garantiu avaliou diz afirma declara explica acrescenta destaca escreve respondeu
      responde`,
  },
];

/**
 * Present participles of speech that hang off a main clause after a comma ("X welcomed the vote,
 * saying …", "ajoutant que …", "diciendo que …"): their subject is the sentence's subject, never
 * the noun just before them. German and Dutch coordinate instead ("und sagte", "en zei").
 */
export const SPEECH_PARTICIPLE_ROWS: readonly VerbRow[] = [
  // "X welcomed the vote, saying …" / "…, adding that …"
  { lang: 'en', forms: 'saying adding noting explaining arguing insisting warning stressing' },
  // "X a salué la décision, ajoutant que « … »"
  {
    lang: 'fr',
    forms: 'disant ajoutant expliquant affirmant estimant soulignant précisant déclarant assurant',
  },
  // "X celebró la decisión, diciendo que «…»"
  {
    lang: 'es',
    forms: 'diciendo añadiendo agregando afirmando explicando señalando asegurando subrayando',
  },
  // "X ha accolto la decisione, aggiungendo che “…”"
  { lang: 'it', forms: 'dicendo aggiungendo spiegando affermando sottolineando precisando' },
  // "X elogiou a decisão, dizendo que “…”"
  { lang: 'pt', forms: 'dizendo acrescentando afirmando explicando destacando garantindo' },
];

/**
 * Conjunctions that join a second predicate to a subject named earlier ("X has run the service
 * since 2019 and says …", "X hat … vorgelegt und fordert …", "X celebró … y afirmó …").
 */
export const PREDICATE_CONJUNCTIONS = new Set(['and', 'und', 'et', 'y', 'e', 'ed', 'en']);

/** Every speech-verb form, multi-word forms with their words separated by single spaces. */
export const SPEECH_VERBS: readonly string[] = phrasesOf([
  ...SPEECH_VERB_ROWS,
  ...SPEECH_PARTICIPLE_ROWS,
]);

/**
 * Verbs of stance that introduce reported words with "that" ("X is convinced that “…”", "X
 * zeigt sich erfreut, dass „…“"): read before the quotation only, and only with a full name as
 * their subject.
 */
export const STANCE_VERB_ROWS: readonly VerbRow[] = [
  // "X believes that “…”", "X is convinced that …"
  {
    lang: 'en',
    forms: 'believes believed hopes hoped is_convinced was_convinced is_confident is_pleased',
  },
  // "X zeigt sich erfreut, dass …", "X freut sich, dass …", "X ist überzeugt, dass …"
  { lang: 'de', forms: 'zeigt_sich zeigte_sich freut_sich freute_sich ist_überzeugt hofft glaubt' },
  // "X se dit convaincu que « … »", "X se montre …", "X estime que …"
  { lang: 'fr', forms: 'se_dit se_montre se_disait espère croit' },
  // "X se mostró convencido de que «…»", "X cree que …"
  { lang: 'es', forms: 'se_mostró se_muestra cree considera espera' },
  // "X is ervan overtuigd dat …", "X hoopt dat …"
  { lang: 'nl', forms: 'is_ervan_overtuigd hoopt denkt gelooft' },
  // "X si è detto convinto che “…”", "X ritiene che …"
  { lang: 'it', forms: 'si_è_detto si_è_detta si_dice ritiene crede spera' },
  // "X mostrou-se confiante de que “…”", "X acredita que …"
  { lang: 'pt', forms: 'mostrou-se acredita espera' },
];

export const STANCE_VERBS: readonly string[] = phrasesOf(STANCE_VERB_ROWS);

/** Prepositions that name the source of what follows: `according to X, “…”`. */
export const SOURCE_PREPOSITIONS: readonly VerbRow[] = [
  // "according to the mayor, …", "as per" is too loose to count.
  { lang: 'en', forms: 'according_to' },
  // "Laut Vogel …", "nach Angaben von …" (zufolge follows its noun and is not read).
  { lang: 'de', forms: 'laut nach_Angaben_von' },
  // "Selon la ministre, « … »", "d'après X".
  { lang: 'fr', forms: "selon d'après d’après" },
  // "Según el ministro, «…»", "de acuerdo con X".
  { lang: 'es', forms: 'según de_acuerdo_con' },
  // "Volgens Sanne Mulder …".
  { lang: 'nl', forms: 'volgens' },
  // "Secondo Draghi, “…”", "stando a X".
  { lang: 'it', forms: 'secondo stando_a' },
  // "Segundo o ministro, “…”", "de acordo com X".
  { lang: 'pt', forms: 'segundo de_acordo_com' },
];

export const SOURCE_WORDS: readonly string[] = phrasesOf(SOURCE_PREPOSITIONS);

/**
 * Nouns for a piece of someone's words, then the preposition naming whose: "this excerpt from
 * the director at X:", "the statement from Jane Roe:", "die Erklärung von …", "un extrait de …".
 * Read in the line that introduces a block quotation; the source named beats any name after it.
 */
export const SOURCE_NOUN_ROWS: readonly VerbRow[] = [
  // "this excerpt from the organizer at X:", "the statement from Jane Roe:"
  {
    lang: 'en',
    forms: 'statement_from excerpt_from message_from letter_from note_from email_from remarks_from',
  },
  // "ein Auszug aus der Stellungnahme der Initiative …:", "die Erklärung von …:"
  {
    lang: 'de',
    forms: 'Erklärung_von Stellungnahme_von Auszug_aus Nachricht_von Brief_von',
  },
  // "un extrait de la lettre de …:", "le communiqué de …:"
  {
    lang: 'fr',
    forms: 'déclaration_de extrait_de message_de lettre_de communiqué_de',
  },
  // "un extracto de la carta de …:", "el comunicado de …:"
  {
    lang: 'es',
    forms: 'declaración_de extracto_de mensaje_de carta_de comunicado_de',
  },
  // "de verklaring van …:", "een brief van …:"
  { lang: 'nl', forms: 'verklaring_van bericht_van brief_van' },
  // "un estratto della lettera di …:", "il comunicato di …:"
  {
    lang: 'it',
    forms: 'dichiarazione_di estratto_di messaggio_di lettera_di comunicato_di',
  },
  // "um trecho da carta de …:", "o comunicado de …:"
  {
    lang: 'pt',
    forms: 'declaração_de trecho_de mensagem_de carta_de comunicado_de',
  },
];

export const SOURCE_NOUNS: readonly string[] = phrasesOf(SOURCE_NOUN_ROWS);

/**
 * Phrases after which an introduction's subject is the source of the passage that follows:
 * "The Ledger has this line about the vote:", "Jane Roe had this to say:", "X hat es so
 * formuliert:". The subject stands at the start of the sentence.
 */
export const HAS_THIS_LINE_ROWS: readonly VerbRow[] = [
  // "The Ledger has this line about …:", "Jane Roe had this to say:", "She put it this way:"
  {
    lang: 'en',
    forms: `has_this_line had_this_line has_a_line had_a_line has_this_to_say had_this_to_say
      put_it_this_way puts_it_this_way`,
  },
  // "Die Ministerin hat es so formuliert:", "… brachte es so auf den Punkt:"
  { lang: 'de', forms: 'hat_es_so_formuliert brachte_es_so_auf_den_Punkt' },
  // "La maire l’a résumé ainsi :", "… a eu cette formule :"
  { lang: 'fr', forms: 'l’a_résumé_ainsi a_eu_cette_formule' },
  // "La presidenta lo resumió así:", "… tuvo esta frase:"
  { lang: 'es', forms: 'lo_resumió_así tuvo_esta_frase' },
  // "De wethouder verwoordde het zo:"
  { lang: 'nl', forms: 'zei_het_zo verwoordde_het_zo' },
  // "La sindaca l’ha detto così:"
  { lang: 'it', forms: 'l’ha_detto_così' },
  // "A ministra resumiu assim:"
  { lang: 'pt', forms: 'resumiu_assim' },
];

export const HAS_THIS_LINE: readonly string[] = phrasesOf(HAS_THIS_LINE_ROWS);

/**
 * Words that, right after a closing mark and a comma, introduce the speaker with no verb:
 * `„…“, so Lindner.` (German), `"…", aldus El Idrissi.` (Dutch). Read only in that position:
 * elsewhere "so" is an ordinary English word.
 */
export const SPEAKER_AFTER_MARK: readonly VerbRow[] = [
  { lang: 'de', forms: 'so' },
  { lang: 'nl', forms: 'aldus' },
];

/**
 * Institutions that speak under a common noun ("the court said", "selon le ministère", "das
 * Gericht erklärte"): each row is one kind of body in the seven languages; "the <noun>" resolves
 * to the last organisation named whose name holds one of the row's words.
 */
export const INSTITUTION_HEADS: readonly (readonly string[])[] = [
  // courts: rulings are quoted as the court's words
  ['court', 'tribunal', 'gericht', 'rechtbank', 'cour', 'corte', 'tribunale', 'hof'],
  // ministries and departments: statements and press releases
  [
    'ministry',
    'department',
    'ministerium',
    'ministère',
    'ministerio',
    'ministero',
    'ministério',
    'ministerie',
  ],
  // agencies and authorities
  [
    'agency',
    'authority',
    'agence',
    'agencia',
    'agenzia',
    'agência',
    'behörde',
    'autorité',
    'autoridad',
    'autorità',
  ],
  // commissions and committees
  [
    'commission',
    'committee',
    'kommission',
    'commissione',
    'comisión',
    'commissie',
    'comissão',
    'ausschuss',
    'comité',
  ],
  // governments and councils
  [
    'government',
    'council',
    'regierung',
    'gouvernement',
    'gobierno',
    'governo',
    'regering',
    'rat',
    'conseil',
    'consejo',
    'consiglio',
    'conselho',
    'raad',
  ],
  // police
  ['police', 'polizei', 'policía', 'polizia', 'polícia', 'politie'],
  // unions
  ['union', 'gewerkschaft', 'syndicat', 'sindicato', 'sindacato', 'vakbond'],
  // companies: a company statement, when the company was named with its legal form or a body word
  [
    'company',
    'firm',
    'unternehmen',
    'konzern',
    'entreprise',
    'société',
    'empresa',
    'azienda',
    'società',
    'bedrijf',
  ],
  // universities
  [
    'university',
    'universität',
    'université',
    'universidad',
    'università',
    'universidade',
    'universiteit',
  ],
];

/** Articles before an institution's common noun ("the", "die", "le", "el", "il", "o", "de", "het"). */
export const DEFINITE_ARTICLES = new Set(
  "the die der das le la l’ l' el il lo o a de het".split(' '),
);

/**
 * The ranked search over a quotation's neighbourhood: the first shape that names someone wins.
 * Order matters: the words touching the quotation beat anything farther away.
 */
export const ATTRIBUTION_SHAPES = [
  // `“…,” said X` / `“…”, so X` / `” — X`: the clause right after the closing mark.
  'after-mark',
  // `X said: “…”` / `according to X, “…”` / `Name: “…”`: the sentence that opens the quotation.
  'before-mark',
  // A block quotation, then "— Name", "Name, Title", <cite>/<small>/<figcaption>: its credit.
  'credit-line',
  // "Name writes:" / "As X put it:" / "From the court's ruling:": the line introducing it.
  'introduction',
  // A quotation continuing one already attributed in the same paragraph: the same speaker.
  'same-paragraph',
  // `SANDERS: …` lines of a transcript: the label of the turn.
  'transcript-label',
  // A teaser quotation under a heading about one person ("Jane Roe on …").
  'heading',
] as const;

export type AttributionShape = (typeof ATTRIBUTION_SHAPES)[number];
