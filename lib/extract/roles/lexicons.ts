// Small multilingual lexicons for the role stage (en, de, fr, es, nl, it, pt). Each row is one
// class of wording with why it marks the role; every pattern is anchored and made of plain
// alternatives, so it runs in linear time on any input.

export interface LexiconRow {
  name: string;
  re: RegExp;
}

/** Openings that greet the reader: never a headline, byline or publication. */
export const GREETINGS: LexiconRow[] = [
  // "Good morning!", "Good evening, Chicago." — time-of-day greetings open morning briefings.
  { name: 'en-time', re: /^(?:good\s+(?:morning|afternoon|evening|day)|morning|evening)\b/i },
  // "Hi Reader,", "Hello friends", "Hey there", "Dear Jane," — salutations of letters and updates.
  { name: 'en-salutation', re: /^(?:hi|hello|hey|hiya|howdy|greetings|dear|welcome)\b/i },
  // "Thank you for signing!", "Thanks for reading" — courtesies that open campaign and club mail.
  {
    name: 'en-thanks',
    re: /^(?:thank\s+you|thanks)\s+(?:so\s+much\s+)?for\s+(?:reading|signing|subscribing|joining|being|your|supporting|coming)\b/i,
  },
  // "Happy Wednesday. 😀", "Happy Friday, everyone" — weekday and holiday wishes.
  { name: 'en-happy', re: /^happy\s+\p{L}+/iu },
  // "Guten Morgen, Berlin!", "Hallo zusammen", "Liebe Kundin, lieber Kunde," "Sehr geehrte …"
  {
    name: 'de',
    re: /^(?:guten\s+(?:morgen|tag|abend)|moin|hallo|hi|servus|gr[üu](?:ß|ss)\s+gott|liebe[rs]?|sehr\s+geehrte[rs]?|willkommen|herzlich\s+willkommen)\b/iu,
  },
  // "Bonjour à tous", "Chère lectrice, cher lecteur", "Salut"
  { name: 'fr', re: /^(?:bonjour|bonsoir|salut|cher|ch[èe]re?s?|bienvenue)(?=[\s,!.]|$)/iu },
  // "¡Hola!", "Buenos días", "Querida comunidad", "Estimado lector"
  {
    name: 'es',
    re: /^¡?(?:hola|buen[oa]s\s+(?:d[íi]as|tardes|noches)|querid[oa]s?|estimad[oa]s?|bienvenid[oa]s?)(?=[\s,!.]|$)/iu,
  },
  // "Beste lezer,", "Goedemorgen!", "Hoi allemaal", "Hallo", "Lieve …"
  {
    name: 'nl',
    re: /^(?:beste|goede(?:morgen|middag|navond)|goedemorgen|hoi|hallo|lieve|welkom)(?=[\s,!.]|$)/iu,
  },
  // "Ciao a tutti", "Buongiorno", "Cara lettrice, caro lettore", "Gentile …"
  {
    name: 'it',
    re: /^(?:ciao|buongiorno|buonasera|car[oaie]|gentile|benvenut[oaie])(?=[\s,!.]|$)/iu,
  },
  // "Olá", "Bom dia", "Boa tarde", "Caro leitor", "Prezada …"
  {
    name: 'pt',
    re: /^(?:ol[áa]|oi|bom\s+dia|boa\s+(?:tarde|noite)|prezad[oa]s?|car[oa]s?|bem-vind[oa]s?)(?=[\s,!.]|$)/iu,
  },
];

