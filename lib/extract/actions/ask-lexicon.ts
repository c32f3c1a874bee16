import type { ActionKind } from '../../schema';

// Asks in the other languages newsletters are written in (de, fr, es, nl, it, pt; English lives in
// action-rules.ts): one row per kind and language, with the wording that class of button or sentence
// uses. Read after the English rules, in this order (a row earlier in the table wins), and also as
// the sign that a line asks something (isAsk), since every row is an imperative or an appeal.
// Patterns are plain alternatives between letter boundaries: linear on any input.

export interface AskRow {
  kind: ActionKind;
  lang: string;
  re: RegExp;
}

/** Letter boundaries that work for ä, é, ñ (\b does not). */
const B = '(?<!\\p{L})';
const E = '(?!\\p{L})';
const row = (kind: ActionKind, lang: string, words: string): AskRow => ({
  kind,
  lang,
  re: new RegExp(`${B}(?:${words})${E}`, 'iu'),
});

export const ASK_LEXICON: AskRow[] = [
  // Newsletter sign-ups first: "für den Newsletter anmelden" is a subscription, not an event.
  row(
    'subscribe',
    'de',
    'newsletter\\s+(?:abonnieren|bestellen)|abonnier(?:en|e|t)|(?:zum|f[üu]r den)\\s+newsletter\\s+anmelden|newsletter[^.?!]{0,60}(?:anmelden|erhalten)',
  ),
  // "Abonnez-vous", "s'abonner à la lettre"
  row(
    'subscribe',
    'fr',
    "abonnez-vous|s['’]abonner|inscrivez-vous [àa] (?:la|notre) (?:lettre|newsletter)",
  ),
  // "Suscríbete", "suscribirse al boletín"
  row('subscribe', 'es', 'suscr[íi]bete|suscribirse|suscr[íi]base'),
  // "Abonneer", "schrijf je in voor de nieuwsbrief"
  row(
    'subscribe',
    'nl',
    'abonneer|abonneren|(?:inschrijven|schrijf je in) voor (?:de|onze) nieuwsbrief',
  ),
  // "Abbonati", "iscriviti alla newsletter"
  row('subscribe', 'it', 'abbonati|abbonarti|iscriviti alla newsletter'),
  // "Assine a newsletter", "inscreva-se na newsletter"
  row('subscribe', 'pt', 'assine (?:a|nossa) newsletter|inscreva-se na newsletter'),

  // Money: "Jetzt spenden", "Pate werden", "Fördermitglied werden", "Spende"
  row(
    'donate',
    'de',
    'spenden|spende|jetzt spenden|pate werden|patin werden|patenschaft (?:[üu]bernehmen|verschenken)|f[öo]rdermitglied(?:schaft)? werden|f[öo]rdermitglied werden|unterst[üu]tzen sie uns|unterst[üu]tze uns',
  ),
  // "Faire un don", "Je donne", "Soutenez-nous"
  row(
    'donate',
    'fr',
    'faire un don|faites un don|je donne|donnez|soutenez-nous|soutenir|don en ligne',
  ),
  // "Dona ahora", "Haz una donación", "Hazte socio"
  row('donate', 'es', 'dona(?: ahora| hoy)?|donar|haz una donaci[óo]n|hazte soci[oa]|colabora'),
  // "Doneer", "Doe een gift", "Steun ons", "Word donateur"
  row('donate', 'nl', 'doneer(?: nu)?|doneren|doe een gift|steun ons|word donateur|geef nu'),
  // "Dona ora", "Fai una donazione", "Sostienici"
  row('donate', 'it', 'dona ora|fai una donazione|donazione|sostienici|sostieni'),
  // "Doe agora", "Faça uma doação", "Apoie"
  row('donate', 'pt', 'doe agora|fa[çc]a uma doa[çc][ãa]o|doa[çc][ãa]o|doar|apoie'),

  // Petitions: "Jetzt unterschreiben", "Petition unterzeichnen"
  row('petition', 'de', 'jetzt unterschreiben|unterschreiben sie|unterzeichnen|unterschrift'),
  // "Signez la pétition", "pétition"
  row('petition', 'fr', 'signez|signer la p[ée]tition|p[ée]tition'),
  // "Firma la petición", "Firma ahora"
  row('petition', 'es', 'firma (?:la petici[óo]n|ahora|aqu[íi])|petici[óo]n'),
  // "Teken de petitie", "Teken nu"
  row('petition', 'nl', 'teken (?:de petitie|nu|hier)|petitie'),
  // "Firma la petizione", "Firma ora"
  row('petition', 'it', 'firma (?:la petizione|ora|qui)|petizione'),
  // "Assine a petição", "Assine já"
  row('petition', 'pt', 'assine (?:a peti[çc][ãa]o|j[áa]|agora)|peti[çc][ãa]o'),

  // Helping hands: "Mitmachen", "Jetzt bewerben", "Mitspieler*innen gesucht", "Ehrenamtliche gesucht"
  row(
    'volunteer',
    'de',
    'mitmachen|mach mit|machen sie mit|jetzt bewerben|bewerben als|bewirb dich|bewerben sie sich|engagieren sie sich|engagier dich|ehrenamtlich(?:e)? (?:gesucht|helfen)|\\p{L}+\\*?innen gesucht|freiwillige gesucht|helfer gesucht',
  ),
  // "Devenez bénévole", "Engagez-vous", "Rejoignez-nous"
  row(
    'volunteer',
    'fr',
    "devenez b[ée]n[ée]vole|b[ée]n[ée]voles? recherch[ée]s?|engagez-vous|rejoignez-nous|rejoignez (?:l['’]|notre )[ée]quipe",
  ),
  // "Hazte voluntario", "Únete"
  row('volunteer', 'es', 'hazte voluntari[oa]|se buscan voluntari[oa]s|[úu]nete'),
  // "Word vrijwilliger", "Doe mee", "Help mee"
  row('volunteer', 'nl', 'word vrijwilliger|vrijwilligers gezocht|doe mee|help mee'),
  // "Diventa volontario", "Partecipa", "Unisciti a noi"
  row('volunteer', 'it', 'diventa volontari[oa]|cerchiamo volontari|partecipa|unisciti a noi'),
  // "Seja voluntário", "Participe", "Junte-se a nós"
  row('volunteer', 'pt', 'seja volunt[áa]ri[oa]|participe|junte-se'),

  // Sign-ups for a gathering: "Jetzt anmelden", "Hier anmelden", "Anmeldung"
  row('event', 'de', 'jetzt anmelden|hier anmelden|anmelden|zur anmeldung|platz reservieren'),
  // "Inscrivez-vous", "Je m'inscris", "Réservez"
  row('event', 'fr', "inscrivez-vous|je m['’]inscris|r[ée]servez(?: votre place)?"),
  // "Inscríbete", "Regístrate", "Reserva tu plaza"
  row('event', 'es', 'inscr[íi]bete|reg[íi]strate|reserva tu (?:plaza|entrada)'),
  // "Meld je aan", "Schrijf je in", "Reserveer"
  row('event', 'nl', 'meld je (?:nu )?aan|meld u aan|schrijf je in|reserveer'),
  // "Iscriviti", "Registrati", "Prenota"
  row('event', 'it', 'iscriviti|registrati|prenota(?: ora)?'),
  // "Inscreva-se", "Reserve seu lugar"
  row('event', 'pt', 'inscreva-se|reserve (?:j[áa]|seu lugar)'),

  // Passing it on: "Teilen", "Weiterleiten", "Weiterempfehlen"
  row('share', 'de', 'teilen sie|jetzt teilen|weiterleiten|weiterempfehlen|empfehlen sie uns'),
  // "Partagez", "Transférez"
  row('share', 'fr', 'partagez|transf[ée]rez'),
  // "Comparte", "Reenvía"
  row('share', 'es', 'comparte|compartir|reenv[íi]a'),
  // "Deel dit", "Stuur door"
  row('share', 'nl', 'deel (?:dit|deze|het)|stuur (?:dit |het )?door'),
  // "Condividi", "Inoltra"
  row('share', 'it', 'condividi|inoltra'),
  // "Compartilhe", "Partilhe", "Encaminhe"
  row('share', 'pt', 'compartilhe|partilhe|encaminhe'),

  // Writing in: "Schreiben Sie uns", "Kontaktieren Sie"
  row(
    'contact',
    'de',
    'schreiben sie (?:uns|an)|schreib uns|kontaktieren sie|rufen sie (?:an|uns)',
  ),
  // "Contactez-nous", "Écrivez-nous"
  row('contact', 'fr', 'contactez-nous|[ée]crivez-nous|appelez votre'),
  // "Contáctanos", "Escríbenos"
  row('contact', 'es', 'cont[áa]ctanos|escr[íi]benos|llama a tu'),
  // "Neem contact op", "Mail ons"
  row('contact', 'nl', 'neem contact op|mail ons|bel je'),
  // "Contattaci", "Scrivici"
  row('contact', 'it', 'contattaci|scrivici'),
  // "Fale conosco", "Entre em contato"
  row('contact', 'pt', 'fale conosco|entre em contato|escreva-nos'),

  // Buying: "Jetzt kaufen", "Tickets kaufen", "Zum Shop"
  row('purchase', 'de', 'jetzt kaufen|kaufen|tickets? sichern|jetzt bestellen|zum shop'),
  // "Acheter", "Commander", "Billetterie"
  row('purchase', 'fr', 'acheter|achetez|commandez|billetterie'),
  // "Comprar", "Compra ya", "Entradas"
  row('purchase', 'es', 'comprar|compra ya|compra ahora|compra tus entradas'),
  // "Koop nu", "Bestel", "Tickets kopen"
  row('purchase', 'nl', 'koop nu|bestel nu|tickets kopen|kopen'),
  // "Acquista", "Compra ora"
  row('purchase', 'it', 'acquista|compra ora'),
  // "Compre", "Comprar agora"
  row('purchase', 'pt', 'compre(?: agora| j[áa])?|comprar agora'),

  // Reading on: "Weiterlesen", "Mehr erfahren", "Zum Beitrag"
  row(
    'read-more',
    'de',
    'weiterlesen|mehr erfahren|mehr lesen|mehr dazu|mehr infos?|zum (?:gast)?beitrag|zum artikel|zur website',
  ),
  // "Lire la suite", "En savoir plus"
  row('read-more', 'fr', "lire la suite|en savoir plus|lire l['’]article|en lire plus"),
  // "Leer más", "Seguir leyendo", "Más información"
  row('read-more', 'es', 'leer m[áa]s|seguir leyendo|m[áa]s informaci[óo]n|saber m[áa]s'),
  // "Lees meer", "Lees verder", "Meer informatie"
  row('read-more', 'nl', 'lees meer|lees verder|meer informatie|meer weten'),
  // "Leggi di più", "Scopri di più", "Continua a leggere"
  row(
    'read-more',
    'it',
    "leggi (?:di pi[ùu]|tutto|l[’']articolo)|scopri di pi[ùu]|continua a leggere",
  ),
  // "Leia mais", "Saiba mais", "Continue lendo"
  row('read-more', 'pt', 'leia mais|saiba mais|continue lendo|ler mais'),

  // Surveys: "Umfrage", "Jetzt bewerten", "Sondage", "Encuesta", "Enquête", "Sondaggio", "Pesquisa"
  row('other', 'de', 'zur umfrage|an der umfrage teilnehmen|jetzt bewerten|bewerten sie'),
  row('other', 'fr', 'r[ée]pondez au sondage|donnez votre avis|sondage'),
  row('other', 'es', 'responde la encuesta|danos tu opini[óo]n|encuesta'),
  row('other', 'nl', 'vul de enqu[êe]te in|geef je mening|enqu[êe]te'),
  row('other', 'it', 'rispondi al sondaggio|dicci la tua|sondaggio|questionario'),
  row('other', 'pt', 'responda a pesquisa|d[êe] sua opini[ãa]o|question[áa]rio'),

  // Applications for a grant, a place or a programme: "Anträge für 2023 einreichen", "Postulez"
  row(
    'other',
    'de',
    'antr[äa]ge?\\s+(?:[\\p{L}\\d]+\\s+){0,3}(?:einreichen|stellen)|jetzt beantragen|f[öo]rderung beantragen',
  ),
  row('other', 'fr', 'candidatez|postulez|d[ée]posez votre (?:dossier|candidature|demande)'),
  row('other', 'es', 'presenta tu (?:solicitud|candidatura)|post[úu]late|solic[íi]talo'),
  row('other', 'nl', 'solliciteer|dien (?:je|uw) aanvraag in|vraag (?:nu )?aan'),
  row('other', 'it', 'candidati|presenta (?:la )?(?:domanda|candidatura)'),
  row('other', 'pt', 'candidate-se|envie sua candidatura'),
];

