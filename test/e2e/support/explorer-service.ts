/**
 * The service the end-to-end tests open in Chromium: the explorer built as `npm run build` builds
 * it, the default configuration with the seed loaded (as `npm start` serves it), plus the hand-made
 * chain-of-command and protection scenarios and a record whose name is markup.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../../../src/foundations/config/project-root';
import { loadRecords } from '../../../src/domain/writes/load-records';
import type { RecordV1 } from '../../../src/storage/records/schemas';
import type { Service } from '../../../src/entry/service/start';
import { CHAIN_SCENARIO } from '../../fixtures/chain-of-command-scenario';
import { PROTECTION_SCENARIO } from '../../fixtures/protection-scenario';
import { clearGraph, openTestDatabase, startTestService } from '../../support/service';

export const MARKUP_NAME = '<img src=x onerror=alert(1)>';

/** A person named with markup, cited with a quote that is markup too: both must show as text. */
export const MARKUP_RECORDS: RecordV1[] = [
  {
    type: 'Person',
    id: 'person:e2e-markup',
    name: MARKUP_NAME,
    protection: 'NONE',
    description: '<b onmouseover=alert(2)>bold</b>',
    sources: [{ source: 'src:x-report', locator: 'para. 3', credibility: 2, quote: '<script>alert(3)</script>' }],
  },
];

/** A rival account of the chain scenario's raid: the panel shows the two side by side. */
export const RIVAL_ACCOUNT: RecordV1 = {
  type: 'Event',
  id: 'event:c-raid-may-rival',
  eventType: 'RAID',
  title: 'Raid on the NGO office (rival account: a routine inspection)',
  startDate: '2021-05-21',
  contradicts: ['event:c-raid-may'],
  sources: [{ source: 'src:c-blog', locator: 'post 9', credibility: 5, quote: 'it was a routine fire inspection, not a raid' }],
};

export function buildExplorer(): void {
  execFileSync(process.execPath, [join(projectRoot(), 'scripts', 'build-explorer.mjs')], { stdio: 'pipe' });
}

export async function startExplorerService(): Promise<Service> {
  buildExplorer();
  const db = await openTestDatabase();
  await clearGraph(db);
  await db.close();
  const service = await startTestService({ SEED_ON_START: 'true' });
  const extra = [...CHAIN_SCENARIO, RIVAL_ACCOUNT, ...PROTECTION_SCENARIO, ...MARKUP_RECORDS];
  await loadRecords(
    service.db.graph,
    extra.map((record, i) => ({ line: i + 1, record })),
  );
  return service;
}
