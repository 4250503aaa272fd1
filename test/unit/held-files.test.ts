/**
 * A Source record's `file` names a file inside the sources folder or nothing: the one path rule
 * the referral bundle and GET /sources/<id> share (src/domain/sources/held-files.ts).
 */
import { join } from 'node:path';
import { heldFilePath } from '../../src/domain/sources';

const ROOT = '/srv/sources';

describe('heldFilePath', () => {
  it.each([
    ['000_fcfa96d3aa0883e3.txt', join(ROOT, '000_fcfa96d3aa0883e3.txt')],
    ['extra/law.txt', join(ROOT, 'extra/law.txt')],
    ['extra/../law.txt', join(ROOT, 'law.txt')],
    ['..hidden-but-inside.txt', join(ROOT, '..hidden-but-inside.txt')],
  ])('%s is inside the folder', (file, path) => expect(heldFilePath(ROOT, file)).toBe(path));

  it.each(['../secret.txt', 'extra/../../secret.txt', '/etc/passwd', '/srv/sources/x.txt', '..', '.', '', 'a\0b'])('%j is not', (file) => {
    expect(heldFilePath(ROOT, file)).toBeNull();
  });
});
