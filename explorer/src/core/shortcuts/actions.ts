/**
 * Keyboard shortcuts as data: which key does what, whether it works while typing in a field, and
 * the order in which F6 moves the focus between the page's regions.
 */
export type ShortcutAction = 'search' | 'expand' | 'fit' | 'undo' | 'redo' | 'next-region' | 'previous-region' | 'next-node' | 'previous-node' | 'help' | 'table';

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  /** The focus is in a text field, a select or an editable element. */
  typing: boolean;
  /** The focus is in the canvas region. */
  onCanvas: boolean;
}

export const SHORTCUTS: readonly { keys: string; does: string }[] = [
  { keys: '/', does: 'search (puts the cursor in the search box)' },
  { keys: 'e', does: 'expand the selected node (as a double-click does)' },
  { keys: 'f', does: 'fit the canvas to the window' },
  { keys: 't', does: 'show or hide the table' },
  { keys: 'Ctrl+Z', does: 'undo the last canvas action' },
  { keys: 'Ctrl+Shift+Z or Ctrl+Y', does: 'redo' },
  { keys: 'F6, Shift+F6', does: 'move the focus between the canvas, the table, the panel and the filters' },
  { keys: '↓ ↑ (on the canvas or the table)', does: 'select the next or previous entity, in the table’s order' },
  { keys: '?', does: 'show or hide this list' },
];

/** The regions F6 moves between, in order (each element carries data-region). */
export const REGIONS = ['canvas', 'table', 'panel', 'filters'] as const;
export type Region = (typeof REGIONS)[number];

export function shortcutOf(k: KeyPress): ShortcutAction | null {
  if (k.key === 'F6') return k.shiftKey ? 'previous-region' : 'next-region';
  const command = k.ctrlKey || k.metaKey;
  // In a field the browser's own keys win (its undo, its letters).
  if (k.typing || k.altKey) return null;
  if (command && !k.shiftKey && k.key.toLowerCase() === 'z') return 'undo';
  if (command && ((k.shiftKey && k.key.toLowerCase() === 'z') || k.key.toLowerCase() === 'y')) return 'redo';
  if (command) return null;
  if (k.onCanvas && (k.key === 'ArrowDown' || k.key === 'ArrowRight')) return 'next-node';
  if (k.onCanvas && (k.key === 'ArrowUp' || k.key === 'ArrowLeft')) return 'previous-node';
  switch (k.key) {
    case '/':
      return 'search';
    case 'e':
      return 'expand';
    case 'f':
      return 'fit';
    case 't':
      return 'table';
    case '?':
      return 'help';
    default:
      return null;
  }
}

/** The region after (or before) the current one, round the end; the first when the focus is in none. */
export function nextRegion(current: Region | null, step: 1 | -1, available: readonly Region[] = REGIONS): Region | undefined {
  if (!available.length) return undefined;
  const at = current ? available.indexOf(current) : -1;
  if (at < 0) return step === 1 ? available[0] : available[available.length - 1];
  return available[(at + step + available.length) % available.length];
}

/** The id after (or before) `current` in `order`, staying at the ends; the first when none is current. */
export function nextInOrder(order: readonly string[], current: string | null, step: 1 | -1): string | undefined {
  if (!order.length) return undefined;
  const at = current ? order.indexOf(current) : -1;
  if (at < 0) return order[0];
  return order[Math.min(order.length - 1, Math.max(0, at + step))];
}
