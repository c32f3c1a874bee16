// Words that mark a calendar of events (en, de, fr, es, nl, it, pt). Each row is one class of
// wording with why it marks an event listing; patterns are plain alternatives (linear time).

export interface EventLexiconRow {
  name: string;
  re: RegExp;
}

/** Headings over a calendar: the dated lines under them are events, even without an event word. */
export const EVENT_SECTION_HEADINGS: EventLexiconRow[] = [
  // "Upcoming events", "Events", "Calendar", "What's on", "Save the dates", "Coming up", "Mark your calendar"
  {
    name: 'en',
    re: /^\W*(?:upcoming(?:\s+\w+)?\s+(?:events|meetings|rides|dates|actions)|(?:upcoming|community|local|our|more)\s+events|events?(?:\s+calendar)?|calendar|what['’]?s\s+on|save\s+the\s+dates?|coming\s+up|mark\s+your\s+calendars?|dates\s+for\s+your\s+diary|events?\s+(?:this|next)\s+(?:week|month)|(?:this|next)\s+week['’]?s\s+events|get\s+involved\s+this\s+week)\W*$/i,
  },
  // "Termine", "Veranstaltungen", "Termine und Veranstaltungen", "Ankündigungen", "Fortbildungen", "Kalender"
  {
    name: 'de',
    re: /^\W*(?:(?:n[äa]chste|kommende|aktuelle|weitere)\s+)?(?:termine|veranstaltungen|termine\s+(?:und|&)\s+veranstaltungen|veranstaltungskalender|ank[üu]ndigungen|fortbildungen(?:\s+(?:und|&)\s+qualifikationen)?|kalender|demn[äa]chst|save\s+the\s+date)\W*$/iu,
  },
  // "Agenda", "Événements", "Prochains rendez-vous", "À venir", "Calendrier"
  {
    name: 'fr',
    re: /^\W*(?:agenda|[ée]v[ée]nements|prochains\s+(?:rendez-vous|[ée]v[ée]nements)|rendez-vous|[àa]\s+venir|calendrier|[àa]\s+vos\s+agendas)\W*$/iu,
  },
  // "Agenda", "Eventos", "Próximos eventos", "Calendario", "Convocatorias"
  {
    name: 'es',
    re: /^\W*(?:agenda|(?:pr[óo]ximos\s+)?eventos|pr[óo]ximas\s+(?:citas|actividades)|calendario|convocatorias|actividades)\W*$/iu,
  },
  // "Agenda", "Evenementen", "Activiteiten", "Komende activiteiten", "Kalender"
  {
    name: 'nl',
    re: /^\W*(?:agenda|evenementen|(?:komende\s+)?activiteiten|kalender|binnenkort)\W*$/iu,
  },
  // "Agenda", "Eventi", "Prossimi appuntamenti", "Appuntamenti", "Calendario"
  {
    name: 'it',
    re: /^\W*(?:agenda|(?:prossimi\s+)?eventi|(?:prossimi\s+)?appuntamenti|calendario|iniziative)\W*$/iu,
  },
  // "Agenda", "Eventos", "Próximos eventos", "Calendário"
  { name: 'pt', re: /^\W*(?:agenda|(?:pr[óo]ximos\s+)?eventos|calend[áa]rio|atividades)\W*$/iu },
];

