/** The one window factory: every window Cotejo opens gets the security baseline from here. */
import { BrowserWindow, session } from 'electron';
import { pathToFileURL } from 'node:url';

export interface SecureWindowOptions {
  indexFile: string;
  preloadFile: string;
  title: string;
}

export function createSecureWindow(options: SecureWindowOptions): BrowserWindow {
  const indexUrl = pathToFileURL(options.indexFile).href;
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 800,
    minHeight: 500,
    title: options.title,
    show: false,
    webPreferences: {
      preload: options.preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    },
  });
  // No remote content: no new windows, no navigation away from the app's own page, no permissions.
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.webContents.on('will-navigate', (event, url) => {
    if (url !== indexUrl) event.preventDefault();
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  session.defaultSession.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(indexUrl);
  return window;
}

export function isAppFrame(frameUrl: string | undefined, indexFile: string): boolean {
  return frameUrl === pathToFileURL(indexFile).href;
}
