/**
 * Passes over an ExportInput that yield its drawn nodes, then its drawn edges, without holding
 * the records: only the source reliabilities (for grades) and the set of drawn node ids (to drop
 * an edge whose endpoint is not in the export) stay in memory between passes.
 *
 * Streaming formats call nodes() then edges(): two reads of the records. With metrics a first
 * structure() pass reads everything once more, keeping only node ids and edge endpoints (what the
 * metrics need); see src/domain/exports/metrics.
 */
import type { ExportInput } from '../types';
import type { ProtectionViewer } from '../../protection/display';
import { drawEdges, drawNode, isDrawnNode, type Reliabilities } from './from-record';
import type { DrawnEdge, DrawnNode } from './types';

export class Drawing {
  private readonly reliabilities: Reliabilities = new Map();
  private readonly nodeIds = new Set<string>();
  private readonly viewer: ProtectionViewer;
  private nodesDone = false;
  private dropped = 0;
  private droppedExamples: string[] = [];

  constructor(private readonly input: ExportInput) {
    this.viewer = { cleared: input.redaction.cleared };
  }

  /** Every drawn node, in the input's order (record ids are unique). Must run to the end once before edges(). */
  async *nodes(): AsyncGenerator<DrawnNode> {
    for await (const record of this.input.records()) {
      if (record.type === 'Source') {
        this.reliabilities.set(record.id, record.reliability);
        continue;
      }
      const node = drawNode(record, this.viewer, this.reliabilities);
      if (!node) continue;
      this.nodeIds.add(node.id);
      yield node;
    }
    this.nodesDone = true;
  }

  /** Every drawn edge whose two ends are drawn nodes, in the input's order; the others are counted in notes(). */
  async *edges(): AsyncGenerator<DrawnEdge> {
    if (!this.nodesDone) throw new Error('Drawing.edges() needs a full nodes() pass first');
    this.dropped = 0;
    this.droppedExamples = [];
    for await (const record of this.input.records()) {
      if (record.type === 'Source') {
        this.reliabilities.set(record.id, record.reliability);
        continue;
      }
      for (const edge of drawEdges(record, this.reliabilities)) {
        if (!this.nodeIds.has(edge.source) || !this.nodeIds.has(edge.target)) {
          this.dropped += 1;
          if (this.droppedExamples.length < 3) this.droppedExamples.push(edge.id);
          continue;
        }
        yield edge;
      }
    }
  }

  /**
   * One pass for the metrics: the drawn node ids and the ends of the edges between them, nothing
   * else (edges are kept as candidates until every node id is known, then filtered). Counts as
   * the nodes() pass that edges() needs.
   */
  async structure(): Promise<{ ids: string[]; edges: { source: string; target: string }[] }> {
    const ids: string[] = [];
    const candidates: { source: string; target: string }[] = [];
    for await (const record of this.input.records()) {
      if (record.type === 'Source') {
        this.reliabilities.set(record.id, record.reliability);
        continue;
      }
      if (isDrawnNode(record)) {
        ids.push(record.id);
        this.nodeIds.add(record.id);
      }
      for (const edge of drawEdges(record, this.reliabilities)) candidates.push({ source: edge.source, target: edge.target });
    }
    this.nodesDone = true;
    return { ids, edges: candidates.filter((e) => this.nodeIds.has(e.source) && this.nodeIds.has(e.target)) };
  }

  /** Whether a node id is drawn (after nodes()). */
  hasNode(id: string): boolean {
    return this.nodeIds.has(id);
  }

  get nodeCount(): number {
    return this.nodeIds.size;
  }

  notes(): string[] {
    if (!this.dropped) return [];
    return [`${this.dropped} edge(s) left out because an end is not in the export (e.g. ${this.droppedExamples.join(', ')})`];
  }
}
