// `npm start`: opens the Electron app. Electron fetches its binary on first launch; where that cannot happen
// (no network, a locked-down build machine) this says so in one line and points to the browser host.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary, electronDir } from './electron-binary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

let binary = electronBinary();
if (!binary) {
  spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'ignore', timeout: 10 * 60_000 });
  binary = electronBinary();
}
if (!binary) {
  process.stderr.write('Cotejo: the Electron binary is not installed and could not be downloaded here — run `npm run web` to use Cotejo in your browser.\n');
  process.exit(1);
}

// Chromium refuses to start as root with its sandbox on; the renderer sandbox (webPreferences) stays on.
const args = process.getuid?.() === 0 ? ['--no-sandbox', root, ...process.argv.slice(2)] : [root, ...process.argv.slice(2)];
const child = spawn(binary, args, { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
