import type { Section } from '../lib/schema';
import { Disclosure } from './Disclosure';

// The email's own headings, folded: an outline for whoever wants it, one line for whoever doesn't.
export function SectionList(props: { sections: Section[] }) {
  if (props.sections.length < 2) return null;
  return (
    <Disclosure title="Sections" count={props.sections.length} class="sections-fold">
      <ol class="sections">
        {props.sections.map((sec, i) => (
          <li key={i}>
            <strong>{sec.title}</strong>
            {sec.summary && <span class="section-summary"> — {sec.summary}</span>}
          </li>
        ))}
      </ol>
    </Disclosure>
  );
}
