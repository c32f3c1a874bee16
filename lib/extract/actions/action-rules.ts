import type { ActionKind } from '../../schema';
import { lexiconKind, opensWithLexiconAsk } from './ask-lexicon';

// The named table of what makes an ask, and what is only chrome. Each rule is tested against the
// button text, the link text or the sentence around a link; the first matching kind wins, so the
// order matters (a "sponsored" donate button is a sponsor; "pledge a subscription" is subscribe).

/** Footer and header chrome: never an action, whatever its wording. */
export const CHROME_TEXT =
  /\b(?:unsubscribe|opt[- ]out|(?:manage|update|change) (?:your )?(?:email |mailing |subscription )?(?:preferences|subscriptions?|settings)|email preferences|view (?:this |the )?(?:email|newsletter|message|post|issue|it)?\s*(?:in|on) (?:your |a |the )?(?:web )?browser|view (?:this |the )?(?:email|newsletter|post|issue|it)? ?(?:online|on the web)|read (?:it |this )?(?:online|on the web)|having trouble (?:viewing|reading)|forward (?:this |the )?(?:email |newsletter )?to a friend|privacy policy|terms of (?:service|use)|add us to your address book|why did i get this|you(?:'|’)?re receiving|you are receiving|was sent to|read in app|open in app|(?:get|download) (?:the|our) (?:\w+ )?app|all rights reserved|interested in advertising|advertising inquiries)\b|©/i;

export const CHROME_URL =
  /unsubscribe|optout|opt-out|\/manage\/preferences|\/profile\?|list-manage\.com\/(?:profile|unsubscribe)|forward-to-friend\.com|\/vcard\?|mailchi\.mp\/[^/]+\/[^/]+\?e=|view-in-browser|\/webversion/i;

/** Profile links of social networks: the icon row is chrome; a share link is not. */
const SOCIAL_HOST =
  /(?:^|\.)(?:facebook\.com|twitter\.com|x\.com|instagram\.com|linkedin\.com|youtube\.com|tiktok\.com|bsky\.app|threads\.net|mastodon\.social|pinterest\.com|t\.me|whatsapp\.com|reddit\.com)$/i;
export const SHARE_URL =
  /sharer|\/share(?:Article)?[/?]|intent\/tweet|\/intent\/post|wa\.me\/\?text|whatsapp:\/\/send|shareArticle|mailto:\?/i;
const SOCIAL_NAME =
  /^(?:follow (?:us|me) on )?(?:facebook|twitter|x|instagram|linkedin|youtube|tiktok|bluesky|threads|mastodon|pinterest|telegram|whatsapp|reddit|rss)?$/i;

export function isSocialProfile(text: string, host: string, url: string): boolean {
  return SOCIAL_HOST.test(host) && !SHARE_URL.test(url) && SOCIAL_NAME.test(text.trim());
}

interface KindRule {
  kind: ActionKind;
  text: RegExp;
  url?: RegExp;
}

/** In priority order. */
export const KIND_RULES: KindRule[] = [
  {
    kind: 'sponsor',
    text: /\b(?:sponsored(?: by)?|(?:our|today['’]?s|this week['’]?s) sponsors?|brought to you by|presented by|in partnership with|en partenariat avec|a message from|paid (?:post|partnership)|advertisement)\b|\(sponsor\)/i,
  },
  {
    // "Text JOIN to 22033", "SMS mit STOP an 12345", "Envoyez OUI au 38100": joining a text list.
    kind: 'subscribe',
    text: /\b(?:[Tt]ext|TEXT|[Tt]xt|SMS|[Ss]ms)\s+["“']?[A-Z0-9]{2,15}["”']?\s+(?:to|an|naar|al|au|para)\s+\+?\d[\d ]{2,9}\b|\b(?:envoyez|envía|envie|stuur|invia)\s+["“']?[A-Z0-9]{2,15}["”']?\s+(?:au|al|para|naar)\s+\d{3,8}\b/,
  },
  {
    kind: 'subscribe',
    text: /\bpledg\w* (?:your support|a (?:future )?subscription)\b/i,
  },
  {
    kind: 'donate',
    text: /\b(?:donat\w*|become a (?:monthly |sustaining |recurring )?(?:supporter|donor|sustainer|patron)|chip in|contribut(?:e|ion)|give (?:monthly|now|today|once|\$)|make a gift|pitch in|buy me a coffee|fundrais\w*|strike fund|patreon|ko-fi|mail (?:a|your) (?:check|cheque)|checks? (?:may|can|should) (?:also )?be (?:mailed|sent))\b/i,
    url: /actblue\.com|donorbox\.org|gofundme\.com|patreon\.com|buymeacoffee\.com|ko-fi\.com|winred\.com|\/donate\b/i,
  },
  {
    kind: 'volunteer',
    text: /\b(?:volunteer\w*|phone ?bank\w*|canvass\w*|knock (?:on )?doors)\b/i,
  },
  {
    kind: 'petition',
    text: /\b(?:sign (?:the |our |this |a |an )?(?:[\w-]+ ){0,3}(?:petition|pledge|open letter|letter|card)|petitions?|pledges?|add your name)\b/i,
  },
  {
    kind: 'contact',
    text: /\b(?:(?:call|email|write(?: to)?|contact|tell|text|phone) (?:your|the|our) (?:local )?(?:(?:state|county|city|district) )?(?:representatives?|reps?|senators?|congress\w*|legislators?|lawmakers?|mps?|mayor|council\w*|commissioners?|supervisors?|aldermen|alderman|alderperson|governor|(?:elected )?officials?)|get in touch|contact us|let['’]s chat|let (?:me|us) know|drop (?:me|us) a line|reply (?:to (?:this|the|our) (?:email|e-mail|message|newsletter) )?(?:and (?:tell|let) us|with (?:your |any )?(?:feedback|thoughts|questions|ideas|comments|suggestions)))\b/i,
  },
  {
    kind: 'event',
    text: /\b(?:rsvp|register (?:now|here|today|for)|meld je (?:nu )?aan|aanmelden|inscrivez-vous|je m['’]inscris|jetzt anmelden|save the date|attend|join us (?:on|at|for)|day of (?:action|protest|truth)|general strike|march(?:es|ed|ing)?(?!\s+\d)|rally|walk-?outs?|(?:general|one-day|mass|rent|climate|student) strikes?|webinar|forum|town hall|public (?:comment|hearing)|hearing|open house|(?:next|monthly|general|members?['’]?|community|annual) (?:meeting|session|gathering|assembly)|meetup|livestream|vigil|picket|teach-in|conference|summit|protest)\b/i,
  },
  {
    kind: 'subscribe',
    text: /\b(?:subscrib\w*|sign up (?:for|to get|to receive) (?:the |our )?(?:newsletter|updates|emails?)|sign up (?:now |today )?to get \S+(?: \S+)? in your inbox|get the newsletter|join (?:the |our )?(?:mailing )?list|upgrade(?: to paid)?|become a (?:paid )?(?:member|subscriber)|abonne[zr]\w*|inscri\w*)\b/i,
  },
  {
    kind: 'share',
    text: /\b(?:share|tweet|restack|refer (?:a friend|your friends|friends)|referrals?|copy (?:and paste )?(?:this|the|your) (?:link|url)|spread the word|partag\w*|forward (?:this|it))\b/i,
    url: SHARE_URL,
  },
  {
    kind: 'purchase',
    text: /\b(?:buy|shop|order now|pre-?order|get (?:your )?tickets?|purchase|add to cart|enroll|book (?:now|your))\b/i,
  },
  {
    // Substack's and Ghost's reaction buttons.
    kind: 'other',
    text: /^(?:[▷►♥❤]\s*)?(?:like|comment|comments|save|listen|reply|leave a comment)$/i,
  },
  {
    kind: 'read-more',
    text: /\b(?:read (?:more|the (?:full|rest|whole)|full|the transcript|the (?:original )?(?:article|story|post|report|essay))|continue reading|keep reading|go deeper|learn more|listen(?: now)?|watch (?:now|the)|check out\b|en lire plus|lire la suite|lees meer)\b/i,
  },
  {
    kind: 'other',
    text: /\b(?:join (?:us on |our |the )(?:discord|slack|community chat|group chat|whatsapp group|telegram|signal group)|take (?:our|the) (?:quick )?(?:[\w-]+ )?survey|survey|poll|feedback|follow (?:me|us|our \w+) on|follow our (?:twitter|instagram|tiktok|youtube|linkedin)|job board|post a job|advertise with|(?:simply |just )?reply to this email|hit reply|just reply|reply here|répondez|antwoord|antworten)\b/i,
  },
];

/** The kind an ask's wording (or its target) names, or null when it names none. */
export function classifyAsk(text: string, url: string | null): ActionKind | null {
  // An address written out ("…/subscribe?ref=…") is not wording.
  const words = /:\/\/|www\./.test(text) ? text.replace(/(?:https?:\/\/|www\.)\S+/gi, ' ') : text;
  // "Share the petition" asks to share, whatever it shares.
  if (SHARE_FIRST.test(words.trim().replace(STEP, ''))) return 'share';
  for (const r of KIND_RULES) {
    if (r.text.test(words)) return r.kind;
  }
  const other = lexiconKind(words);
  if (other) return other;
  if (url) {
    for (const r of KIND_RULES) {
      if (r.url?.test(url)) return r.kind;
    }
  }
  return null;
}

/** Reaction buttons under a post (Substack, Ghost): without their link, nothing is left to do. */
const REACTION = /^(?:[♥❤▷►]\s*)?(?:like|comment|comments|restack|save|listen)$/i;

export function isChrome(text: string, url: string | null): boolean {
  return (
    CHROME_TEXT.test(text) ||
    (url === null && REACTION.test(text.trim())) ||
    (url !== null && CHROME_URL.test(url))
  );
}

const FILLER =
  "(?:(?:and|but|so|or|also|then)\\s+)?(?:(?:if you (?:want|would like|['’]d like|wish) to|please|kindly|feel free to|click here to|click to|tap here to|you can|you could|be sure to|make sure to|don['’]t forget to|consider|why not|help us|here['’]?s|here is|if you can,?|just|simply)\\s+)*";
const VERBS =
  "(?:here['’]?s (?:the|our|a)|donate|give|chip|contribute|sign|add|pledge|join|volunteer|call|email|write|contact|tell|rsvp|register|attend|subscribe|upgrade|share|tweet|restack|forward|refer|buy|shop|order|get|grab|claim|read|listen|watch|learn|check|take|follow|visit|support|help|reply|make|making|see|discover|find|try|start|book|save|apply|download|explore|go|become|copy|view|let (?:me|us) know|text|découvrez|abonnez|partagez|inscrivez|répondez)";

/** "Step 1 -", "1." before an ask in a numbered list of things to do. */
export const STEP = /^(?:step\s+\d+|\d+[.)])\s*[-–—:.]?\s*/i;

/** An imperative at the start of a clause, after "please", "click here to", "you can"… */
export const ASK_START = new RegExp(`^${FILLER}${VERBS}\\b`, 'i');

const SHARE_FIRST = new RegExp(
  `^${FILLER}(?:share|tweet|restack|partagez)\\b(?! (?:your|a) (?:story|stories|thoughts|feedback|experience))`,
  'i',
);

/** An appeal without an imperative: "Volunteers needed", "Help wanted", "Call for proposals". */
const APPEAL =
  /^(?:(?:volunteers?|helpers?|hands|drivers|writers|hosts|mentors|tutors|coaches|donors|speakers|help)\s+(?:needed|wanted)|(?:seeking|looking for|call for)\s+(?:volunteers|helpers|applications|proposals|submissions|nominations|speakers))\b/i;

/**
 * Wording that asks the reader to do something: some clause opens with an imperative
 * ("Don't miss an issue, subscribe today"). Reported speech ("they donated") does not.
 */
export function isAsk(sentence: string): boolean {
  for (const clause of sentence.split(/[,;:—–?!(]|\.\s|\s-+\s/)) {
    const c = clause
      .trim()
      .replace(STEP, '')
      .replace(/^[\s"'“”‘’[*_-]+/, '')
      // "P.S. Forward this to three friends": the postscript is still an ask.
      .replace(/^p\.?\s?s\.?\s*(?:-\s*)?/i, '');
    if (ASK_START.test(c) || APPEAL.test(c) || opensWithLexiconAsk(c)) return true;
  }
  return false;
}

/** Cues that a dated sentence is an invitation to an event, not a report of one. */
export const EVENT_CALL =
  /\b(?:call(?:ed|ing|s)? (?:on \w+ )?for|call(?:ed|ing|s)? (?:a|an) [“"«]?(?:[\w-]+ )?(?:walk-?out|strike|rally|march|day of)|join(?: us)?|attend|rsvp|register|take part|participate|show up|come out|come along|be there|see you there|say so|speak up|testify|next (?:meeting|session|gathering|assembly)|will (?:meet|be held)|make your voice heard|save the date|day of (?:action|protest|truth)|encourag\w+ (?:everyone|you|people|members) to)\b/i;

/** Link text that says nothing by itself: the sentence around it carries the ask. */
export const GENERIC_LINK_TEXT =
  /^(?:click )?(?:here|this link|this|link|now|today|more|click here|tap here|go|→|>>|»)[.!]?$/i;
