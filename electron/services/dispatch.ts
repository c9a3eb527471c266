import {
  ApiValidationError,
  isWorkbenchMethod,
  validateArgs,
  type ApiErrorPayload,
  type WorkbenchApi,
  type WorkbenchMethod,
} from '../../shared/api/workbench-api';
import { WorkflowError } from '../../shared/review/workflow';

export type DispatchResult = { ok: true; value: unknown } | { ok: false; status: number; error: ApiErrorPayload };

/** The one place a transport's untrusted call becomes a validated WorkbenchApi call. */
export async function dispatch(api: WorkbenchApi, method: string, args: unknown): Promise<DispatchResult> {
  if (!isWorkbenchMethod(method)) {
    return { ok: false, status: 404, error: { name: 'ApiValidationError', message: `Unknown method: ${method}` } };
  }
  try {
    if (!Array.isArray(args)) throw new ApiValidationError('arguments must be an array');
    const valid = validateArgs(method, args);
    const call = api[method] as (...a: unknown[]) => Promise<unknown>;
    return { ok: true, value: await call.apply(api, valid as unknown[]) };
  } catch (error) {
    return { ok: false, ...errorPayload(error, method) };
  }
}

function errorPayload(error: unknown, method: WorkbenchMethod): { status: number; error: ApiErrorPayload } {
  if (error instanceof ApiValidationError) {
    return { status: 400, error: { name: error.name, message: `${method}: ${error.message}` } };
  }
  if (error instanceof WorkflowError) {
    const status = { forbidden: 403, invalid: 422, conflict: 409, 'not-found': 404 }[error.code];
    return { status, error: { name: error.name, message: error.message, code: error.code } };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { status: 500, error: { name: 'Error', message } };
}
