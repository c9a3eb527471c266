// Bundles the Node side: the Electron main process and preload (CommonJS, as Electron loads them) and the CLI.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node22', sourcemap: true, logLevel: 'warning' };

await Promise.all([
  build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.cjs', format: 'cjs', packages: 'external' }),
  // A sandboxed preload may require only 'electron': everything else is bundled in.
  build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs', external: ['electron'] }),
  build({
    ...common,
    entryPoints: ['electron/cli/cotejo.ts'],
    outfile: 'dist/electron/cli.mjs',
    format: 'esm',
    packages: 'external',
  }),
  build({ ...common, entryPoints: ['test/bench/detect.ts'], outfile: 'dist/bench/detect.mjs', format: 'esm', packages: 'external' }),
]);
