import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';

// A folded part of the brief: its heading is the button that opens it ("Sections (3)", "More
// links (5)"), so the part costs one line until the reader asks for it.
export function Disclosure(props: {
  /** The visible name, e.g. "Sections"; the count follows it in brackets. */
  title: string;
  count: number;
  class?: string;
  children: ComponentChildren;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <section class={`fold ${props.class ?? ''}`.trim()} aria-labelledby={`${id}-head`}>
      <h2 class="fold-head">
        <button
          type="button"
          id={`${id}-head`}
          class="fold-toggle"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true" class="fold-mark">
            {open ? '▾' : '▸'}
          </span>
          {` ${props.title} (${props.count})`}
        </button>
      </h2>
      <div id={`${id}-body`} hidden={!open}>
        {open && props.children}
      </div>
    </section>
  );
}
