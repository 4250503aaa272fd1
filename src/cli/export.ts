import type { Command } from 'commander';

/** `evidence-graph export` (placeholder: being written). */
export function registerExport(program: Command): void {
  void program;
}
