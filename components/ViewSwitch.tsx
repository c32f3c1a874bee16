export type PanelTab = 'brief' | 'list';

// The two views of the panel. Buttons with aria-pressed: simple for keyboard and screen readers.
export function ViewSwitch(props: {
  current: PanelTab;
  listCount: number | null;
  onChange: (tab: PanelTab) => void;
}) {
  return (
    <nav class="view-switch" aria-label="Panel views">
      <button
        type="button"
        aria-pressed={props.current === 'brief'}
        onClick={() => props.onChange('brief')}
      >
        Brief
      </button>
      <button
        type="button"
        aria-pressed={props.current === 'list'}
        onClick={() => props.onChange('list')}
      >
        Reading list{props.listCount ? ` (${props.listCount})` : ''}
      </button>
    </nav>
  );
}
