import { useEffect, useState } from 'preact/hooks';
import { api, type RecordNode } from '../../api/operations';
import { reporting } from '../../commands/report';

/** The full record behind a node or a fact: undefined while loading, null when not shown to this viewer. */
export function useRecord(id: string | null): RecordNode | null | undefined {
  const [record, setRecord] = useState<RecordNode | null | undefined>(undefined);
  useEffect(() => {
    let current = true;
    setRecord(id ? undefined : null);
    if (id)
      void reporting(`reading ${id}`, () => api.record(id)).then((answer) => {
        if (current) setRecord(answer ? answer.node : null);
      });
    return () => {
      current = false;
    };
  }, [id]);
  return record;
}
