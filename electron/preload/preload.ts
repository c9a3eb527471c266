import { contextBridge, ipcRenderer } from 'electron';
import { createApiClient } from '../../shared/api/client';
import { IPC_CHANNEL_PREFIX, type ApiErrorPayload, type WorkbenchApi } from '../../shared/api/workbench-api';

type Reply = { ok: true; value: unknown } | { ok: false; error: ApiErrorPayload };

const api: WorkbenchApi = createApiClient(async (method, args) => {
  const reply = (await ipcRenderer.invoke(`${IPC_CHANNEL_PREFIX}${method}`, args)) as Reply;
  if (reply.ok) return reply.value;
  throw Object.assign(new Error(reply.error.message), { name: reply.error.name, code: reply.error.code });
});

// Named methods only: the page gets WorkbenchApi, never ipcRenderer.
contextBridge.exposeInMainWorld('cotejo', { ...api } satisfies WorkbenchApi);
