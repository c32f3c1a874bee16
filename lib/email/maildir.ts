// Maildir (cur/ and new/, one file per message) has no order of its own: the file names do. Each
// starts with the delivery time in seconds ("1717171717.M12P34.host:2,S"), so sorting by that
// number, then by the rest of the name, gives delivery order, the nearest thing to archive order.

export const MAILDIR_FOLDERS = ['cur', 'new'] as const;

export interface MaildirEntry {
  folder: (typeof MAILDIR_FOLDERS)[number];
  name: string;
}

/** Names that are not messages: dotfiles (".DS_Store", editors' and sync tools' leftovers). */
export function isMessageName(name: string): boolean {
  return name !== '' && !name.startsWith('.');
}

function deliveredAt(name: string): number {
  const m = /^\d{1,15}/.exec(name);
  return m ? Number(m[0]) : Number.POSITIVE_INFINITY;
}

/** The messages of a Maildir in delivery order (names without a leading time go last, by name). */
export function maildirOrder(entries: readonly MaildirEntry[]): MaildirEntry[] {
  return entries
    .filter((e) => isMessageName(e.name))
    .map((e) => ({ e, t: deliveredAt(e.name) }))
    .sort((a, b) => a.t - b.t || (a.e.name < b.e.name ? -1 : a.e.name > b.e.name ? 1 : 0))
    .map(({ e }) => e);
}
