import { userInfo } from 'node:os';
import { basename } from 'node:path';
import type { ChangeResult, ReviewArgs, SaveTargetArgs, WorkbenchApi } from '../../shared/api/workbench-api';
import { DocumentChecker } from '../../shared/checks/engine';
import { exportTextTranslation } from '../../shared/formats/plain-text';
import type { ExportedFile, Profile, ProjectView, Revision, Segment, SegmentView } from '../../shared/model/project';
import { stateAfterReview } from '../../shared/review/workflow';
import { ProjectStore } from './store';

/** WorkbenchApi implemented once, in Node: Electron IPC, the HTTP host and the CLI all call this class. */
export class Workbench implements WorkbenchApi {
  private readonly checker: DocumentChecker;
  /** segment id → its position in the document, as the checker knows it */
  private readonly positions = new Map<number, number>();

  constructor(private readonly store: ProjectStore) {
    const info = store.info();
    const segments = store.segments();
    this.checker = new DocumentChecker(segments, info.sourceLang, info.targetLang);
    segments.forEach((segment, position) => this.positions.set(segment.id, position));
  }

  static open(path: string): Workbench {
    return new Workbench(ProjectStore.open(path));
  }

  /** Until the user says otherwise, edits are signed with their system login, as a translator. */
  private profile(): Profile {
    return this.store.profile() ?? { name: systemUserName(), role: 'translator' };
  }

  get projectPath(): string {
    return this.store.path;
  }

  private view(segment: Segment): SegmentView {
    const position = this.positions.get(segment.id);
    return { ...segment, flags: position === undefined ? [] : this.checker.flagsAt(position) };
  }

  /** Re-checks the changed segment; other segments whose document-level flags moved come back too. */
  private changed(segment: Segment): ChangeResult {
    const position = this.positions.get(segment.id);
    const moved = position === undefined ? [] : this.checker.update(position, segment.target);
    const others = new Set(moved.filter((p) => p !== position));
    const affected = others.size > 0 ? this.store.segments().filter((_, p) => others.has(p)).map((s) => this.view(s)) : [];
    return { segment: this.view(segment), affected };
  }

  async getProject(): Promise<ProjectView> {
    const { gaps: _gaps, ...info } = this.store.info();
    return { info, profile: this.profile(), segments: this.store.segments().map((s) => this.view(s)) };
  }

  async saveTarget(args: SaveTargetArgs): Promise<ChangeResult> {
    const segment = this.store.applyChange({
      segmentId: args.segmentId,
      baseVersion: args.baseVersion,
      kind: args.kind,
      text: args.text,
      state: 'edited',
      comment: null,
      profile: this.profile(),
    });
    return this.changed(segment);
  }

  async review(args: ReviewArgs): Promise<ChangeResult> {
    const profile = this.profile();
    const current = this.store.segment(args.segmentId);
    const state = stateAfterReview(profile.role, current.state, args.decision, args.comment);
    const segment = this.store.applyChange({
      segmentId: args.segmentId,
      baseVersion: null,
      kind: args.decision,
      text: current.target,
      state,
      comment: args.comment?.trim() || null,
      profile,
    });
    return this.changed(segment);
  }

  async getHistory(args: { segmentId: number }): Promise<Revision[]> {
    return this.store.history(args.segmentId);
  }

  async setProfile(profile: Profile): Promise<Profile> {
    return this.store.setProfile(profile);
  }

  async exportTranslation(_args: { format: 'txt' }): Promise<ExportedFile> {
    const info = this.store.info();
    const content = exportTextTranslation(info.gaps, this.store.segments().map((s) => s.target));
    const stem = basename(info.sourceFile).replace(/\.[^.]+$/, '') || 'translation';
    return { fileName: `${stem}.${info.targetLang}.txt`, mimeType: 'text/plain;charset=utf-8', content };
  }

  close(): void {
    this.store.close();
  }
}

function systemUserName(): string {
  try {
    return userInfo().username || 'translator';
  } catch {
    return 'translator';
  }
}
