import { ipcMain } from 'electron';
import { IPC_CHANNEL_PREFIX, WORKBENCH_METHODS, type WorkbenchApi } from '../../shared/api/workbench-api';
import { dispatch, type DispatchResult } from '../services/dispatch';
import { isAppFrame } from './window';

/** One handler per named method; calls from any frame but the app's own page are refused. */
export function registerWorkbenchIpc(api: WorkbenchApi, indexFile: string): void {
  for (const method of WORKBENCH_METHODS) {
    ipcMain.handle(`${IPC_CHANNEL_PREFIX}${method}`, async (event, args: unknown): Promise<DispatchResult> => {
      if (!isAppFrame(event.senderFrame?.url, indexFile)) {
        return { ok: false, status: 403, error: { name: 'Forbidden', message: 'Call from an unknown frame refused' } };
      }
      return dispatch(api, method, args);
    });
  }
}
