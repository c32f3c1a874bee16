import type { ActionKind } from '../../schema';
import type { Block, InlineLink } from '../blocks/document';
import type { BlockRole } from '../roles';
import { blockText, linkText } from './action-label';

// "Volunteers needed!", "Take action", "Mitmachen", "Engagez-vous": a section whose heading says
// that what follows are asks. Community and campaign newsletters list their asks this way, one per
// item, often without an ask word in the item itself ("Build Team: paint & build workshop day",
// "Graphic design team to fill requests"). Two shapes:
// - items with their own link or address: each item is an ask of its own;
// - a list of roles with no link, closed by one contact line ("Contact info@… with interest"):
//   one ask, naming the roles, answered at that contact.

export interface AskSectionRow {
  kind: ActionKind;
  lang: string;
  re: RegExp;
}

// Headings only (the whole line), so prose that mentions volunteering is not a section.
// Patterns are plain alternatives between anchors: linear on any input.
export const ASK_SECTION_HEADINGS: AskSectionRow[] = [
  // "Volunteers needed!", "Volunteer opportunities", "Help wanted", "We need you"
  {
    kind: 'volunteer',
    lang: 'en',
    re: /^\W*(?:volunteers?\s+(?:needed|wanted|opportunities|roles|corner)|volunteer\s+with\s+us|help\s+wanted|we\s+need\s+(?:you|your\s+help|volunteers)|get\s+involved|ways\s+to\s+(?:help|get\s+involved)|how\s+(?:you\s+can|to)\s+help|join\s+the\s+(?:action|team|movement))\W*$/i,
  },
  // "Take action", "Action items", "What you can do", "Your action this week"
  {
    kind: 'other',
    lang: 'en',
    re: /^\W*(?:take\s+action(?:\s+(?:now|today|this\s+week))?|action\s+(?:items|alerts?|steps)|what\s+you\s+can\s+do(?:\s+(?:now|today))?|(?:your|this\s+week['’]?s)\s+actions?(?:\s+this\s+week)?|calls?\s+to\s+action)\W*$/i,
  },
  // "Ehrenamtliche gesucht", "Helfer*innen gesucht", "Mitmachen", "Mach mit!", "So können Sie helfen"
  {
    kind: 'volunteer',
    lang: 'de',
    re: /^\W*(?:(?:ehrenamtliche|helfer\S{0,8}|freiwillige|unterst[üu]tzer\S{0,8})\s+gesucht|mitmachen|mach\s+mit|macht\s+mit|machen\s+sie\s+mit|engagieren\s+sie\s+sich|engagier\s+dich|ehrenamt|so\s+k[öo]nn(?:en\s+sie|t\s+ihr|st\s+du)\s+helfen|wie\s+sie\s+helfen\s+k[öo]nnen)\W*$/iu,
  },
  // "Aktiv werden", "Werden Sie aktiv", "Jetzt handeln"
  {
    kind: 'other',
    lang: 'de',
    re: /^\W*(?:aktiv\s+werden|werden\s+sie\s+aktiv|werde\s+aktiv|jetzt\s+handeln|handeln\s+sie\s+jetzt)\W*$/iu,
  },
  // "Devenez bénévole", "Bénévoles recherchés", "Engagez-vous", "Comment nous aider"
  {
    kind: 'volunteer',
    lang: 'fr',
    re: /^\W*(?:devenez\s+b[ée]n[ée]voles?|b[ée]n[ée]voles?\s+recherch[ée]s?|appel\s+[àa]\s+b[ée]n[ée]voles|engagez-vous|impliquez-vous|comment\s+(?:nous\s+)?aider)\W*$/iu,
  },
  // "Passez à l'action", "Agir", "Comment agir"
  {
    kind: 'other',
    lang: 'fr',
    re: /^\W*(?:passez\s+[àa]\s+l['’]action|agir|comment\s+agir|agissez)\W*$/iu,
  },
  // "Voluntariado", "Se buscan voluntarios", "Participa", "Cómo ayudar", "Actúa"
  {
    kind: 'volunteer',
    lang: 'es',
    re: /^\W*(?:voluntariado|(?:se\s+)?buscan?\s+voluntari[oa]s|hazte\s+voluntari[oa]|participa|c[óo]mo\s+(?:puedes\s+)?ayudar)\W*$/iu,
  },
  {
    kind: 'other',
    lang: 'es',
    re: /^\W*(?:act[úu]a(?:\s+ya|\s+ahora)?|pasa\s+a\s+la\s+acci[óo]n)\W*$/iu,
  },
  // "Vrijwilligers gezocht", "Doe mee", "Help mee", "Word vrijwilliger"
  {
    kind: 'volunteer',
    lang: 'nl',
    re: /^\W*(?:vrijwilligers\s+gezocht|word\s+vrijwilliger|doe\s+mee|help\s+mee|zo\s+kun\s+je\s+helpen)\W*$/iu,
  },
  { kind: 'other', lang: 'nl', re: /^\W*(?:kom\s+in\s+actie|actie\s+voeren)\W*$/iu },
  // "Cerchiamo volontari", "Diventa volontario", "Partecipa", "Come aiutare"
  {
    kind: 'volunteer',
    lang: 'it',
    re: /^\W*(?:cerchiamo\s+volontari|volontari\s+cercasi|diventa\s+volontari[oa]|partecipa|come\s+(?:puoi\s+)?aiutare)\W*$/iu,
  },
  { kind: 'other', lang: 'it', re: /^\W*(?:agisci(?:\s+ora)?|passa\s+all['’]azione)\W*$/iu },
  // "Seja voluntário", "Procuramos voluntários", "Participe", "Como ajudar"
  {
    kind: 'volunteer',
    lang: 'pt',
    re: /^\W*(?:seja\s+volunt[áa]ri[oa]|procuramos\s+volunt[áa]rios|volunt[áa]rios\s+procurados|participe|como\s+(?:voc[êe]\s+pode\s+)?ajudar)\W*$/iu,
  },
  { kind: 'other', lang: 'pt', re: /^\W*(?:aja\s+agora|entre\s+em\s+a[çc][ãa]o)\W*$/iu },
];

export function askSectionKind(heading: string): ActionKind | null {
  if (heading.length > 60) return null;
  for (const r of ASK_SECTION_HEADINGS) if (r.re.test(heading)) return r.kind;
  return null;
}

export interface SectionAsk {
  /** Position (in the blocks given) where the ask is reported. */
  at: number;
  /** Positions of the blocks the section's asks were read from (not read again). */
  covers: number[];
  /** The section's kind ("Volunteers needed" → volunteer); an item's own wording may say more. */
  kind: ActionKind;
  /** The item's words, or "Heading: role, role, role" for a list of roles. */
  text: string;
  /** Whether `text` is an item of its own (its wording may name another kind: "Donate to…"). */
  item: boolean;
  link: InlineLink | null;
  /** An address written in the item or the contact line ("Email district1@…"). */
  email: string | null;
}

/** Longest section read; a longer run under one heading is an article. */
const MAX_SECTION = 14;
/** Longest item of a list of roles ("Photographers for our walks"); longer is a story. */
const MAX_ROLE_ITEM = 140;
/** Longest item read as one ask. */
const MAX_ITEM = 400;
/** Roles that end a section: the next part of the email starts. */
const SECTION_END: ReadonlySet<BlockRole> = new Set<BlockRole>([
  'label',
  'headline',
  'toc',
  'sponsor',
  'signature',
  'footer',
  'legal',
  'navigation',
  'social',
]);

// An address as written in text; bounded parts, one character class each (linear).
const EMAIL = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,6}/u;

function emailIn(b: Block): string | null {
  const mail = b.links.find((l) => l.href?.toLowerCase().startsWith('mailto:'));
  if (mail?.href) {
    const addr = mail.href.slice(7).split('?')[0] ?? '';
    if (EMAIL.test(addr)) return addr;
  }
  return EMAIL.exec(b.text.slice(0, 2000))?.[0] ?? null;
}

function webLink(b: Block): InlineLink | null {
  return b.links.find((l) => l.href && /^https?:/i.test(l.href) && linkText(l).length > 0) ?? null;
}

/**
 * The item's name: the words before its colon or dash, or before the clause that says what the
 * role does ("Photographers for our walks", "Redakteur*in für den Newsletter"), else its first words.
 */
function leadOf(text: string): string {
  const cut = /\s*(?::|\s[–—-]\s)/.exec(text);
  const head = cut && cut.index > 0 && cut.index <= 50 ? text.slice(0, cut.index) : text;
  const words = head.split(/\s+/);
  const purpose = words.findIndex((w, k) => k > 0 && k <= 5 && ROLE_PURPOSE.test(w));
  if (purpose > 0) return words.slice(0, purpose).join(' ');
  return words.length <= 6 ? head : words.slice(0, 5).join(' ');
}

/** Words that start what a role is for: "… to help", "… für", "… pour", "… para", "… voor", "… per". */
const ROLE_PURPOSE =
  /^(?:to|for|with|who|that|f[üu]r|zur|zum|die|der|pour|qui|para|que|voor|die|per|che|com)$/i;

function isHeading(b: Block, role: BlockRole): boolean {
  return b.kind === 'heading' || ((role === 'label' || role === 'headline') && b.text.length <= 60);
}

/**
 * The asks of every ask section in `blocks` (roles by position): one per linked item, or one per
 * section when its items are a list of roles with a single contact.
 */
export function findAskSections(blocks: Block[], roles: BlockRole[]): SectionAsk[] {
  const out: SectionAsk[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const h = blocks[i]!;
    if (!isHeading(h, roles[i] ?? 'body')) continue;
    const heading = blockText(h);
    const kind = askSectionKind(heading);
    if (!kind) continue;
    const items: number[] = [];
    const covers = [i];
    let contact: number | null = null;
    let j = i + 1;
    for (; j < blocks.length && j <= i + MAX_SECTION; j++) {
      const b = blocks[j]!;
      const role = roles[j] ?? 'body';
      const text = blockText(b);
      if (!text && b.links.length === 0) continue;
      // One lead-in ("We're on the lookout for:") belongs to the section, asks nothing itself.
      if (
        items.length === 0 &&
        covers.length === 1 &&
        b.kind === 'paragraph' &&
        text.length <= 300
      ) {
        covers.push(j);
        continue;
      }
      if (b.kind === 'heading' || b.kind === 'button' || SECTION_END.has(role)) break;
      if (text.length > MAX_ITEM) break;
      // A paragraph that only names a contact closes the section.
      if (b.kind === 'paragraph' && role === 'body' && items.length > 0) {
        if (emailIn(b) && text.length <= 160) {
          contact = j;
          covers.push(j);
          j++;
        }
        break;
      }
      // The asks are the section's list; running paragraphs under the heading are an article.
      if (b.kind !== 'list-item') break;
      items.push(j);
      covers.push(j);
    }
    if (items.length === 0) continue;
    const linked = items.filter((k) => webLink(blocks[k]!) || emailIn(blocks[k]!));
    if (linked.length > 0 && linked.length * 2 >= items.length) {
      for (const k of items) {
        const b = blocks[k]!;
        out.push({
          at: k,
          covers: [k],
          kind,
          text: blockText(b),
          item: true,
          link: webLink(b),
          email: emailIn(b),
        });
      }
    } else if (
      (items.length >= 2 || contact !== null) &&
      items.every((k) => {
        const t = blockText(blocks[k]!);
        // "District leaders: we are looking for…" names its role before the colon.
        return t.length <= MAX_ROLE_ITEM || /^[^:]{2,50}:\s/.test(t);
      })
    ) {
      const leads = items.map((k) => leadOf(blockText(blocks[k]!)));
      const contactText = contact !== null ? blockText(blocks[contact]!) : '';
      // The contact first: it is what the reader does; the roles say what for.
      const text = `${heading.replace(/[!:.\s]+$/, '')}${
        contactText ? ` — ${contactText.replace(/[!.\s]+$/, '')}` : ''
      }: ${leads.join(', ')}`;
      out.push({
        at: i,
        covers: [],
        kind,
        text,
        item: false,
        link: contact !== null ? webLink(blocks[contact]!) : null,
        email: contact !== null ? emailIn(blocks[contact]!) : null,
      });
    } else continue;
    // The items were read here; the main pass does not read them again.
    out[out.length - 1]!.covers.push(...covers);
    i = j - 1;
  }
  return out;
}
