import { nextInOrder, nextRegion, shortcutOf, type KeyPress } from './actions';

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, typing: false, onCanvas: false, ...more });

describe('keyboard shortcuts', () => {
  it('maps keys to actions', () => {
    expect(shortcutOf(press('/'))).toBe('search');
    expect(shortcutOf(press('e'))).toBe('expand');
    expect(shortcutOf(press('f'))).toBe('fit');
    expect(shortcutOf(press('z', { ctrlKey: true }))).toBe('undo');
    expect(shortcutOf(press('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(shortcutOf(press('y', { metaKey: true }))).toBe('redo');
    expect(shortcutOf(press('F6'))).toBe('next-region');
    expect(shortcutOf(press('F6', { shiftKey: true }))).toBe('previous-region');
    expect(shortcutOf(press('ArrowDown', { onCanvas: true }))).toBe('next-node');
    expect(shortcutOf(press('ArrowDown'))).toBeNull();
    expect(shortcutOf(press('x'))).toBeNull();
  });

  it('leaves a field its own keys, but F6 still moves on', () => {
    expect(shortcutOf(press('e', { typing: true }))).toBeNull();
    expect(shortcutOf(press('z', { ctrlKey: true, typing: true }))).toBeNull();
    expect(shortcutOf(press('F6', { typing: true }))).toBe('next-region');
  });

  it('moves round the regions, and along the rows', () => {
    expect(nextRegion(null, 1)).toBe('canvas');
    expect(nextRegion('canvas', 1)).toBe('table');
    expect(nextRegion('filters', 1)).toBe('canvas');
    expect(nextRegion('canvas', -1)).toBe('filters');
    expect(nextRegion('panel', 1, ['canvas', 'panel'])).toBe('canvas');
    expect(nextInOrder(['a', 'b', 'c'], 'b', 1)).toBe('c');
    expect(nextInOrder(['a', 'b', 'c'], 'c', 1)).toBe('c');
    expect(nextInOrder(['a', 'b', 'c'], null, -1)).toBe('a');
    expect(nextInOrder([], null, 1)).toBeUndefined();
  });
});
