/** Layout, fit, remove, pin/unpin and clear, on the selected nodes (or edges); undo, paths, exports, saved views. */
import { clearCanvas, pin, removeFromCanvas, unpin } from '../../commands/canvas';
import { graphStore } from '../../core/graph/state';
import { LAYOUTS, layoutStore } from '../../core/view/state';
import type { LayoutName } from '../../core/view/types';
import { canvas } from '../Canvas/canvas-instance';
import { pathsBetween } from '../../commands/paths';
import { errorStore } from '../../core/errors/state';
import { ExportMenu } from '../Export/ExportMenu';
import { SavedViewMenu } from '../SavedView/SavedViewMenu';
import { HistoryButtons } from './HistoryButtons';
import { useStore } from '../use-store';

function selected(): { nodes: string[]; edges: string[] } {
  const cy = canvas();
  return { nodes: cy?.nodes(':selected').map((n) => n.id()) ?? [], edges: cy?.edges(':selected').map((e) => e.id()) ?? [] };
}

/** Opens the path finder between the two nodes selected (Shift-click or a box); says so when there are not two. */
function pathsBetweenSelected(): void {
  const [from, to, ...more] = selected().nodes;
  if (from && to && !more.length) pathsBetween(from, to);
  else errorStore.set({ doing: 'finding paths', error: { code: 'BAD_USER_INPUT', message: 'select exactly two nodes on the canvas (Shift-click, or drag a box with Shift)' } });
}

export function CanvasToolbar() {
  const layout = useStore(layoutStore);
  const graph = useStore(graphStore);
  const nodeCount = Object.keys(graph.nodes).length;
  const edgeCount = Object.keys(graph.edges).length;
  const togglePin = () => {
    const cy = canvas();
    const ids = selected().nodes;
    if (!cy || !ids.length) return;
    const pinnedAll = ids.every((id) => graph.pinned[id]);
    if (pinnedAll) unpin(ids);
    else pin(Object.fromEntries(ids.map((id) => [id, cy.getElementById(id).position()])));
  };
  return (
    <div class="toolbar" role="toolbar" aria-label="Canvas">
      <label>
        Layout{' '}
        <select value={layout} onChange={(e) => layoutStore.set((e.target as HTMLSelectElement).value as LayoutName)}>
          {LAYOUTS.map((l) => (
            <option key={l.name} value={l.name}>
              {l.title}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => canvas()?.fit(undefined, 40)}>
        Fit
      </button>
      <button type="button" onClick={togglePin} title="Lock the selected nodes where they are (or unlock them)">
        Pin / unpin
      </button>
      <button type="button" onClick={() => removeFromCanvas(selected().nodes, selected().edges)} title="Remove the selected nodes and edges from the canvas">
        Remove
      </button>
      <button type="button" onClick={clearCanvas}>
        Clear
      </button>
      <HistoryButtons />
      <button type="button" class="paths-between" onClick={pathsBetweenSelected} title="Find the shortest paths between the two selected nodes">
        Paths between
      </button>
      <ExportMenu />
      <SavedViewMenu />
      <span class="counts" aria-live="polite">
        {nodeCount} nodes, {edgeCount} edges
        {graph.truncated && <strong class="warning"> · the last expansion reached the node limit: more lies beyond</strong>}
      </span>
    </div>
  );
}
