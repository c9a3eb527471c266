import type { Flag } from './flag';
import type { LanguageCode } from './languages';

export const SEGMENT_STATES = ['mt', 'edited', 'approved', 'rejected'] as const;
export type SegmentState = (typeof SEGMENT_STATES)[number];

export const ROLES = ['translator', 'editor'] as const;
export type Role = (typeof ROLES)[number];

export const REVISION_KINDS = ['mt', 'edit', 'suggestion', 'approve', 'reject'] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];

export interface Profile {
  name: string;
  role: Role;
}

export interface Segment {
  id: number;
  index: number;
  source: string;
  /** The machine translation as imported; never changes. */
  mt: string;
  /** The current target text. */
  target: string;
  state: SegmentState;
  /** Bumped on every change; an edit sent against an older version is refused. */
  version: number;
}

export interface SegmentView extends Segment {
  flags: Flag[];
}

export interface Revision {
  id: number;
  segmentId: number;
  kind: RevisionKind;
  text: string;
  author: string;
  role: Role;
  createdAt: string;
  comment: string | null;
}

export interface ProjectInfo {
  name: string;
  sourceLang: LanguageCode;
  targetLang: LanguageCode;
  sourceFile: string;
  targetFile: string;
  createdAt: string;
}

export interface ProjectView {
  info: ProjectInfo;
  profile: Profile;
  segments: SegmentView[];
}

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  content: string;
}
