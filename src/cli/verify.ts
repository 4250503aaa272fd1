import type { Command } from 'commander';

/** `evidence-graph verify BUNDLE` (placeholder: being written). */
export function registerVerify(program: Command): void {
  void program;
}
