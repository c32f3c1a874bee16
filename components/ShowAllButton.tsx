// The button under a shortened list that shows the rest of it and, pressed again, only the
// first few: its state is announced by aria-expanded, its words say what it will do.
export function ShowAllButton(props: {
  expanded: boolean;
  onToggle: () => void;
  /** What a press shows while the list is short: "Show all 54 stories". */
  showAll: string;
  /** What a press shows while the list is whole: "Show the first 5 stories". */
  showFewer: string;
  class?: string;
}) {
  return (
    <button
      type="button"
      class={props.class ?? 'secondary show-all'}
      aria-expanded={props.expanded}
      onClick={props.onToggle}
    >
      {props.expanded ? props.showFewer : props.showAll}
    </button>
  );
}