/** Labels that announce paid or partner content: the block and what follows is not the article. */
export const SPONSOR_LABELS: LexiconRow[] = [
  // "TOGETHER WITH", "Presented by", "Sponsored by", "In partnership with", "Brought to you by"
  {
    name: 'en',
    re: /^(?:together\s+with|presented\s+by|sponsored\s+by|supported\s+by|powered\s+by|in\s+partnership\s+with|in\s+collaboration\s+with|brought\s+to\s+you\s+by|from\s+our\s+(?:sponsors?|partners?)|a\s+message\s+from|(?:today['’]?s\s+)?sponsors?(?:ed)?|partners?|advertisement|advertising|\(?ad\)?|paid\s+post|promoted)\b/i,
  },
  // "Anzeige", "Werbung", "Präsentiert von", "In Kooperation mit", "Gefördert von", "Unterstützt von"
  {
    name: 'de',
    re: /^(?:anzeige|werbung|gesponsert|pr[äa]sentiert\s+von|in\s+(?:kooperation|zusammenarbeit)\s+mit|gef[öo]rdert\s+(?:von|durch)|unterst[üu]tzt\s+von|mit\s+freundlicher\s+unterst[üu]tzung)\b/iu,
  },
  // "Publicité", "Sponsorisé", "Présenté par", "En partenariat avec"
  {
    name: 'fr',
    re: /^(?:publicit[ée]|sponsoris[ée]e?|pr[ée]sent[ée]e?\s+par|en\s+partenariat\s+avec|avec\s+le\s+soutien\s+de|partenaire)(?=[\s,:!.]|$)/iu,
  },
  // "Publicidad", "Patrocinado por", "Presentado por", "En colaboración con"
  {
    name: 'es',
    re: /^(?:publicidad|patrocinad[oa](?:\s+por)?|presentad[oa]\s+por|en\s+colaboraci[óo]n\s+con|con\s+el\s+apoyo\s+de)(?=[\s,:!.]|$)/iu,
  },
  // "Advertentie", "Gesponsord", "In samenwerking met", "Mede mogelijk gemaakt door"
  {
    name: 'nl',
    re: /^(?:advertentie|gesponsord|in\s+samenwerking\s+met|mede\s+mogelijk\s+gemaakt\s+door|aangeboden\s+door)(?=[\s,:!.]|$)/iu,
  },
  // "Pubblicità", "Sponsorizzato", "Presentato da", "In collaborazione con"
  {
    name: 'it',
    re: /^(?:pubblicit[àa]|sponsorizzat[oa]|presentat[oa]\s+da|in\s+collaborazione\s+con)(?=[\s,:!.]|$)/iu,
  },
  // "Publicidade", "Patrocinado por", "Apresentado por", "Em parceria com"
  {
    name: 'pt',
    re: /^(?:publicidade|patrocinad[oa](?:\s+por)?|apresentad[oa]\s+por|em\s+parceria\s+com)(?=[\s,:!.]|$)/iu,
  },
];

/** Headings that introduce a table of contents. */
export const TOC_LABELS: LexiconRow[] = [
  // "In this issue", "In today's edition", "What's inside", "Today's stories", "Contents"
  {
    name: 'en',
    re: /^(?:in\s+(?:this|today['’]?s)\s+(?:issue|edition|email|newsletter)|what['’]?s\s+(?:inside|in\s+(?:this|today['’]?s))|inside\s+this\s+issue|today['’]?s\s+(?:stories|topics|menu|agenda)|table\s+of\s+contents|contents|this\s+week)\b/i,
  },
  // "In dieser Ausgabe", "Inhalt", "Themen dieser Ausgabe", "Heute im Newsletter"
  {
    name: 'de',
    re: /^(?:in\s+dieser\s+ausgabe|inhalt(?:sverzeichnis)?|die\s+themen|themen\s+(?:dieser|der|im)|heute\s+im\s+newsletter|[üu]bersicht)\b/iu,
  },
  // "Au sommaire", "Sommaire", "Dans ce numéro"
  {
    name: 'fr',
    re: /^(?:au\s+sommaire|sommaire|dans\s+ce\s+num[ée]ro|[àa]\s+la\s+une)(?=[\s,:!.]|$)/iu,
  },
  // "En este número", "Índice", "Contenido", "Hoy en"
  {
    name: 'es',
    re: /^(?:en\s+este\s+(?:n[úu]mero|bolet[íi]n)|[íi]ndice|contenidos?)(?=[\s,:!.]|$)/iu,
  },
  // "In deze editie", "In deze nieuwsbrief", "Inhoud", "Vandaag"
  { name: 'nl', re: /^(?:in\s+deze\s+(?:editie|nieuwsbrief|uitgave)|inhoud)(?=[\s,:!.]|$)/iu },
  // "In questo numero", "Sommario", "Indice"
  { name: 'it', re: /^(?:in\s+questo\s+numero|sommario|indice)(?=[\s,:!.]|$)/iu },
  // "Nesta edição", "Neste número", "Índice"
  { name: 'pt', re: /^(?:nesta\s+edi[çc][ãa]o|neste\s+n[úu]mero|sum[áa]rio)(?=[\s,:!.]|$)/iu },
];

/** Sign-offs that close a letter: the block and the names under it are the signature. */
export const SIGN_OFFS: LexiconRow[] = [
  // "Best,", "Cheers,", "Thanks,", "Love,", "Warmly,", "Yours,", "In solidarity,", "See you next week,"
  {
    name: 'en',
    re: /^(?:best(?:\s+(?:wishes|regards))?|cheers|thanks|thank\s+you|many\s+thanks|love|warmly|warm\s+regards|kind\s+regards|regards|sincerely|yours(?:\s+truly)?|all\s+the\s+best|in\s+solidarity|onward|until\s+next\s+(?:time|week)|see\s+you\s+(?:next\s+\w+|soon)|talk\s+soon|take\s+care|peace|xo+)\s*[,!.—–-]?$/i,
  },
  // "Herzliche Grüße", "Viele Grüße", "Mit freundlichen Grüßen", "Beste Grüße", "Ihr Team"
  {
    name: 'de',
    re: /^(?:(?:herzliche|viele|liebe|beste|sonnige|freundliche|solidarische)\s+gr[üu](?:ß|ss)e|mit\s+(?:freundlichen|herzlichen|besten|solidarischen)\s+gr[üu](?:ß|ss)en|gr[üu](?:ß|ss)e|bis\s+bald|euer|eure|ihr|ihre)\b/iu,
  },
  // "Cordialement", "Bien à vous", "Amicalement", "À bientôt", "Bonne lecture"
  {
    name: 'fr',
    re: /^(?:cordialement|bien\s+[àa]\s+vous|amicalement|[àa]\s+bient[ôo]t|bonne\s+lecture|bien\s+cordialement|salutations)(?=[\s,!.]|$)/iu,
  },
  // "Saludos", "Un abrazo", "Atentamente", "Hasta pronto"
  {
    name: 'es',
    re: /^(?:saludos(?:\s+cordiales)?|un\s+(?:abrazo|saludo)|atentamente|hasta\s+(?:pronto|la\s+pr[óo]xima))(?=[\s,!.]|$)/iu,
  },
  // "Met vriendelijke groet", "Groeten", "Hartelijke groet", "Tot de volgende keer"
  {
    name: 'nl',
    re: /^(?:met\s+(?:vriendelijke|hartelijke)\s+groet(?:en)?|(?:hartelijke\s+|vriendelijke\s+)?groet(?:en|jes)?|tot\s+(?:de\s+volgende\s+keer|snel|volgende\s+week))(?=[\s,!.]|$)/iu,
  },
  // "Cordiali saluti", "Un saluto", "A presto", "Buona lettura"
  {
    name: 'it',
    re: /^(?:cordiali\s+saluti|un\s+(?:caro\s+)?saluto|saluti|a\s+presto|buona\s+lettura)(?=[\s,!.]|$)/iu,
  },
  // "Abraços", "Atenciosamente", "Cumprimentos", "Até breve"
  {
    name: 'pt',
    re: /^(?:abra[çc]os?|atenciosamente|cumprimentos|at[ée]\s+(?:breve|logo|a\s+pr[óo]xima))(?=[\s,!.]|$)/iu,
  },
];

/** Words that introduce a byline: "By Jane Doe", "Von Anna Müller", "Par …", "Por …". */
export const BYLINE_LEADS: LexiconRow[] = [
  // "By", "Written by", "Words by", "Reporting by", "Edited by", "Story by"
  {
    name: 'en',
    re: /^(?:by|written\s+by|words\s+by|reporting\s+by|story\s+by|text\s+by|author:?|authors:?)\s+/i,
  },
  // "Von", "Ein Beitrag von", "Text:", "Autor:", "Autorin:"
  { name: 'de', re: /^(?:von|ein\s+beitrag\s+von|text:|autor(?:in)?:)\s+/iu },
  // "Par", "Rédigé par", "Auteur :"
  { name: 'fr', re: /^(?:par|r[ée]dig[ée]\s+par|auteur(?:e)?\s*:)\s+/iu },
  // "Por", "Escrito por", "Autor:"
  { name: 'es-pt', re: /^(?:por|escrito\s+por|autor(?:a)?:)\s+/iu },
  // "Door", "Geschreven door", "Tekst:"
  { name: 'nl', re: /^(?:door|geschreven\s+door|tekst:)\s+/iu },
  // "Di", "Scritto da", "A cura di"
  { name: 'it', re: /^(?:di|scritto\s+da|a\s+cura\s+di)\s+/iu },
];

/** Link texts of a newsletter's own navigation and promotion furniture. */
export const NAVIGATION_WORDS: LexiconRow[] = [
  // "Invite a friend", "Refer a friend", "Submit a tip", "Advertise", "Jobs", "Archive", "Podcast"
  {
    name: 'en',
    re: /^(?:invite\s+(?:a\s+)?friends?|refer\s+(?:a\s+)?friends?|submit\s+a\s+tip|send\s+(?:us\s+)?a\s+tip|advertise(?:\s+with\s+us)?|sponsor\s+us|jobs|careers|archives?|past\s+issues|podcasts?|events|alerts|newsletters?|subscribe|sign\s+up|log\s*in|sign\s+in|home|about(?:\s+us)?|contact(?:\s+us)?|shop|store|donate|menu|search|latest|read\s+online|web\s+version|open\s+in\s+app|share|tweet|forward)$/i,
  },
  // "Newsletter abonnieren", "Archiv", "Kontakt", "Impressum", "Datenschutz", "Über uns"
  {
    name: 'de',
    re: /^(?:newsletter\s+abonnieren|abonnieren|archiv|kontakt|impressum|datenschutz|[üu]ber\s+uns|startseite|spenden|termine|presse|shop|weiterempfehlen|teilen|online\s+lesen)$/iu,
  },
  // "S'abonner", "Archives", "Contact", "Mentions légales", "Faire un don"
  {
    name: 'fr',
    re: /^(?:s['’]abonner|abonnez-vous|archives?|contact|mentions\s+l[ée]gales|accueil|faire\s+un\s+don|partager|[àa]\s+propos)$/iu,
  },
  // "Suscríbete", "Archivo", "Contacto", "Inicio", "Compartir"
  { name: 'es', re: /^(?:suscr[íi]bete|suscribirse|archivo|contacto|inicio|compartir|dona)$/iu },
  // "Aanmelden", "Archief", "Contact", "Doneer", "Delen"
  { name: 'nl', re: /^(?:aanmelden|archief|contact|doneer|delen|over\s+ons)$/iu },
  // "Iscriviti", "Archivio", "Contatti", "Condividi"
  { name: 'it', re: /^(?:iscriviti|archivio|contatti|condividi|dona\s+ora)$/iu },
  // "Assine", "Arquivo", "Contato", "Compartilhar"
  { name: 'pt', re: /^(?:assine|arquivo|contato|compartilhar|doe)$/iu },
];

/** Issue lines: a number or period of the newsletter, in its own words. */
export const ISSUE_LINES: LexiconRow[] = [
  // "Issue #33", "No. 494", "Vol. 3, Issue 12", "Edition 7", "#434"
  {
    name: 'en',
    re: /^(?:issue|no\.|nr\.?|number|vol(?:ume)?\.?|edition|#)\s*#?\s*\d{1,5}\b/i,
  },
  // "Ausgabe 01/2022", "Ausgabe Januar 2023", "Nummer 12", "Folge 5"
  { name: 'de', re: /^(?:ausgabe|nummer|folge|heft)\s+\S/iu },
  // "Numéro 12", "Édition du 3 mai", "Lettre n°45"
  { name: 'fr', re: /^(?:num[ée]ro|[ée]dition|lettre\s+n[°o])\s*\S/iu },
  // "Número 8", "Edición 12", "Boletín nº 3"
  { name: 'es-pt', re: /^(?:n[úu]mero|edici[óo]n|edi[çc][ãa]o|bolet[íi]n\s+n[ºo°])\s*\S/iu },
  // "Editie 12", "Uitgave 3", "Nummer 4"
  { name: 'nl', re: /^(?:editie|uitgave)\s+\S/iu },
  // "Numero 12", "Edizione del 3 maggio"
  { name: 'it', re: /^(?:edizione|numero)\s+\S/iu },
];

export function matchRow(rows: LexiconRow[], text: string): LexiconRow | undefined {
  for (const row of rows) if (row.re.test(text)) return row;
  return undefined;
}
