import { readFileSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTextPairProject, openSampleProject } from '../../electron/services/sample';
import { ProjectFileError, ProjectStore } from '../../electron/services/store';
import { Workbench } from '../../electron/services/workbench';
import { ROOT, SAMPLE_SOURCE, SAMPLE_TARGET } from '../helpers/paths';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();

function smallProject(dir: string): string {
  writeFileSync(join(dir, 'es.txt'), 'Hola.\n\nEl enviado de Cabello llegó.\n');
  writeFileSync(join(dir, 'en.txt'), 'Hello.\n\nThe Hair envoy arrived.\n');
  const path = join(dir, 'p.cotejo');
  createTextPairProject(path, { name: 'p', sourcePath: join(dir, 'es.txt'), targetPath: join(dir, 'en.txt'), sourceLang: 'es', targetLang: 'en' }).close();
  return path;
}

describe('project store', () => {
  it('creates the sample project once and reopens it with the work in it', async () => {
    const data = tempDir();
    const first = new Workbench(openSampleProject(ROOT, data));
    const project = await first.getProject();
    expect(project.segments.length).toBeGreaterThan(20);
    const segment = project.segments[1]!;
    await first.saveTarget({ segmentId: segment.id, text: 'Edited text.', baseVersion: segment.version, kind: 'edit' });
    first.close();

    const again = new Workbench(openSampleProject(ROOT, data));
    const reopened = await again.getProject();
    expect(reopened.segments[1]).toMatchObject({ target: 'Edited text.', state: 'edited', mt: segment.mt });
    const history = await again.getHistory({ segmentId: segment.id });
    expect(history.map((r) => r.kind)).toEqual(['mt', 'edit']);
    again.close();
  });

  it('records every change as an append-only revision and re-checks the edited segment', async () => {
    const path = smallProject(tempDir());
    const workbench = Workbench.open(path);
    const [, segment] = (await workbench.getProject()).segments;
    expect(segment!.flags.map((f) => f.check)).toContain('name-as-word');
    const { segment: saved } = await workbench.saveTarget({ segmentId: segment!.id, text: 'The Cabello envoy arrived.', baseVersion: segment!.version, kind: 'suggestion' });
    expect(saved.flags.filter((f) => f.check === 'name-as-word')).toEqual([]);
    expect(saved.version).toBe(segment!.version + 1);

    await workbench.setProfile({ name: 'Elena', role: 'editor' });
    const { segment: rejected } = await workbench.review({ segmentId: segment!.id, decision: 'reject', comment: 'Say "an envoy of Cabello".' });
    expect(rejected.state).toBe('rejected');
    const { segment: approved } = await workbench.review({ segmentId: segment!.id, decision: 'approve', comment: null });
    expect(approved.state).toBe('approved');
    const history = await workbench.getHistory({ segmentId: segment!.id });
    expect(history.map((r) => [r.kind, r.author, r.role])).toEqual([
      ['mt', 'MT', 'translator'],
      ['suggestion', userInfo().username, 'translator'],
      ['reject', 'Elena', 'editor'],
      ['approve', 'Elena', 'editor'],
    ]);
    expect(history[2]!.comment).toBe('Say "an envoy of Cabello".');
    workbench.close();
  });

  it('refuses an edit made against a stale version, showing the current text, and keeps the newer edit', async () => {
    const workbench = Workbench.open(smallProject(tempDir()));
    const [segment] = (await workbench.getProject()).segments;
    await workbench.saveTarget({ segmentId: segment!.id, text: 'Hi.', baseVersion: segment!.version, kind: 'edit' });
    await expect(workbench.saveTarget({ segmentId: segment!.id, text: 'Hey.', baseVersion: segment!.version, kind: 'edit' })).rejects.toThrow(
      /changed elsewhere.*"Hi\."/,
    );
    expect((await workbench.getProject()).segments[0]!.target).toBe('Hi.');
    workbench.close();
  });

  it('enforces the roles in the service, not only in the UI', async () => {
    const workbench = Workbench.open(smallProject(tempDir()));
    const [segment] = (await workbench.getProject()).segments;
    await expect(workbench.review({ segmentId: segment!.id, decision: 'approve', comment: null })).rejects.toThrow(/Only an editor/);
    await workbench.setProfile({ name: 'Elena', role: 'editor' });
    await expect(workbench.review({ segmentId: segment!.id, decision: 'reject', comment: '' })).rejects.toThrow(/comment is required/);
    expect((await workbench.getHistory({ segmentId: segment!.id })).map((r) => r.kind)).toEqual(['mt']);
    workbench.close();
  });

  it('exports the clean translation in the source layout', async () => {
    const data = tempDir();
    const workbench = new Workbench(openSampleProject(ROOT, data));
    const file = await workbench.exportTranslation({ format: 'txt' });
    expect(file.fileName).toBe('es.en.txt');
    const source = readFileSync(SAMPLE_SOURCE, 'utf8');
    const target = readFileSync(SAMPLE_TARGET, 'utf8');
    expect(file.content.split('\n').length).toBe(source.split('\n').length);
    expect(file.content).toContain('  • Donald Trump');
    const paragraphs = (text: string): string[] =>
      text.split('\n').map((line) => line.replace(/^\s*[•-]\s*/u, '').trim()).filter(Boolean);
    expect(paragraphs(file.content)).toEqual(paragraphs(target));
    workbench.close();
  });

  it('refuses a file that is not a Cotejo project and leaves it untouched', () => {
    const dir = tempDir();
    const foreign = join(dir, 'notes.cotejo');
    writeFileSync(foreign, 'just some text, not a database');
    expect(() => ProjectStore.open(foreign)).toThrow(ProjectFileError);
    expect(readFileSync(foreign, 'utf8')).toBe('just some text, not a database');
    expect(() => ProjectStore.open(join(dir, 'missing.cotejo'))).toThrow(/No project file/);
  });
});
