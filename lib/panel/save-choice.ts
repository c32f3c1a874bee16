import { DEFAULT_LIST } from '../reading-list/entry';

// What the Save control will do, from what its form holds: the lists (ticked ones, then a new
// one typed in; "Read later" when none) and the tags — and how its button says so.

export interface SaveChoice {
  lists: string[];
  tags: string[];
}

export function saveChoice(
  ticked: ReadonlySet<string>,
  newList: string,
  tags: readonly string[],
): SaveChoice {
  const typed = newList.trim();
  const lists = [...new Set([...ticked, ...(typed ? [typed] : [])])];
  return { lists: lists.length ? lists : [DEFAULT_LIST], tags: [...tags] };
}

/** "Read later", "Read later · 2 tags", "3 lists · 1 tag": the end of "Save to …". */
export function saveTarget(choice: SaveChoice): string {
  const where = choice.lists.length === 1 ? choice.lists[0]! : `${choice.lists.length} lists`;
  const n = choice.tags.length;
  return n ? `${where} · ${n} ${n === 1 ? 'tag' : 'tags'}` : where;
}
