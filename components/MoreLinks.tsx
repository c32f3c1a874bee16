import type { Action } from '../lib/schema';
import { ACTION_KIND_LABEL } from '../lib/panel/action-groups';
import { ActionWhere } from './ActionList';
import { Disclosure } from './Disclosure';
import { SafeLink } from './SafeLink';

// The newsletter's own furniture — share, subscribe, sponsor and "read more" links — folded
// under "More links (N)", each with its kind and where it goes.
export function MoreLinks(props: { actions: Action[] }) {
  if (props.actions.length === 0) return null;
  return (
    <Disclosure title="More links" count={props.actions.length} class="more-links">
      <ul class="link-list">
        {props.actions.map((a, i) => (
          <li key={i}>
            <SafeLink href={a.url} class="action-label">
              {a.label}
            </SafeLink>{' '}
            <span class="action-meta">
              <span class="kind">{ACTION_KIND_LABEL[a.kind]}</span>
              <ActionWhere action={a} />
            </span>
          </li>
        ))}
      </ul>
    </Disclosure>
  );
}
