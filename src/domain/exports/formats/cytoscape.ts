/**
 * Cytoscape.js JSON: `{"elements": {"nodes": [{"data": {…}}], "edges": [{"data": {"id", "source",
 * "target", …}}]}}`, the shape `cytoscape({ elements })` and Cytoscape desktop's JSON import take.
 * Streamed element by element (nodes, then edges); null attributes are left out; key order fixed.
 */
import type { Writable } from 'node:stream';
import type { FormatWriter } from '../types';
import { attributesOf, EDGE_COLUMNS, nodeColumns } from './attributes';
import { openGraphSource, progress } from './graph-source';
import { endStream, writeText } from './write-stream';

export const writeCytoscapeJson: FormatWriter = async (input, out: Writable, options = {}) => {
  const source = await openGraphSource(input, options);
  const columns = nodeColumns(source.withMetrics);
  const count = progress(options);
  await writeText(out, '{"elements":{"nodes":[');
  let first = true;
  for await (const node of source.nodes()) {
    const data = Object.fromEntries([['id', node.id] as const, ...attributesOf(node, columns).map(([c, v]) => [c.name, v] as const)]);
    await writeText(out, `${first ? '' : ','}\n{"data":${JSON.stringify(data)}}`);
    first = false;
    count.tick();
  }
  await writeText(out, '\n],"edges":[');
  first = true;
  for await (const edge of source.edges()) {
    const ends: [string, string][] = [
      ['id', edge.id],
      ['source', edge.source],
      ['target', edge.target],
    ];
    const data = Object.fromEntries([...ends, ...attributesOf(edge, EDGE_COLUMNS).map(([c, v]) => [c.name, v] as const)]);
    await writeText(out, `${first ? '' : ','}\n{"data":${JSON.stringify(data)}}`);
    first = false;
    count.tick();
  }
  await writeText(out, '\n]}}\n');
  await endStream(out);
  return { written: count.done(), notes: source.notes() };
};
