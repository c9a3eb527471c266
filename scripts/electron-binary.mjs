// Where the Electron binary is, if it has been downloaded; shared by `npm start` and the Electron smoke test.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const electronDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));

export function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}
