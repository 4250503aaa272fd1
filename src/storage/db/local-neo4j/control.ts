/**
 * Starts, stops and inspects the local Neo4j (tools/neo4j): a real Neo4j 5.26 Community run
 * embedded by a small Java main, Bolt on 127.0.0.1 only. A pid file in the data folder lets
 * `db stop`, `db status` and the next `serve` find an instance started earlier.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { projectRoot } from '../../../foundations/config/project-root';
import type { Config } from '../../../foundations/config/environment';

export type LocalNeo4jSettings = Config['localNeo4j'];

export interface LocalNeo4jStatus {
  running: boolean;
  pid?: number;
  port: number;
  dataDir: string;
  boltUri: string;
  /** Whether something answers on the port (it may be another program if `running` is false). */
  portInUse: boolean;
}

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

const toolDir = () => join(projectRoot(), 'tools', 'neo4j');
const pidFile = (s: LocalNeo4jSettings) => join(s.dataDir, 'local-neo4j.pid');
const logFile = (s: LocalNeo4jSettings) => join(s.dataDir, 'local-neo4j.log');

function classpath(): string {
  const target = join(toolDir(), 'target');
  if (!existsSync(join(target, 'classes', 'evidencegraph', 'LocalNeo4j.class')) || !existsSync(join(target, 'lib'))) {
    throw new LocalNeo4jError('the local Neo4j launcher is not built: run `npm install` (or `node scripts/build-neo4j.mjs`); it needs Java 17 and Maven');
  }
  return [join(target, 'classes'), join(target, 'lib', '*')].join(':');
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(s: LocalNeo4jSettings): number | undefined {
  if (!existsSync(pidFile(s))) return undefined;
  const pid = Number(readFileSync(pidFile(s), 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 && alive(pid) ? pid : undefined;
}

export function portAnswers(port: number, host = '127.0.0.1', timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolvePort) => {
    const socket = createConnection({ port, host });
    const done = (ok: boolean) => {
      socket.destroy();
      resolvePort(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export async function localNeo4jStatus(s: LocalNeo4jSettings): Promise<LocalNeo4jStatus> {
  const pid = readPid(s);
  const portInUse = await portAnswers(s.port);
  return { running: pid !== undefined && portInUse, pid, port: s.port, dataDir: s.dataDir, boltUri: `bolt://127.0.0.1:${s.port}`, portInUse };
}

function tail(path: string, from: number, lines = 25): string {
  if (!existsSync(path)) return '';
  return readFileSync(path, 'utf8').slice(from).split('\n').slice(-lines).join('\n');
}

/**
 * Starts the local Neo4j unless it already runs, and resolves once Bolt accepts connections.
 * Returns whether this call started it (the caller then owns stopping it).
 */
export async function startLocalNeo4j(s: LocalNeo4jSettings, opts: { timeoutMs?: number; onProgress?: (msg: string) => void } = {}): Promise<{ started: boolean; status: LocalNeo4jStatus }> {
  const before = await localNeo4jStatus(s);
  if (before.running) return { started: false, status: before };
  if (before.portInUse) {
    throw new LocalNeo4jError(`port ${s.port} on 127.0.0.1 is taken by another program; set LOCAL_NEO4J_PORT to a free port, or NEO4J_URI to use that database`);
  }
  const cp = classpath();
  mkdirSync(s.dataDir, { recursive: true });
  const log = logFile(s);
  const offset = existsSync(log) ? statSync(log).size : 0;
  const out = openSync(log, 'a');
  const child = spawn(
    'java',
    [
      `-Xmx${s.heap}`,
      '-XX:+UseG1GC',
      '-Dfile.encoding=UTF-8',
      '-cp',
      cp,
      'evidencegraph.LocalNeo4j',
      '--home',
      s.dataDir,
      '--port',
      String(s.port),
      '--password',
      s.password,
      '--tx-timeout',
      String(s.txTimeoutSeconds),
      '--pagecache',
      s.pagecache,
    ],
    { detached: true, stdio: ['ignore', out, out] },
  );
  closeSync(out);
  const pid = child.pid;
  if (pid === undefined) throw new LocalNeo4jError('could not start java: is Java 17 installed and on PATH?');
  child.unref();
  writeFileSync(pidFile(s), String(pid));
  opts.onProgress?.(`starting the local Neo4j 5.26 (pid ${pid}, bolt://127.0.0.1:${s.port}, data ${s.dataDir})`);

  const deadline = Date.now() + (opts.timeoutMs ?? 120_000);
  for (;;) {
    const text = tail(log, offset, 200);
    if (text.includes(`READY bolt://127.0.0.1:${s.port}`)) break;
    if (!alive(pid)) {
      rmSync(pidFile(s), { force: true });
      throw new LocalNeo4jError(`the local Neo4j exited during start-up; the end of ${log}:\n${tail(log, offset)}`);
    }
    if (Date.now() > deadline) {
      await stopLocalNeo4j(s);
      throw new LocalNeo4jError(`the local Neo4j did not become ready in time; the end of ${log}:\n${tail(log, offset)}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { started: true, status: await localNeo4jStatus(s) };
}

/** Stops the local Neo4j cleanly (SIGTERM, then SIGKILL after the timeout). Resolves false if none ran. */
export async function stopLocalNeo4j(s: LocalNeo4jSettings, timeoutMs = 60_000): Promise<boolean> {
  const pid = readPid(s);
  if (pid === undefined) {
    rmSync(pidFile(s), { force: true });
    return false;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (alive(pid)) process.kill(pid, 'SIGKILL');
  while (alive(pid)) await new Promise((r) => setTimeout(r, 100));
  rmSync(pidFile(s), { force: true });
  return true;
}

/** Whether the data folder holds a database already (used to tell first start from later ones). */
export function hasLocalData(s: LocalNeo4jSettings): boolean {
  return existsSync(join(s.dataDir, 'data')) && readdirSync(join(s.dataDir, 'data')).length > 0;
}