/** The kind the first matching row names, or null. */
export function lexiconKind(text: string): ActionKind | null {
  // Every row needs a run of three letters; a line without one is not worth the scan.
  if (!/\p{L}{3}/u.test(text)) return null;
  for (const r of ASK_LEXICON) if (r.re.test(text)) return r.kind;
  return null;
}

/** Words that may come before an ask at the start of a clause: "Jetzt", "Bitte hier", "Et", "Y". */
const LEAD_WORDS =
  /^(?:(?:jetzt|hier|bitte|direkt|gleich|einfach|ora|ahora|aqu[íi]|nu|hier|agora|maintenant|vite|ici|et|y|e|en|und|oder|ou|o|of|dann|puis|luego|poi|depois|también|aussi|auch|ook|anche|tamb[ée]m)\s+){0,3}/iu;

/**
 * Whether a clause opens with one of the table's asks ("Jetzt spenden", "Bitte hier anmelden",
 * "Et partagez"); prose that merely mentions one ("1400 signatures de la pétition") does not.
 */
export function opensWithLexiconAsk(clause: string): boolean {
  if (!/\p{L}{3}/u.test(clause)) return false;
  const rest = clause.slice(0, 120).replace(LEAD_WORDS, '');
  for (const r of ASK_LEXICON) {
    const m = r.re.exec(rest);
    if (m && m.index === 0) return true;
  }
  return false;
}
