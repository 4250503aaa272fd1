import { registerImport } from '../../src/entry/cli/import';
import { runCommand } from '../support/run-command';

describe('evidence-graph import --format', () => {
  it('refuses a format it cannot read before opening anything, naming the ones it can', async () => {
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      await expect(runCommand(registerImport, ['import', 'records.xml', '--format', 'xml'])).rejects.toThrow(
        "error: option '--format <format>' argument 'xml' is invalid. Allowed choices are auto, jsonl, csv, ftm.",
      );
    } finally {
      stderr.mockRestore();
    }
  });
});
