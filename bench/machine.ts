/** The machine a run measured on, for the results files: CPU, cores, memory, Node and Neo4j versions. */
import { cpus, loadavg, totalmem } from 'node:os';
import type { Driver } from 'neo4j-driver';

export interface Machine {
  cpu: string;
  cores: number;
  ramGiB: number;
  node: string;
  neo4j: string;
  loadAverageAtStart: number[];
}

export async function describeMachine(driver: Driver): Promise<Machine> {
  let neo4j = 'unknown';
  try {
    const res = await driver.executeQuery('CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition');
    const r = res.records[0];
    if (r) neo4j = `${r.get('name')} ${r.get('version')} ${r.get('edition')}`;
  } catch {
    /* an older server without dbms.components: leave it unknown */
  }
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    ramGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    neo4j,
    loadAverageAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
  };
}
