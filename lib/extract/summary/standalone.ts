import type { LexiconRow } from '../roles/lexicons';

// Whether a sentence can stand as a summary bullet on its own: the bullets are read first, alone
// and out of order, so a sentence that needs the one before it ("Because of this change…",
// "However, …", "He said…") or that is the email's own furniture ("You're among 59,059 others who
// received this…", "Thanks for reading") says nothing there. Rows are classes of wording in en,
// de, fr, es, nl, it, pt; every pattern is anchored (or a plain alternation) and linear.

/** Openers that point back to something said before: a connector, or a pronoun with no antecedent. */
export const CONTEXT_OPENERS: LexiconRow[] = [
  // "But…", "However, …", "Because of this change, …", "This means…", "That's why…", "He said…"
  {
    name: 'en',
    re: /^(?:but|however|yet|still|so|and|or|also|instead|meanwhile|moreover|furthermore|besides|therefore|thus|hence|otherwise|nevertheless|nonetheless|even so|as a result|in addition|on the other hand|for (?:this|that|these) reasons?|because of (?:this|that|these|it)|that['’]s why|that is why|this is why|which|that said|then|after that|these|those|he|she|they|his|her|their|them|(?:this|that) (?:is|was|means|meant|makes|made|has|had|will|would|could|can|may|might|should|shows|showed|led|leads|change|move|decision|approach|step|one))(?=[\s,;:—–-]|$)/iu,
  },
  // "Aber…", "Deshalb…", "Trotzdem…", "Das bedeutet…", "Dadurch…", "Er sagte…"
  {
    name: 'de',
    re: /^(?:aber|doch|jedoch|allerdings|trotzdem|dennoch|deshalb|deswegen|daher|darum|dadurch|außerdem|ausserdem|zudem|somit|folglich|stattdessen|(?:das|dies) (?:bedeutet|heißt|heisst|zeigt|ist der grund)|dies|er)(?=[\s,;:—–-]|$)/iu,
  },
  // "Mais…", "Cependant, …", "C'est pourquoi…", "Cela signifie…", "Par conséquent…", "Ils…"
  {
    name: 'fr',
    re: /^(?:mais|cependant|pourtant|toutefois|néanmoins|donc|ainsi|alors|en revanche|par conséquent|de plus|en outre|du coup|c['’]est pourquoi|cela|ceci|ça|ce qui|elle|ils|elles)(?=[\s,;:—–-]|$)/iu,
  },
  // "Pero…", "Sin embargo, …", "Por eso…", "Esto significa…", "Además…", "Ellos…"
  {
    name: 'es',
    re: /^(?:pero|sin embargo|no obstante|aun así|por eso|por ello|por lo tanto|así que|además|entonces|esto|eso|ello|él|ella|ellos|ellas)(?=[\s,;:—–-]|$)/iu,
  },
  // "Maar…", "Daarom…", "Dit betekent…", "Bovendien…", "Hij…"
  {
    name: 'nl',
    re: /^(?:maar|echter|toch|daarom|daardoor|dus|bovendien|desondanks|(?:dit|dat) (?:betekent|is waarom)|hij|zij)(?=[\s,;:—–-]|$)/iu,
  },
  // "Ma…", "Però…", "Tuttavia, …", "Per questo…", "Ciò significa…", "Inoltre…"
  {
    name: 'it',
    re: /^(?:ma|però|tuttavia|quindi|perciò|dunque|inoltre|comunque|invece|per questo|ciò|(?:questo) (?:significa|vuol dire)|lui|loro)(?=[\s,;:—–-]|$)/iu,
  },
  // "Mas…", "Porém…", "No entanto, …", "Por isso…", "Isso significa…", "Eles…"
  {
    name: 'pt',
    re: /^(?:mas|porém|contudo|no entanto|entretanto|por isso|portanto|além disso|então|isso|isto|ele|ela|eles|elas)(?=[\s,;:—–-]|$)/iu,
  },
];

/** The email talking about itself: who gets it, thanks for reading it, share or leave it. */
export const SELF_REFERENCE: LexiconRow[] = [
  // "You're among 59,059 others who received this…", "You are receiving this because…",
  // "Thanks for reading", "If you enjoyed this…", "Was this forwarded to you?", "Share this post",
  // "First-timers can subscribe here", "Click here to…"
  {
    name: 'en',
    re: /\byou(?:['’]re| are) (?:among|one of) [\d,. ]+|\b(?:receiv(?:ed|ing)|getting) this (?:email|e-mail|newsletter|message)|\byou(?:['’]re| are) receiving this\b|\bthanks? (?:you )?(?:so much )?for reading\b|\bif you (?:enjoyed|liked|like|enjoy) (?:this|today['’]s|reading)\b|\bwas this (?:email |newsletter )?forwarded to you\b|\bforward this (?:email|newsletter|issue|post)\b|\bshare this (?:email|newsletter|post|issue)\b|\bview (?:this email )?in (?:your|a) browser\b|\bunsubscribe\b|\b(?:subscribe|sign up)\b[^.!?]{0,60}\bhere\b|\b(?:click|tap) here\b/iu,
  },
  // "Danke fürs Lesen", "Sie erhalten diesen Newsletter…", "Leiten Sie ihn gern weiter"
  {
    name: 'de',
    re: /\bdanke (?:fürs|für das) lesen\b|\b(?:sie erhalten|du erhältst) diese[n]? (?:e-mail|newsletter|nachricht)|\bleiten sie (?:ihn|diesen newsletter|diese e-mail) (?:gern |gerne )?weiter\b|\bnewsletter (?:abonnieren|weiterempfehlen|weiterleiten)\b|\babmelden\b/iu,
  },
  // "Merci de nous lire", "Vous recevez cet e-mail…", "Partagez cette newsletter"
  {
    name: 'fr',
    re: /\bmerci de (?:nous )?lire\b|\bmerci (?:pour votre lecture|d['’]avoir lu)\b|\b(?:vous recevez|tu reçois) (?:cet|ce) (?:e-mail|email|courriel|message)|\bpartagez (?:cette|ce) (?:newsletter|lettre|e-mail|message)\b|\bse désabonner\b/iu,
  },
  // "Gracias por leer", "Recibes este correo…", "Comparte este boletín"
  {
    name: 'es',
    re: /\bgracias por leer(?:nos)?\b|\b(?:recibes|está recibiendo|estás recibiendo) este (?:correo|email|boletín|mensaje)|\bcomparte (?:este|esta) (?:boletín|newsletter|correo)\b|\bdarse de baja\b/iu,
  },
  // "Bedankt voor het lezen", "Je ontvangt deze nieuwsbrief…", "Deel deze nieuwsbrief"
  {
    name: 'nl',
    re: /\b(?:bedankt|dank) voor het lezen\b|\b(?:je|u) ontvangt deze (?:e-?mail|nieuwsbrief)\b|\bdeel deze (?:nieuwsbrief|mail)\b|\bafmelden\b/iu,
  },
  // "Grazie per aver letto", "Ricevi questa email…", "Condividi questa newsletter"
  {
    name: 'it',
    re: /\bgrazie per (?:aver letto|la lettura)\b|\b(?:ricevi|stai ricevendo) questa (?:email|e-mail|newsletter)\b|\bcondividi questa (?:newsletter|email)\b|\bannulla l['’]iscrizione\b/iu,
  },
  // "Obrigado por ler", "Você está recebendo este e-mail…", "Compartilhe esta newsletter"
  {
    name: 'pt',
    re: /\bobrigad[oa] (?:por ler|pela leitura)\b|\b(?:você está recebendo|você recebeu) (?:este|esta) (?:e-mail|email|newsletter)|\bcompartilhe (?:esta|este) (?:newsletter|e-mail)\b|\bcancelar (?:a )?inscrição\b/iu,
  },
];

/** "3. The big picture", "2) Next steps": an entry of a numbered list, a heading, not a sentence. */
export const NUMBERED_ITEM = /^\d{1,2}[.)]\s+/;

function anyRow(rows: LexiconRow[], text: string): boolean {
  return rows.some((r) => r.re.test(text));
}

/** Why a sentence cannot stand alone as a bullet, or null when it can. */
export function notStandalone(sentence: string): string | null {
  const s = sentence.replace(/^[^\p{L}\p{N}]+/u, '');
  if (NUMBERED_ITEM.test(s)) return 'numbered item';
  if (anyRow(CONTEXT_OPENERS, s)) return 'needs the sentence before';
  if (anyRow(SELF_REFERENCE, s)) return 'the email about itself';
  return null;
}
