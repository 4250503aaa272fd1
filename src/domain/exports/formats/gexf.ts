/**
 * GEXF 1.2 (Gephi) through graphology-gexf: the graph is built in memory (the library writes a
 * graphology graph to a string), which is what this format needs; the metrics are computed on that
 * graph. Version 1.2 rather than 1.3 because networkx (2.8, Debian's) reads 1.1draft and 1.2draft
 * only. Attribute types are declared from the columns (see declareTypes); labels are GEXF labels.
 */
import type { Writable } from 'node:stream';
import { MultiDirectedGraph } from 'graphology';
import { write as writeGexfString } from 'graphology-gexf';
import type { FormatWriter } from '../types';
import { computeMetrics } from '../metrics';
import { attributesOf, EDGE_COLUMNS, nodeColumns, type AttributeType, type AttributeValue, type MetricNode } from './attributes';
import { openGraphSource, progress } from './graph-source';
import { endStream, writeText } from './write-stream';

type Attrs = Record<string, Exclude<AttributeValue, null>>;

const GEXF_TYPE: Record<AttributeType, string> = { string: 'string', boolean: 'boolean', int: 'integer', double: 'double' };

/**
 * graphology-gexf infers each attribute's type from its values, so a betweenness that happens to be
 * 0 everywhere would be declared "integer": declare the columns' own types instead, so every
 * export of any subgraph has the same attribute types.
 */
function declareTypes(text: string, columns: readonly { name: string; type: AttributeType }[]): string {
  return columns.reduce((t, c) => t.replace(new RegExp(`(<attribute id="${c.name}" title="${c.name}" type=")[a-z]+(")`, 'g'), `$1${GEXF_TYPE[c.type]}$2`), text);
}

export const writeGexf: FormatWriter = async (input, out: Writable, options = {}) => {
  // The graph is in memory anyway: metrics come from it rather than from one more pass over the input.
  const withMetrics = options.metrics !== false;
  const source = await openGraphSource(input, { ...options, metrics: false });
  const columns = nodeColumns(withMetrics).filter((c) => c.name !== 'label');
  const edgeColumns = EDGE_COLUMNS.filter((c) => c.name !== 'label');
  const count = progress(options);
  const graph = new MultiDirectedGraph<{ node: MetricNode }, { label: string | null; attributes: Attrs }>();
  graph.setAttribute('creator', 'evidence-graph');
  graph.setAttribute('description', `export of ${JSON.stringify(input.selection)}`);
  for await (const node of source.nodes()) {
    graph.addNode(node.id, { node });
    count.tick();
  }
  for await (const edge of source.edges()) {
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, {
      label: edge.label,
      attributes: Object.fromEntries(attributesOf(edge, edgeColumns).map(([c, v]) => [c.name, v])),
    });
    count.tick();
  }
  const metrics = withMetrics
    ? computeMetrics(
        graph.nodes(),
        graph.mapEdges((_k, _a, source, target) => ({ source, target })),
      )
    : null;
  const text = writeGexfString(graph, {
    version: '1.2',
    formatNode: (key, a) => {
      const node: MetricNode = metrics ? { ...a.node, metrics: metrics.nodes.get(key) } : a.node;
      return { label: node.label, attributes: Object.fromEntries(attributesOf(node, columns).map(([c, v]) => [c.name, v])) };
    },
    formatEdge: (_key, a) => ({ ...(a.label ? { label: a.label } : {}), attributes: a.attributes }),
  });
  const typed = declareTypes(text, [...columns, ...edgeColumns]);
  await writeText(out, typed.endsWith('\n') ? typed : `${typed}\n`);
  await endStream(out);
  return { written: count.done(), notes: [...source.notes(), ...(metrics?.notes ?? [])] };
};
