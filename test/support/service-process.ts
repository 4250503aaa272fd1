/**
 * The service as a process of its own (`evidence-graph serve` through tsx), on the run's Neo4j and
 * a free port: a second replica beside one a test starts in-process, sharing nothing with it but
 * the database and the folders it is given.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { projectRoot } from '../../src/foundations/config/project-root';
import { TEST_JWT_SECRET } from './service';

export interface ServiceProcess {
  url: string;
  child: ChildProcess;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
  /** Kills it (SIGKILL unless told otherwise) and waits for it to exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

const READY = /evidence-graph is ready: (http:\/\/\S+)\/graphql/;

export async function startServiceProcess(env: Record<string, string>, timeoutMs = 120_000): Promise<ServiceProcess> {
  const { AUTH_JWT_SECRET: _s, AUTH_JWKS_FILE: _f, ...base } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/entry/cli.ts', 'serve'], {
    cwd: projectRoot(),
    env: { ...base, NODE_ENV: 'test', LOG_LEVEL: 'warn', PORT: '0', SEED_ON_START: 'false', AUTH_JWT_SECRET: TEST_JWT_SECRET, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the service process was not ready within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = READY.exec(output);
      if (ready) {
        clearTimeout(timer);
        resolve(ready[1]!);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`the service process exited before it was ready:\n${output}`));
    });
  });
  return {
    url,
    child,
    exited,
    stop: async (signal = 'SIGKILL') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
