import { app, dialog } from 'electron';
import { join } from 'node:path';
import { openSampleProject } from '../services/sample';
import { ProjectStore } from '../services/store';
import { Workbench } from '../services/workbench';
import { registerWorkbenchIpc } from './ipc';
import { createSecureWindow } from './window';

// dist/electron/main.cjs → the app's root folder holds examples/ and dist/renderer/.
const appRoot = join(__dirname, '..', '..');
const indexFile = join(appRoot, 'dist', 'renderer', 'index.html');
const preloadFile = join(__dirname, 'preload.cjs');

function projectArgument(argv: string[]): string | undefined {
  const at = argv.indexOf('--project');
  return at >= 0 ? argv[at + 1] : undefined;
}

async function start(): Promise<void> {
  await app.whenReady();
  const dataDir = process.env.COTEJO_DATA_DIR ?? app.getPath('userData');
  let workbench: Workbench;
  try {
    const project = projectArgument(process.argv);
    workbench = new Workbench(project ? ProjectStore.open(project) : openSampleProject(appRoot, dataDir));
  } catch (error) {
    dialog.showErrorBox('Cotejo cannot open the project', (error as Error).message);
    app.exit(1);
    return;
  }
  registerWorkbenchIpc(workbench, indexFile);
  createSecureWindow({ indexFile, preloadFile, title: 'Cotejo' });
  app.on('window-all-closed', () => {
    workbench.close();
    app.quit();
  });
}

void start();
