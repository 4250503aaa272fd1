/**
 * Makes Debian's python3-networkx importable by /usr/bin/python3 for the export tests, so that
 * `npm test` passes on a fresh machine without a root `apt-get install`: when the system python
 * lacks it, the package is fetched with `apt-get download` (no root needed) and unpacked with
 * `dpkg -x` into .data/python3-networkx/ (git-ignored; kept for later runs). It is pure Python.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const SYSTEM_PYTHON = '/usr/bin/python3';
const ROOT = join(__dirname, '..', '..', '.data', 'python3-networkx');
const DIST_PACKAGES = join(ROOT, 'usr', 'lib', 'python3', 'dist-packages');

function importsNetworkx(pythonPath?: string): boolean {
  try {
    execFileSync(SYSTEM_PYTHON, ['-c', 'import networkx'], { stdio: 'ignore', env: { ...process.env, ...(pythonPath ? { PYTHONPATH: pythonPath } : {}) } });
    return true;
  } catch {
    return false;
  }
}

/**
 * The PYTHONPATH under which /usr/bin/python3 imports networkx ('' when the system has it);
 * throws with what to do when it can be neither found nor fetched.
 */
export function networkxPythonPath(): string {
  if (importsNetworkx()) return '';
  if (existsSync(DIST_PACKAGES) && importsNetworkx(DIST_PACKAGES)) return DIST_PACKAGES;
  const debs = join(ROOT, 'debs');
  try {
    rmSync(ROOT, { recursive: true, force: true });
    mkdirSync(debs, { recursive: true });
    execFileSync('apt-get', ['download', '-q', 'python3-networkx'], { cwd: debs, stdio: 'pipe' });
    for (const deb of readdirSync(debs).filter((f) => f.endsWith('.deb'))) execFileSync('dpkg', ['-x', join(debs, deb), ROOT], { stdio: 'pipe' });
  } catch (e) {
    throw new Error(
      `the export tests read exports back with Debian's python3-networkx, which ${SYSTEM_PYTHON} cannot import and 'apt-get download python3-networkx' could not fetch (${(e as Error).message.split('\n')[0]}); install it: apt-get install python3-networkx`,
      { cause: e },
    );
  }
  if (!importsNetworkx(DIST_PACKAGES)) throw new Error(`python3-networkx was unpacked into ${ROOT} but ${SYSTEM_PYTHON} still cannot import it; install it: apt-get install python3-networkx`);
  return DIST_PACKAGES;
}
