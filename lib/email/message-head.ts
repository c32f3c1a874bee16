// What an archive needs to know about a message before (or instead of) parsing it: its
// Message-ID, its date, and whether it was sent to a list. Read from the raw header block alone,
// so personal mail can be skipped without decoding its body.

export interface MessageHead {
  messageId: string | null;
  /** From the Date header; null when it is missing or unreadable. */
  date: Date | null;
  /** The message carries a mailing-list or bulk-mail header (see NEWSLETTER_HEADERS). */
  newsletter: boolean;
}

/**
 * Headers that list and newsletter software adds and personal mail does not. Each is enough:
 * - list-unsubscribe: required of bulk senders by Gmail and Yahoo (2024) and sent by every
 *   newsletter platform;
 * - list-id: RFC 2919, set by mailing-list managers and most newsletter platforms;
 * - list-post: RFC 2369, set by discussion lists (Mailman, Google Groups);
 * - precedence bulk/list: the long-standing marker that auto-responders must not answer.
 */
const NEWSLETTER_HEADERS: Record<string, (value: string) => boolean> = {
  'list-unsubscribe': (v) => v.trim() !== '',
  'list-id': (v) => v.trim() !== '',
  'list-post': (v) => v.trim() !== '',
  precedence: (v) => /^\s*(bulk|list)\b/i.test(v),
};

/** The bytes of the header block: up to the first empty line (LF or CRLF), or all of `raw`. */
export function headerBlockEnd(raw: Uint8Array): number {
  for (let i = raw.indexOf(10); i !== -1; i = raw.indexOf(10, i + 1)) {
    const next = raw[i + 1];
    if (next === 10) return i + 1;
    if (next === 13 && raw[i + 2] === 10) return i + 1;
  }
  return raw.length;
}

/** The header fields of a header block, names lower-cased, folded lines joined. */
export function headerFields(block: string): { name: string; value: string }[] {
  const fields: { name: string; value: string }[] = [];
  for (const line of block.split('\n')) {
    const text = line.endsWith('\r') ? line.slice(0, -1) : line;
    if (text === '') continue;
    if ((text[0] === ' ' || text[0] === '\t') && fields.length > 0) {
      const last = fields[fields.length - 1]!;
      last.value = `${last.value} ${text.trim()}`.trim();
      continue;
    }
    const colon = text.indexOf(':');
    if (colon <= 0) continue;
    fields.push({
      name: text.slice(0, colon).trim().toLowerCase(),
      value: text.slice(colon + 1).trim(),
    });
  }
  return fields;
}

export function readMessageHead(raw: Uint8Array): MessageHead {
  const block = Buffer.from(raw.buffer, raw.byteOffset, headerBlockEnd(raw)).toString('latin1');
  let messageId: string | null = null;
  let date: Date | null = null;
  let newsletter = false;
  for (const { name, value } of headerFields(block)) {
    if (name === 'message-id' && messageId === null) messageId = value.split(/\s/, 1)[0] || null;
    else if (name === 'date' && date === null) {
      // A trailing comment ("… -0800 (PST)") is not part of the date.
      const open = value.endsWith(')') ? value.lastIndexOf('(') : -1;
      const t = Date.parse(open > 0 ? value.slice(0, open) : value);
      date = Number.isNaN(t) ? null : new Date(t);
    }
    const test = NEWSLETTER_HEADERS[name];
    if (test?.(value)) newsletter = true;
  }
  return { messageId, date, newsletter };
}
