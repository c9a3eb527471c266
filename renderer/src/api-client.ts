import { createApiClient } from '../../shared/api/client';
import type { ApiErrorPayload, WorkbenchApi } from '../../shared/api/workbench-api';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a browser. */
    cotejo?: WorkbenchApi;
  }
}

export class ApiError extends Error {
  constructor(
    readonly payload: ApiErrorPayload,
    readonly status: number,
  ) {
    super(payload.message);
    this.name = payload.name;
  }
}

function httpApi(): WorkbenchApi {
  const token = document.querySelector<HTMLMetaElement>('meta[name="cotejo-token"]')?.content ?? '';
  return createApiClient(async (method, args) => {
    let response: Response;
    try {
      response = await fetch(`api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-cotejo-token': token },
        body: JSON.stringify(args),
      });
    } catch {
      throw new ApiError({ name: 'NetworkError', message: 'The Cotejo host is not reachable. Is `npm run web` still running?' }, 0);
    }
    const body = (await response.json().catch(() => ({}))) as { value?: unknown; error?: ApiErrorPayload };
    if (!response.ok) throw new ApiError(body.error ?? { name: 'Error', message: `HTTP ${response.status}` }, response.status);
    return body.value;
  });
}

/** The same typed WorkbenchApi whether the page runs in Electron (IPC bridge) or in a browser (HTTP). */
export function connectApi(): WorkbenchApi {
  return window.cotejo ?? httpApi();
}
