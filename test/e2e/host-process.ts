import { spawn, type ChildProcess } from 'node:child_process';
import { BUILT_CLI } from '../helpers/paths';

export interface HostProcess {
  url: string;
  stop(): Promise<void>;
}

/** Starts `cotejo serve` as a real separate process, as `npm run web` does, and waits for its URL. */
export async function startHostProcess(dataDir: string): Promise<HostProcess> {
  const child: ChildProcess = spawn(process.execPath, [BUILT_CLI, 'serve', '--port', '0'], {
    env: { ...process.env, COTEJO_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
