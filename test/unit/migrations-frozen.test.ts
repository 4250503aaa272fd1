import { join } from 'node:path';
import { projectRoot } from '../../src/foundations/config/project-root';
import { loadMigrations } from '../../src/storage/db/migrations';

// A migration once released is applied to databases that record its checksum, and the service
// refuses to start when an applied migration's file changed (even a comment). These are the
// checksums of the released files: change the schema with a new numbered migration instead.
const RELEASED: Record<string, string> = {
  '0001_record_ids': 'a48f99113d42f55c5294609db9134df3a47f383d27e417336fcdc83165d3ca5f',
  '0002_search': '72ca5df2a9a730be1d803a0f268ea409e7b301762bedc777a1bfe9ab25292c50',
  '0003_fact_indexes': 'bbfbff10835063b3c476024083a6f12e7143b56c9cfbc0025748158fc3587be6',
  '0004_audit': '94d55daef09cae5f7ebf4a2d7b8acfa5f2c91ee99ea1c10cfb1527a599e261af',
  '0005_event_type_start': '70414b43c94a24f280bfe1c0c71c2d8495390711194a3a74fa1ea24d44dcbf83',
  '0006_export_jobs': 'dd1ff8b2aaa675f1770f6995275b2629fa6e787cb58ad208bce967e509008d72',
};

describe('released migrations', () => {
  const migrations = loadMigrations(join(projectRoot(), 'cypher', 'migrations'));

  it.each(Object.entries(RELEASED))('%s is unchanged since its release', (id, checksum) => {
    expect(migrations.find((m) => m.id === id)?.checksum).toBe(checksum);
  });
});
