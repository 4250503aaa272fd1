import type { NodeKind } from '../../core/graph/types';
import { KIND_LOOKS, SHAPE_PATHS } from './kinds';

/** A small picture of a kind's shape and colour. */
export function KindMark({ kind, size = 14 }: { kind: NodeKind; size?: number }) {
  const look = KIND_LOOKS[kind];
  return (
    <svg class="kind-mark" width={size} height={size} viewBox="0 0 20 20" role="img" aria-label={look.title}>
      <path d={SHAPE_PATHS[look.shape]} fill={look.colour} stroke="#1a202c" stroke-width="0.8" />
    </svg>
  );
}
