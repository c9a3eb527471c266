#!/usr/bin/env node
// Cotejo needs Node 24 (node:sqlite). Under an older node, hand over to the Node 24 installed with the project.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const major = Number(process.versions.node.split('.')[0]);
const cli = join(root, 'dist', 'electron', 'cli.mjs');

if (!existsSync(cli)) {
  process.stderr.write('cotejo: not built yet — run `npm run build` (npm install does it) and try again\n');
  process.exit(2);
}
if (major < 24) {
  const node24 = join(root, 'node_modules', 'node', 'bin', 'node');
  if (!existsSync(node24)) {
    process.stderr.write(`cotejo: needs Node 24 or newer (this is ${process.version}); run npm install first\n`);
    process.exit(2);
  }
  const result = spawnSync(node24, [cli, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
await import(pathToFileURL(cli).href);
