import type { Profile, ProjectView, Revision, SegmentView, ExportedFile, Role } from '../model/project';
import { ROLES } from '../model/project';
import type { ReviewDecision } from '../review/workflow';

export interface SaveTargetArgs {
  segmentId: number;
  text: string;
  /** The segment version the edit was made on; a stale one is refused, so no update is lost silently. */
  baseVersion: number;
  kind: 'edit' | 'suggestion';
}

export interface ReviewArgs {
  segmentId: number;
  decision: ReviewDecision;
  comment: string | null;
}

export interface SegmentRef {
  segmentId: number;
}

export type ExportFormat = 'txt';

/** A change to one segment, and the others whose flags it moved (document-level checks such as consistency). */
export interface ChangeResult {
  segment: SegmentView;
  affected: SegmentView[];
}

/** The single door between the UI and everything else: Electron IPC, the HTTP host and the CLI all reach this. */
export interface WorkbenchApi {
  getProject(): Promise<ProjectView>;
  saveTarget(args: SaveTargetArgs): Promise<ChangeResult>;
  review(args: ReviewArgs): Promise<ChangeResult>;
  getHistory(args: SegmentRef): Promise<Revision[]>;
  setProfile(args: Profile): Promise<Profile>;
  exportTranslation(args: { format: ExportFormat }): Promise<ExportedFile>;
}

export type WorkbenchMethod = keyof WorkbenchApi;
export type WorkbenchArgs<M extends WorkbenchMethod> = Parameters<WorkbenchApi[M]>;
export type WorkbenchResult<M extends WorkbenchMethod> = Awaited<ReturnType<WorkbenchApi[M]>>;

export class ApiValidationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ApiValidationError';
  }
}

type Validator<M extends WorkbenchMethod> = (args: readonly unknown[]) => WorkbenchArgs<M>;

function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ApiValidationError(`${what} must be an object`);
  }
  return value as Record<string, unknown>;
}

function integer(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new ApiValidationError(`${what} must be a non-negative integer`);
  }
  return value;
}

function text(value: unknown, what: string, maxLength = 1_000_000): string {
  if (typeof value !== 'string') throw new ApiValidationError(`${what} must be a string`);
  if (value.length > maxLength) throw new ApiValidationError(`${what} is longer than ${maxLength} characters`);
  return value;
}

function oneOf<T extends string>(value: unknown, options: readonly T[], what: string): T {
  if (typeof value !== 'string' || !(options as readonly string[]).includes(value)) {
    throw new ApiValidationError(`${what} must be one of: ${options.join(', ')}`);
  }
  return value as T;
}

function noArgs(args: readonly unknown[]): [] {
  if (args.length > 0) throw new ApiValidationError('this method takes no arguments');
  return [];
}

function single(args: readonly unknown[], what: string): Record<string, unknown> {
  if (args.length !== 1) throw new ApiValidationError(`expected one argument: ${what}`);
  return record(args[0], what);
}

export const WORKBENCH_VALIDATORS: { [M in WorkbenchMethod]: Validator<M> } = {
  getProject: noArgs,
  saveTarget(args) {
    const a = single(args, 'saveTarget arguments');
    return [
      {
        segmentId: integer(a.segmentId, 'segmentId'),
        text: text(a.text, 'text'),
        baseVersion: integer(a.baseVersion, 'baseVersion'),
        kind: oneOf(a.kind, ['edit', 'suggestion'] as const, 'kind'),
      },
    ];
  },
  review(args) {
    const a = single(args, 'review arguments');
    return [
      {
        segmentId: integer(a.segmentId, 'segmentId'),
        decision: oneOf(a.decision, ['approve', 'reject'] as const, 'decision'),
        comment: a.comment === null || a.comment === undefined ? null : text(a.comment, 'comment', 10_000),
      },
    ];
  },
  getHistory(args) {
    const a = single(args, 'getHistory arguments');
    return [{ segmentId: integer(a.segmentId, 'segmentId') }];
  },
  setProfile(args) {
    const a = single(args, 'profile');
    const name = text(a.name, 'name', 200).trim();
    if (name === '') throw new ApiValidationError('name must not be empty');
    return [{ name, role: oneOf<Role>(a.role, ROLES, 'role') }];
  },
  exportTranslation(args) {
    const a = single(args, 'export arguments');
    return [{ format: oneOf(a.format, ['txt'] as const, 'format') }];
  },
};

export const WORKBENCH_METHODS = Object.keys(WORKBENCH_VALIDATORS) as WorkbenchMethod[];

export function isWorkbenchMethod(name: string): name is WorkbenchMethod {
  return Object.hasOwn(WORKBENCH_VALIDATORS, name);
}

export function validateArgs<M extends WorkbenchMethod>(method: M, args: readonly unknown[]): WorkbenchArgs<M> {
  return WORKBENCH_VALIDATORS[method](args);
}

/** Errors cross every transport as this shape, so the UI can say what went wrong whatever carried the call. */
export interface ApiErrorPayload {
  name: string;
  message: string;
  code?: string;
}

/** Electron IPC channel of a method: `cotejo:<method>`. */
export const IPC_CHANNEL_PREFIX = 'cotejo:';
