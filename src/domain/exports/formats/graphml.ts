/**
 * GraphML (yEd, Gephi, networkx, igraph), written here: no maintained Node GraphML writer exists.
 * One <key> per attribute with its attr.type, then nodes, then edges (two passes over the input,
 * streamed with backpressure). Directed: every edge goes the way src/domain/subgraph draws it. Output
 * depends only on the input (attribute order fixed, no timestamps): two writes are identical.
 */
import type { Writable } from 'node:stream';
import type { FormatWriter } from '../types';
import { attributesOf, EDGE_COLUMNS, nodeColumns, type AttributeValue, type Column } from './attributes';
import { openGraphSource, progress } from './graph-source';
import { xmlEscape } from './xml';
import { endStream, writeText } from './write-stream';

const GRAPHML_TYPE = { string: 'string', boolean: 'boolean', int: 'int', double: 'double' } as const;

function keyId(scope: 'node' | 'edge', name: string): string {
  return `${scope === 'node' ? 'n' : 'e'}_${name}`;
}

function keys<T>(scope: 'node' | 'edge', columns: readonly Column<T>[]): string {
  return columns.map((c) => `  <key id="${keyId(scope, c.name)}" for="${scope}" attr.name="${c.name}" attr.type="${GRAPHML_TYPE[c.type]}"/>\n`).join('');
}

function data<T>(scope: 'node' | 'edge', item: T, columns: readonly Column<T>[]): string {
  return attributesOf(item, columns)
    .map(([c, v]) => `<data key="${keyId(scope, c.name)}">${xmlEscape(formatValue(v))}</data>`)
    .join('');
}

function formatValue(v: Exclude<AttributeValue, null>): string {
  return typeof v === 'string' ? v : String(v);
}

export const writeGraphml: FormatWriter = async (input, out: Writable, options = {}) => {
  const source = await openGraphSource(input, options);
  const columns = nodeColumns(source.withMetrics);
  const count = progress(options);
  await writeText(
    out,
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
      keys('node', columns) +
      keys('edge', EDGE_COLUMNS) +
      '  <graph id="G" edgedefault="directed">\n',
  );
  for await (const node of source.nodes()) {
    await writeText(out, `    <node id="${xmlEscape(node.id)}">${data('node', node, columns)}</node>\n`);
    count.tick();
  }
  for await (const edge of source.edges()) {
    const ends = `id="${xmlEscape(edge.id)}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}"`;
    await writeText(out, `    <edge ${ends}>${data('edge', edge, EDGE_COLUMNS)}</edge>\n`);
    count.tick();
  }
  await writeText(out, '  </graph>\n</graphml>\n');
  await endStream(out);
  return { written: count.done(), notes: source.notes() };
};
