import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

let cached: string | undefined;

/** The folder holding package.json, whether running from src/ (ts-jest) or dist/src/ (built). */
export function projectRoot(): string {
  if (cached) return cached;
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'cypher'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`cannot find the evidence-graph project root above ${__dirname}`);
    dir = up;
  }
  cached = dir;
  return dir;
}
