/**
 * Runs one CLI command in-process, as `evidence-graph <args…>` would, and captures what it prints
 * on stdout and the exit code it sets (logs silenced).
 */
import { Command } from 'commander';

export async function runCommand(register: (program: Command) => void, args: string[]): Promise<{ out: string; exitCode: number }> {
  const writes: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (writes.push(String(chunk)), true));
  const saved = { exitCode: process.exitCode, level: process.env.LOG_LEVEL };
  process.exitCode = 0;
  process.env.LOG_LEVEL = 'silent';
  try {
    const program = new Command('evidence-graph').exitOverride();
    register(program);
    await program.parseAsync(['node', 'evidence-graph', ...args]);
    return { out: writes.join(''), exitCode: Number(process.exitCode ?? 0) };
  } finally {
    spy.mockRestore();
    process.exitCode = saved.exitCode;
    if (saved.level === undefined) delete process.env.LOG_LEVEL;
    else process.env.LOG_LEVEL = saved.level;
  }
}
