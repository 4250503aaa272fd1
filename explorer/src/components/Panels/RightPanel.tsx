/** The panel right of the canvas: the evidence of the selection, a timeline, or the path finder, one tab at a time. */
import { panelsStore, RIGHT_PANELS } from '../../core/panels/state';
import { EvidencePanel } from '../Evidence/EvidencePanel';
import { PathFinder } from '../Paths/PathFinder';
import { TimelinePanel } from '../Timeline/TimelinePanel';
import { useStore } from '../use-store';

export function RightPanel() {
  const panels = useStore(panelsStore);
  return (
    <div class="right-panel" data-region="panel" tabIndex={-1} aria-label="Panels">
      <div class="panel-tabs" role="tablist">
        {RIGHT_PANELS.map((p) => (
          <button
            key={p.name}
            type="button"
            role="tab"
            class={`panel-tab${panels.right === p.name ? ' active' : ''}`}
            data-panel={p.name}
            aria-selected={panels.right === p.name}
            onClick={() => panelsStore.set({ ...panels, right: p.name })}
          >
            {p.title}
          </button>
        ))}
      </div>
      {panels.right === 'evidence' && <EvidencePanel />}
      {panels.right === 'timeline' && (
        <aside class="side-panel timeline-panel" aria-label="Timeline">
          <TimelinePanel />
        </aside>
      )}
      {panels.right === 'paths' && (
        <aside class="side-panel paths-panel" aria-label="Paths">
          <PathFinder />
        </aside>
      )}
    </div>
  );
}
