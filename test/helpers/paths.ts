import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SAMPLE_DIR = join(ROOT, 'examples', 'venezuela-cabello');
export const SAMPLE_SOURCE = join(SAMPLE_DIR, 'es.txt');
export const SAMPLE_TARGET = join(SAMPLE_DIR, 'en.machine.txt');
export const CLI = join(ROOT, 'bin', 'cotejo.mjs');
export const BUILT_CLI = join(ROOT, 'dist', 'electron', 'cli.mjs');
