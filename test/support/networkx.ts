/**
 * Reading exports back with a parser this project did not write: Debian's python3-networkx, run
 * as /usr/bin/python3 so that a pyenv or venv python on PATH without networkx does not get in the
 * way (the jest global setup makes it importable: ./python-networkx.ts). The script prints JSON.
 */
import { execFileSync } from 'node:child_process';
import { SYSTEM_PYTHON } from './python-networkx';

export { SYSTEM_PYTHON };

/** The environment under which SYSTEM_PYTHON imports networkx (set up by the jest global setup). */
function pythonEnv(): NodeJS.ProcessEnv {
  const pythonPath = process.env.TEST_NETWORKX_PYTHONPATH;
  return pythonPath ? { ...process.env, PYTHONPATH: pythonPath } : process.env;
}

/** Runs a Python script with arguments and parses what it prints as JSON. */
export function runPython<T>(script: string, args: readonly string[] = []): T {
  const out = execFileSync(SYSTEM_PYTHON, ['-c', script, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: pythonEnv() });
  return JSON.parse(out) as T;
}

export interface NetworkxGraph {
  directed: boolean;
  multigraph: boolean;
  nodes: Record<string, Record<string, unknown>>;
  /** [source, target, attributes] for every edge, parallel ones included. */
  edges: [string, string, Record<string, unknown>][];
}

const READ = `
import json, sys
import networkx as nx
kind, path = sys.argv[1], sys.argv[2]
if kind == 'graphml':
    g = nx.read_graphml(path, force_multigraph=True)
else:
    g = nx.read_gexf(path)
print(json.dumps({
    'directed': g.is_directed(),
    'multigraph': g.is_multigraph(),
    'nodes': {n: d for n, d in g.nodes(data=True)},
    'edges': [[u, v, d] for u, v, d in g.edges(data=True)],
}))
`;

/** A GraphML or GEXF file as networkx reads it: nodes with their attributes, every edge with its attributes. */
export function readWithNetworkx(format: 'graphml' | 'gexf', path: string): NetworkxGraph {
  return runPython<NetworkxGraph>(READ, [format, path]);
}

const BETWEENNESS = `
import json, sys
import networkx as nx
data = json.load(sys.stdin)
g = nx.Graph()
g.add_nodes_from(data['nodes'])
g.add_edges_from(data['edges'])
print(json.dumps(nx.betweenness_centrality(g, normalized=True)))
`;

/** networkx's normalised betweenness of an undirected simple graph, to compare metrics against. */
export function networkxBetweenness(nodes: readonly string[], edges: readonly [string, string][]): Record<string, number> {
  const out = execFileSync(SYSTEM_PYTHON, ['-c', BETWEENNESS], { input: JSON.stringify({ nodes, edges }), encoding: 'utf8', env: pythonEnv() });
  return JSON.parse(out) as Record<string, number>;
}
