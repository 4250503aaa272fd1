/**
 * The benchmark's dataset: the synthetic records v1 file of a scale and seed (generated once and
 * kept under .data/bench/, since scale 10 takes minutes to write), imported with the real import
 * pipeline, and the seeded choice of the records each workload asks about.
 */
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/foundations/config/project-root';
import { fileSink, generate } from '../src/domain/generate';
import type { Driver } from 'neo4j-driver';

/** The cached file of a scale and seed, generated when missing (written beside and renamed: never half a file). */
export function datasetFile(scale: number, seed: number, log: (m: string) => void): string {
  const dir = join(projectRoot(), '.data', 'bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `synthetic-scale${scale}-seed${seed}.jsonl`);
  if (existsSync(file)) {
    log(`using the cached dataset ${file}`);
    return file;
  }
  log(`generating scale ${scale}, seed ${seed} into ${file}…`);
  const partial = `${file}.partial`;
  const result = generate({ scale, seed }, fileSink(partial));
  renameSync(partial, file);
  log(`generated ${result.records} records`);
  return file;
}

/** A small deterministic PRNG (mulberry32): the same seed picks the same records in every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` distinct ids drawn with `random` from the (sorted, so stable) ids a query returns. */
export async function pickIds(driver: Driver, cypher: string, count: number, random: () => number): Promise<string[]> {
  const res = await driver.executeQuery(cypher, {}, { routing: 'READ' });
  const ids = res.records.map((r) => r.get('id') as string).sort();
  if (!ids.length) throw new Error(`no records to pick from: ${cypher}`);
  const picked = new Set<string>();
  while (picked.size < Math.min(count, ids.length)) picked.add(ids[Math.floor(random() * ids.length)]!);
  return [...picked];
}
