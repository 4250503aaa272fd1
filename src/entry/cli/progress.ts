/**
 * Progress of a long import or export on the command line: a bar with counts, rate and ETA on a terminal (cli-progress); plain
 * lines at most every few seconds otherwise (CI logs, files), so that nothing floods.
 */
import { SingleBar, Presets } from 'cli-progress';
import type { ProgressTick } from '../../domain/import/validate-pass';

export interface Progress {
  tick: ProgressTick;
  stop(): void;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr, intervalMs = 5000): Progress {
  if (stream.isTTY) {
    let bar: SingleBar | undefined;
    let phase = '';
    let phaseStarted = Date.now();
    return {
      tick(p, done, total) {
        if (p !== phase || !bar) {
          bar?.stop();
          phase = p;
          phaseStarted = Date.now();
          bar = new SingleBar({ stream, format: `${p.padEnd(10)} [{bar}] {value}/{total} records | {rate}/s | eta {eta_formatted}`, hideCursor: true }, Presets.shades_classic);
          bar.start(total ?? done, done, { rate: 0 });
        }
        if (total !== undefined) bar.setTotal(total);
        const elapsed = (Date.now() - phaseStarted) / 1000;
        bar.update(done, { rate: elapsed > 0 ? Math.round(done / elapsed) : 0 });
      },
      stop: () => bar?.stop(),
    };
  }
  let last = 0;
  let phase = '';
  const started = Date.now();
  return {
    tick(p, done, total) {
      const now = Date.now();
      if (p === phase && now - last < intervalMs && done !== total) return;
      phase = p;
      last = now;
      const rate = Math.round(done / Math.max((now - started) / 1000, 0.001));
      stream.write(`${p}: ${done}${total !== undefined ? `/${total}` : ''} records (${rate}/s)\n`);
    },
    stop() {},
  };
}
