import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { fileSink, generate, MAX_SCALE } from '../../domain/generate';

const positiveScale = (v: string) => {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0 || n > MAX_SCALE) throw new InvalidArgumentError(`must be a number above 0 and at most ${MAX_SCALE}`);
  return n;
};

const integer = (v: string) => {
  const n = Number(v);
  if (!/^-?\d+$/.test(v.trim()) || !Number.isSafeInteger(n)) throw new InvalidArgumentError('must be an integer');
  return n;
};

export function registerGenerate(program: Command): void {
  program
    .command('generate')
    .description('write a deterministic synthetic dataset (records v1 JSON Lines) for a fictional state: scale 1 is about 100,000 records')
    .requiredOption('--scale <n>', `size: 1 ≈ 100,000 records, 10 ≈ 1,000,000; fractions allowed (up to ${MAX_SCALE})`, positiveScale)
    .option('--seed <s>', 'integer seed: the same scale and seed give a byte-identical file', integer, 1)
    .requiredOption('--out <file>', 'the JSON Lines file to write (overwritten)')
    .action((o: { scale: number; seed: number; out: string }) => {
      const started = process.hrtime.bigint();
      const result = generate({ scale: o.scale, seed: o.seed }, fileSink(o.out));
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const width = Math.max(...Object.keys(result.counts).map((t) => t.length));
      const lines = Object.entries(result.counts).map(([type, n]) => `  ${type.padEnd(width)}  ${String(n).padStart(9)}`);
      process.stderr.write(`${o.out}: ${result.records} records (scale ${o.scale}, seed ${o.seed}) in ${seconds.toFixed(1)} s\n${lines.join('\n')}\n`);
    });
}
