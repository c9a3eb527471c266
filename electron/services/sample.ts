import { mkdirSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { importTextPair } from '../../shared/formats/plain-text';
import type { LanguageCode } from '../../shared/model/languages';
import { readTextFile } from './files';
import { ProjectStore } from './store';

export const SAMPLE = {
  folder: 'venezuela-cabello',
  source: 'es.txt',
  target: 'en.machine.txt',
  sourceLang: 'es',
  targetLang: 'en',
  name: 'Venezuela — contacts between the US and Diosdado Cabello',
} as const;

/** Where projects live unless told otherwise: $COTEJO_DATA_DIR, else the XDG data folder. */
export function defaultDataDir(): string {
  if (process.env.COTEJO_DATA_DIR) return process.env.COTEJO_DATA_DIR;
  const base = process.env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(base, 'cotejo');
}

export interface TextPairProjectInput {
  name: string;
  sourcePath: string;
  targetPath: string;
  sourceLang: LanguageCode;
  targetLang: LanguageCode;
}

export function createTextPairProject(projectPath: string, input: TextPairProjectInput): ProjectStore {
  const { pairs, gaps } = importTextPair(readTextFile(input.sourcePath), readTextFile(input.targetPath));
  return ProjectStore.create(projectPath, {
    info: {
      name: input.name,
      sourceLang: input.sourceLang,
      targetLang: input.targetLang,
      sourceFile: input.sourcePath,
      targetFile: input.targetPath,
    },
    pairs,
    gaps,
  });
}

/** The built-in sample project: made from examples/ on first use, then reopened with the user's work in it. */
export function openSampleProject(appRoot: string, dataDir = defaultDataDir()): ProjectStore {
  const projects = join(dataDir, 'projects');
  mkdirSync(projects, { recursive: true });
  const path = join(projects, `${SAMPLE.folder}.cotejo`);
  if (existsSync(path)) return ProjectStore.open(path);
  const folder = join(appRoot, 'examples', SAMPLE.folder);
  return createTextPairProject(path, {
    name: SAMPLE.name,
    sourcePath: join(folder, SAMPLE.source),
    targetPath: join(folder, SAMPLE.target),
    sourceLang: SAMPLE.sourceLang,
    targetLang: SAMPLE.targetLang,
  });
}
