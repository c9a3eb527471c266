/**
 * One SQLite file per project (node:sqlite). Revisions are append-only; every change writes the revision row and
 * the segment's current text in one transaction, so what the UI was told is saved survives a crash.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import type { LanguageCode } from '../../shared/model/languages';
import { isLanguageCode } from '../../shared/model/languages';
import type { Profile, ProjectInfo, Revision, RevisionKind, Role, Segment, SegmentState } from '../../shared/model/project';
import { WorkflowError } from '../../shared/review/workflow';
import type { TextPair } from '../../shared/formats/plain-text';

// 'Cotj': tells our files from any other SQLite database a user might open by mistake.
const APPLICATION_ID = 0x436f746a;
const SCHEMA_VERSION = 1;

const SCHEMA = `
CREATE TABLE project (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL,
  source_lang TEXT NOT NULL,
  target_lang TEXT NOT NULL,
  source_file TEXT NOT NULL,
  target_file TEXT NOT NULL,
  gaps TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE segments (
  id INTEGER PRIMARY KEY,
  idx INTEGER NOT NULL UNIQUE,
  source TEXT NOT NULL,
  mt TEXT NOT NULL,
  target TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('mt', 'edited', 'approved', 'rejected')),
  version INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE revisions (
  id INTEGER PRIMARY KEY,
  segment_id INTEGER NOT NULL REFERENCES segments(id),
  kind TEXT NOT NULL CHECK (kind IN ('mt', 'edit', 'suggestion', 'approve', 'reject')),
  text TEXT NOT NULL,
  author TEXT NOT NULL,
  role TEXT NOT NULL,
  created_at TEXT NOT NULL,
  comment TEXT
);
CREATE INDEX revisions_by_segment ON revisions(segment_id, id);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`;

export class ProjectFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProjectFileError';
  }
}

export interface NewProject {
  info: Omit<ProjectInfo, 'createdAt'>;
  pairs: TextPair[];
  gaps: string[];
}

interface SegmentRow {
  id: number;
  idx: number;
  source: string;
  mt: string;
  target: string;
  state: SegmentState;
  version: number;
}

interface RevisionRow {
  id: number;
  segment_id: number;
  kind: RevisionKind;
  text: string;
  author: string;
  role: Role;
  created_at: string;
  comment: string | null;
}

function toSegment(row: SegmentRow): Segment {
  return { id: row.id, index: row.idx, source: row.source, mt: row.mt, target: row.target, state: row.state, version: row.version };
}

function toRevision(row: RevisionRow): Revision {
  return {
    id: row.id,
    segmentId: row.segment_id,
    kind: row.kind,
    text: row.text,
    author: row.author,
    role: row.role,
    createdAt: row.created_at,
    comment: row.comment,
  };
}

export class ProjectStore {
  private constructor(
    private readonly db: DatabaseSync,
    readonly path: string,
  ) {}

  /** Builds the project in a temporary file and renames it into place: a half-built project never exists. */
  static create(path: string, project: NewProject, now = new Date()): ProjectStore {
    if (existsSync(path)) throw new ProjectFileError(`A file already exists at ${path}`);
    const temporary = `${path}.creating`;
    rmSync(temporary, { force: true });
    const db = new DatabaseSync(temporary);
    try {
      db.exec(`PRAGMA application_id = ${APPLICATION_ID}; PRAGMA user_version = ${SCHEMA_VERSION};`);
      db.exec('BEGIN');
      db.exec(SCHEMA);
      const createdAt = now.toISOString();
      db.prepare(
        'INSERT INTO project (id, name, source_lang, target_lang, source_file, target_file, gaps, created_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?)',
      ).run(project.info.name, project.info.sourceLang, project.info.targetLang, project.info.sourceFile, project.info.targetFile, JSON.stringify(project.gaps), createdAt);
      const insertSegment = db.prepare("INSERT INTO segments (idx, source, mt, target, state) VALUES (?, ?, ?, ?, 'mt')");
      const insertRevision = db.prepare(
        "INSERT INTO revisions (segment_id, kind, text, author, role, created_at) VALUES (?, 'mt', ?, 'MT', 'translator', ?)",
      );
      project.pairs.forEach((pair, i) => {
        const { lastInsertRowid } = insertSegment.run(i, pair.source, pair.target, pair.target);
        insertRevision.run(Number(lastInsertRowid), pair.target, createdAt);
      });
      db.exec('COMMIT');
    } catch (error) {
      db.close();
      rmSync(temporary, { force: true });
      throw error;
    }
    db.close();
    renameSync(temporary, path);
    return ProjectStore.open(path);
  }

  static open(path: string): ProjectStore {
    if (!existsSync(path)) throw new ProjectFileError(`No project file at ${path}`);
    let db: DatabaseSync;
    try {
      // Read-only first: a foreign or damaged file must be left exactly as it was.
      const probe = new DatabaseSync(path, { readOnly: true });
      try {
        const app = probe.prepare('PRAGMA application_id').get() as { application_id: number };
        if (app.application_id !== APPLICATION_ID) throw new ProjectFileError(`${path} is not a Cotejo project`);
        const version = probe.prepare('PRAGMA user_version').get() as { user_version: number };
        if (version.user_version > SCHEMA_VERSION) {
          throw new ProjectFileError(`${path} was made by a newer version of Cotejo (schema ${version.user_version})`);
        }
      } finally {
        probe.close();
      }
      db = new DatabaseSync(path);
    } catch (error) {
      if (error instanceof ProjectFileError) throw error;
      throw new ProjectFileError(`${path} cannot be opened as a Cotejo project: ${(error as Error).message}`);
    }
    db.exec('PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;');
    return new ProjectStore(db, path);
  }

  info(): ProjectInfo & { gaps: string[] } {
    const row = this.db.prepare('SELECT * FROM project WHERE id = 1').get() as Record<string, string> | undefined;
    if (!row) throw new ProjectFileError(`${this.path} holds no project`);
    const sourceLang = row.source_lang;
    const targetLang = row.target_lang;
    if (!isLanguageCode(sourceLang) || !isLanguageCode(targetLang)) throw new ProjectFileError('Unknown languages in project');
    return {
      name: row.name ?? '',
      sourceLang: sourceLang as LanguageCode,
      targetLang: targetLang as LanguageCode,
      sourceFile: row.source_file ?? '',
      targetFile: row.target_file ?? '',
      createdAt: row.created_at ?? '',
      gaps: JSON.parse(row.gaps ?? '[]') as string[],
    };
  }

  segments(): Segment[] {
    return (this.db.prepare('SELECT * FROM segments ORDER BY idx').all() as unknown as SegmentRow[]).map(toSegment);
  }

  segment(id: number): Segment {
    const row = this.db.prepare('SELECT * FROM segments WHERE id = ?').get(id) as SegmentRow | undefined;
    if (!row) throw new WorkflowError(`No segment with id ${id}`, 'not-found');
    return toSegment(row);
  }

  history(segmentId: number): Revision[] {
    this.segment(segmentId);
    const rows = this.db.prepare('SELECT * FROM revisions WHERE segment_id = ? ORDER BY id').all(segmentId);
    return (rows as unknown as RevisionRow[]).map(toRevision);
  }

  profile(): Profile | null {
    const row = this.db.prepare("SELECT value FROM settings WHERE key = 'profile'").get() as { value: string } | undefined;
    return row ? (JSON.parse(row.value) as Profile) : null;
  }

  setProfile(profile: Profile): Profile {
    this.db.prepare("INSERT INTO settings (key, value) VALUES ('profile', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(JSON.stringify(profile));
    return profile;
  }

  /** Records a change: the revision row and the segment's new text and state together, or neither. */
  applyChange(change: {
    segmentId: number;
    baseVersion: number | null;
    kind: RevisionKind;
    text: string;
    state: SegmentState;
    comment: string | null;
    profile: Profile;
    now?: Date;
  }): Segment {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const current = this.segment(change.segmentId);
      if (change.baseVersion !== null && change.baseVersion !== current.version) {
        throw new WorkflowError(
          `Segment ${current.index + 1} was changed elsewhere (version ${current.version}, yours ${change.baseVersion}). Current text: "${current.target}"`,
          'conflict',
        );
      }
      this.db
        .prepare('INSERT INTO revisions (segment_id, kind, text, author, role, created_at, comment) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(change.segmentId, change.kind, change.text, change.profile.name, change.profile.role, (change.now ?? new Date()).toISOString(), change.comment);
      this.db
        .prepare('UPDATE segments SET target = ?, state = ?, version = version + 1 WHERE id = ?')
        .run(change.text, change.state, change.segmentId);
      this.db.exec('COMMIT');
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }
    return this.segment(change.segmentId);
  }

  close(): void {
    if (this.db.isOpen) this.db.close();
  }
}
