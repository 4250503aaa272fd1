/** The side panel: the selected node's or edge's record and every citation behind it. */
import { openChain } from '../../commands/chain';
import { openChart } from '../../commands/org-chart';
import { pin, removeFromCanvas, unpin } from '../../commands/canvas';
import { graphStore } from '../../core/graph/state';
import type { GraphEdgeData, GraphNodeData } from '../../core/graph/types';
import { selectionStore } from '../../core/selection/state';
import { canvas } from '../Canvas/canvas-instance';
import { KindMark } from '../Canvas/KindMark';
import { KIND_LOOKS } from '../Canvas/kinds';
import { MatrixPanel } from '../Matrix/MatrixPanel';
import { useStore } from '../use-store';
import { GradeBadge } from './CitationList';
import { ExpandMenu } from './ExpandMenu';
import { RecordView } from './RecordView';
import { useRecord } from './use-record';

function Record({ id, missing }: { id: string | null; missing: string }) {
  const record = useRecord(id);
  if (record === undefined) return <p class="muted">Reading the record…</p>;
  if (record === null) return <p class="muted">{missing}</p>;
  return <RecordView record={record} />;
}

function NodeEvidence({ node, pinned }: { node: GraphNodeData; pinned: boolean }) {
  const isEvent = node.kind === 'EVENT' || node.kind === 'TRIAL';
  const togglePin = () => {
    const position = canvas()?.getElementById(node.id).position();
    if (pinned) unpin([node.id]);
    else if (position) pin({ [node.id]: position });
  };
  return (
    <>
      <header class="panel-head">
        <KindMark kind={node.kind} size={18} />
        <h2>{node.label}</h2>
      </header>
      <p class="record-id">
        {KIND_LOOKS[node.kind].title}
        {node.category ? ` · ${node.category}` : ''}
        {node.startDate ? ` · ${node.startDate}${node.endDate ? ` to ${node.endDate}` : ''}` : ''} · {node.id}
      </p>
      <div class="panel-actions">
        {isEvent && (
          <button type="button" class="primary" onClick={() => void openChain(node.id)}>
            Chain of command
          </button>
        )}
        {node.kind === 'ORGANIZATION' && (
          <button type="button" class="primary" onClick={() => void openChart(node.id)}>
            Organisation chart
          </button>
        )}
        <button type="button" onClick={togglePin}>
          {pinned ? 'Unpin' : 'Pin'}
        </button>
        <button type="button" onClick={() => removeFromCanvas([node.id])}>
          Remove
        </button>
      </div>
      <ExpandMenu id={node.id} />
      {node.kind === 'ALLEGATION' && <MatrixPanel allegationId={node.id} />}
      <Record id={node.id} missing={node.pseudonymised ? 'This person is shown under a pseudonym; the record is not shown to you.' : 'The record is not shown to you.'} />
    </>
  );
}

function EdgeEvidence({ edge, from, to }: { edge: GraphEdgeData; from?: GraphNodeData; to?: GraphNodeData }) {
  return (
    <>
      <header class="panel-head">
        <GradeBadge grade={edge.grade} />
        <h2>
          {edge.type.toLowerCase().replace('_', ' ')}
          {edge.label ? `: ${edge.label}` : ''}
        </h2>
      </header>
      <p class="record-id">
        {from?.label ?? edge.source} → {to?.label ?? edge.target}
        {edge.startDate || edge.endDate ? ` · ${edge.startDate ?? '…'} to ${edge.endDate ?? '…'}` : ''}
      </p>
      {edge.factId ? (
        <Record id={edge.factId} missing="The fact behind this link is not shown to you (it concerns a protected person)." />
      ) : (
        <p class="muted">A direct reference in the record (an event's place, a trial's court), not a sourced fact: it has no citation of its own.</p>
      )}
    </>
  );
}

export function EvidencePanel() {
  const selection = useStore(selectionStore);
  const graph = useStore(graphStore);
  const node = selection?.kind === 'node' ? graph.nodes[selection.id] : undefined;
  const edge = selection?.kind === 'edge' ? graph.edges[selection.id] : undefined;
  return (
    <aside class="evidence-panel" aria-label="Evidence">
      {node && <NodeEvidence key={node.id} node={node} pinned={Boolean(graph.pinned[node.id])} />}
      {edge && <EdgeEvidence key={edge.id} edge={edge} from={graph.nodes[edge.source]} to={graph.nodes[edge.target]} />}
      {!node && !edge && <p class="muted">Select a node or a link on the canvas to read its record and the evidence behind it.</p>}
    </aside>
  );
}
