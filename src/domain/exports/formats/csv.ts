/**
 * CSV in the `neo4j-admin database import` layout, as a folder:
 * - nodes.csv: `id:ID,:LABEL,label,kind,…,pseudonymised:boolean,degree:int,betweenness:double,community:int`
 *   (labels as the service stores them, `;`-separated: a Trial is `Trial;Event;Entity`);
 * - relationships.csv: `:START_ID,:END_ID,:TYPE,id,label,factId,…` (TYPE: POSTING, SUBORDINATION,
 *   PARTICIPATION, EVENT_LINK, ACCUSED, PROVISION, EVENTS, PLACE, COURT);
 * - import.sh: the exact neo4j-admin command that loads them.
 * Untyped columns are strings (dates stay partial-date strings: "2020-08"); empty fields are no property.
 * Streamed: nodes.csv in the nodes pass, relationships.csv in the edges pass.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Column } from './attributes';
import { EDGE_COLUMNS, nodeColumns } from './attributes';
import { csvRow } from '../../../foundations/csv-text';
import type { DirectoryFormatWriter } from './directory';
import { openGraphSource, progress } from './graph-source';
import { endStream, writeText } from './write-stream';

export const CSV_FILES = { nodes: 'nodes.csv', relationships: 'relationships.csv', script: 'import.sh' } as const;

const header = (c: Column<unknown>): string => (c.type === 'string' ? c.name : `${c.name}:${c.type}`);

/**
 * The database name comes first: --nodes and --relationships take several files and would swallow
 * it. The report of rows neo4j-admin could not import goes next to the CSV files, not into
 * whatever folder the script is run from (neo4j-admin's default is ./import.report).
 */
export const IMPORT_COMMAND =
  `neo4j-admin database import full "\${1:-neo4j}" --overwrite-destination --multiline-fields=true --array-delimiter=';' ` +
  `--report-file="$DIR/import.report" --nodes="$DIR/${CSV_FILES.nodes}" --relationships="$DIR/${CSV_FILES.relationships}"`;

const SCRIPT = `#!/bin/sh
# Loads this export into an EMPTY Neo4j 5 database (default name: neo4j) with neo4j-admin:
# stop the database first; --overwrite-destination replaces what it holds.
#   sh import.sh [database]
set -eu
DIR="$(cd "$(dirname "$0")" && pwd)"
${IMPORT_COMMAND}
`;

export const writeNeo4jCsv: DirectoryFormatWriter = async (input, dir, options = {}) => {
  await mkdir(dir, { recursive: true });
  const source = await openGraphSource(input, options);
  const columns = nodeColumns(source.withMetrics);
  const count = progress(options);

  const nodesOut = createWriteStream(join(dir, CSV_FILES.nodes), { encoding: 'utf8' });
  await writeText(nodesOut, csvRow(['id:ID', ':LABEL', ...columns.map((c) => header(c as Column<unknown>))]));
  for await (const node of source.nodes()) {
    await writeText(nodesOut, csvRow([node.id, node.labels.join(';'), ...columns.map((c) => c.value(node))]));
    count.tick();
  }
  await endStream(nodesOut);

  const relsOut = createWriteStream(join(dir, CSV_FILES.relationships), { encoding: 'utf8' });
  const edgeColumns = EDGE_COLUMNS.filter((c) => c.name !== 'type');
  await writeText(relsOut, csvRow([':START_ID', ':END_ID', ':TYPE', 'id', ...edgeColumns.map((c) => header(c as Column<unknown>))]));
  for await (const edge of source.edges()) {
    await writeText(relsOut, csvRow([edge.source, edge.target, edge.type, edge.id, ...edgeColumns.map((c) => c.value(edge))]));
    count.tick();
  }
  await endStream(relsOut);

  await writeFile(join(dir, CSV_FILES.script), SCRIPT, { mode: 0o755 });
  return { written: count.done(), notes: source.notes(), files: [CSV_FILES.nodes, CSV_FILES.relationships, CSV_FILES.script] };
};
