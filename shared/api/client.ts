import { WORKBENCH_METHODS, type WorkbenchApi, type WorkbenchMethod } from './workbench-api';

export type Invoke = (method: WorkbenchMethod, args: unknown[]) => Promise<unknown>;

/** A typed WorkbenchApi over any transport: one function that sends a method name and its arguments. */
export function createApiClient(invoke: Invoke): WorkbenchApi {
  const client: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const method of WORKBENCH_METHODS) {
    client[method] = (...args: unknown[]) => invoke(method, args);
  }
  return client as unknown as WorkbenchApi;
}
