import type { Command } from 'commander';

/** `evidence-graph keys generate` (placeholder: being written). */
export function registerKeys(program: Command): void {
  void program;
}
