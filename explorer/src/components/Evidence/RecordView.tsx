/** A record's fields, its citations, and the rival accounts that contradict it, side by side. */
import { addToCanvas } from '../../commands/canvas';
import type { RecordNode } from '../../api/operations';
import { CitationList } from './CitationList';
import { recordCitations, recordFields, recordTitle } from './record-fields';

export function RecordFields({ record }: { record: RecordNode }) {
  return (
    <dl class="record-fields">
      {recordFields(record).map((row, i) => (
        <div key={`${row.label}-${i}`} class="field">
          <dt>{row.label}</dt>
          <dd>
            {row.ref ? (
              <button type="button" class="link" title={`Put ${row.ref} on the canvas`} onClick={() => void addToCanvas([row.ref!])}>
                {row.value}
              </button>
            ) : (
              row.value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function RecordColumn({ record, heading }: { record: RecordNode; heading: string }) {
  return (
    <div class="record-column">
      <h4>{heading}</h4>
      <p class="record-id">{record.id}</p>
      <RecordFields record={record} />
      <CitationList citations={recordCitations(record)} />
    </div>
  );
}

export function RecordView({ record }: { record: RecordNode }) {
  const rivals = ('contradictions' in record ? (record.contradictions as RecordNode[] | undefined) : undefined) ?? [];
  return (
    <div class="record">
      <RecordFields record={record} />
      <h3>
        Citations <span class="count">{recordCitations(record).length}</span>
      </h3>
      <CitationList citations={recordCitations(record)} />
      {rivals.length > 0 && (
        <section class="contradictions">
          <h3>
            Contradicted by <span class="count">{rivals.length}</span>
          </h3>
          <p class="muted">Rival accounts are kept side by side; neither is preferred.</p>
          {rivals.map((rival) => (
            <div key={rival.id} class="side-by-side">
              <RecordColumn record={record} heading={`This account: ${recordTitle(record)}`} />
              <RecordColumn record={rival} heading={`Rival account: ${recordTitle(rival)}`} />
            </div>
          ))}
        </section>
      )}
    </div>
  );
}