/** Nouns that name a gathering: a dated line with one is an event, wherever it stands. */
export const EVENT_NOUNS: EventLexiconRow[] = [
  // meetings, rides, rallies, workshops, webinars and the other shapes a community calendar lists
  {
    name: 'en',
    re: /\b(?:meetings?|meetups?|hangouts?|rides?|rally|rallies|march|protest|vigil|picket|strike|walkout|workshops?|webinars?|seminars?|trainings?|classes|class|panels?|talks?|lectures?|forums?|town\s+halls?|hearings?|conferences?|summits?|sessions?|clean[- ]?ups?|parties|party|picnics?|potlucks?|socials?|mixers?|festivals?|fairs?|screenings?|concerts?|readings?|book\s+clubs?|tours?|walks?|open\s+house|info\s+night|q&a|ama|livestreams?|launch|celebrations?|drives?|assembly|gatherings?|training|canvass|phone\s?bank|teach-in|office\s+hours|games?|matches?|derby|parade)\b/i,
  },
  // Treffen, Sitzung, Workshop, Seminar, Vortrag, Webtalk, Lesung, Führung, Kundgebung, Demo, Fest …
  {
    name: 'de',
    re: /(?:treffen|treff\b|sitzung|versammlung|workshop|seminar|webinar|vortrag|webtalk|gespr[äa]ch|lesung|f[üu]hrung|fortbildung|schulung|kundgebung|demo\b|demonstration|fest\b|feier|stammtisch|veranstaltung|nachmittag|infoabend|abend\b|diskussion|caf[ée]\b|konzert|ausstellung|heimspiel|spiel\b|sprechstunde|walk\s*&\s*talk|tagung|forum|exkursion|radtour|mahnwache)/iu,
  },
  // réunion, atelier, conférence, rencontre, manifestation, rassemblement, webinaire, formation, soirée …
  {
    name: 'fr',
    re: /(?<!\p{L})(?:r[ée]union|atelier|conf[ée]rence|rencontre|manifestation|rassemblement|webinaire|formation|d[ée]bat|soir[ée]e|projection|marche|f[êe]te|visite|permanence|assembl[ée]e|table\s+ronde)s?(?!\p{L})/iu,
  },
  // reunión, taller, charla, conferencia, marcha, manifestación, encuentro, seminario, jornada, asamblea …
  {
    name: 'es',
    re: /(?<!\p{L})(?:reuni[óo]n|taller|charla|conferencia|marcha|manifestaci[óo]n|encuentro|seminario|webinario|jornada|asamblea|concentraci[óo]n|fiesta|presentaci[óo]n|mesa\s+redonda|tertulia)(?:es|s)?(?!\p{L})/iu,
  },
  // bijeenkomst, vergadering, lezing, demonstratie, cursus, borrel, manifestatie, excursie …
  {
    name: 'nl',
    re: /(?<!\p{L})(?:bijeenkomst|vergadering|lezing|demonstratie|cursus|borrel|manifestatie|excursie|wandeling|fietstocht|informatieavond|ledenvergadering|training)(?:en|s)?(?!\p{L})/iu,
  },
  // incontro, riunione, laboratorio, conferenza, presidio, corteo, seminario, assemblea, festa …
  {
    name: 'it',
    re: /(?<!\p{L})(?:incontr[oi]|riunion[ei]|laboratori[oi]|conferenz[ae]|manifestazion[ei]|presidi[oi]|corte[oi]|seminari[oi]|assemble[ae]|fest[ae]|presentazion[ei]|dibattit[oi]|passeggiat[ae])(?!\p{L})/iu,
  },
  // reunião, oficina, palestra, conferência, encontro, manifestação, ato, seminário, roda de conversa …
  {
    name: 'pt',
    re: /(?<!\p{L})(?:reuni[ãa]o|reuni[õo]es|oficinas?|palestras?|confer[êe]ncias?|encontros?|manifesta[çc][ãa]o|ato|semin[áa]rios?|assembleias?|festas?|roda\s+de\s+conversa|caminhadas?)(?!\p{L})/iu,
  },
];

/** Link texts that sign a reader up for a gathering or sell a seat at it. */
export const EVENT_LINK_WORDS =
  /(?<!\p{L})(?:rsvp|register|registration|sign\s+up|tickets?|book\s+(?:now|a\s+seat|your\s+(?:seat|place|spot))|event\s+(?:info|details|page)|details|more\s+info|join|zoom(?:-link)?|anmeld\w*|anmeldung|tickets?\s+kaufen|jetzt\s+kaufen|inscri\w*|billets?|r[ée]server|inschrijv\w*|aanmelden|meld\s+je\s+aan|iscri\w*|prenota\w*|inscreva-se|inscri[çc][õo]es)(?!\p{L})/iu;

export function matchesAny(rows: EventLexiconRow[], text: string): boolean {
  return rows.some((r) => r.re.test(text));
}
