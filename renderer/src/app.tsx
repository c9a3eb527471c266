import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangeResult, WorkbenchApi } from '../../shared/api/workbench-api';
import type { UiLocale } from '../../shared/i18n';
import type { Flag } from '../../shared/model/flag';
import type { ProjectView, Revision, Role } from '../../shared/model/project';
import { Inspector } from './components/inspector';
import { SegmentGrid } from './components/segment-grid';
import { StatusBar } from './components/status-bar';
import { Toolbar } from './components/toolbar';
import { changeLocale } from './i18n';
import { applySuggestion, replaceSegment } from './state';

function download(fileName: string, mimeType: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function App({ api }: { api: WorkbenchApi }) {
  const { t, i18n } = useTranslation();
  const [project, setProject] = useState<ProjectView | null>(null);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [draft, setDraft] = useState('');
  const [history, setHistory] = useState<Revision[]>([]);
  const [activeFlag, setActiveFlag] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = useCallback(async <T,>(action: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    try {
      const result = await action();
      setError(null);
      return result;
    } catch (e) {
      setError((e as Error).message);
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);

  useEffect(() => {
    void run(async () => setProject(await api.getProject()));
  }, [api, run]);

  const selected = project?.segments.find((s) => s.id === selectedId) ?? null;

  const select = useCallback(
    (id: number) => {
      const segment = project?.segments.find((s) => s.id === id);
      if (!segment) return;
      setSelectedId(id);
      setDraft(segment.target);
      void run(async () => setHistory(await api.getHistory({ segmentId: id })));
    },
    [api, project, run],
  );

  const afterChange = useCallback(
    async ({ segment, affected }: ChangeResult) => {
      setProject((p) => (p ? [segment, ...affected].reduce(replaceSegment, p) : p));
      setDraft(segment.target);
      setHistory(await api.getHistory({ segmentId: segment.id }));
      setNotice(t('editor.saved'));
    },
    [api, t],
  );

  const save = useCallback(
    (text: string, kind: 'edit' | 'suggestion') => {
      if (!selected) return;
      void run(async () => afterChange(await api.saveTarget({ segmentId: selected.id, text, baseVersion: selected.version, kind })));
    },
    [afterChange, api, run, selected],
  );

  const onApply = (flag: Flag, suggestion: string): void => {
    if (!selected) return;
    save(applySuggestion(draft, flag, suggestion), 'suggestion');
  };

  const onReview = (decision: 'approve' | 'reject', comment: string): void => {
    if (!selected) return;
    void run(async () => afterChange(await api.review({ segmentId: selected.id, decision, comment: comment.trim() || null })));
  };

  const onRole = (role: Role): void => {
    if (!project) return;
    void run(async () => {
      const profile = await api.setProfile({ ...project.profile, role });
      setProject((p) => (p ? { ...p, profile } : p));
    });
  };

  const onExport = (): void => {
    void run(async () => {
      const file = await api.exportTranslation({ format: 'txt' });
      download(file.fileName, file.mimeType, file.content);
      setNotice(t('toolbar.exported', { file: file.fileName }));
    });
  };

  if (!project) {
    return <main className="loading">{error ? t('app.error', { message: error }) : t('app.loading')}</main>;
  }

  return (
    <div className="app">
      <Toolbar
        info={project.info}
        role={project.profile.role}
        locale={i18n.language}
        busy={busy}
        onRole={onRole}
        onLocale={(locale: UiLocale) => void changeLocale(locale)}
        onExport={onExport}
      />
      {error && (
        <div role="alert" className="error-banner">
          {t('app.error', { message: error })}
          <button type="button" onClick={() => setError(null)}>
            {t('app.dismiss')}
          </button>
        </div>
      )}
      <main className="workspace">
        <SegmentGrid
          segments={project.segments}
          selectedId={selectedId}
          draft={draft}
          activeFlag={activeFlag}
          onSelect={select}
          onDraft={setDraft}
          onSave={() => selected && draft !== selected.target && save(draft, 'edit')}
          onCancel={() => selected && setDraft(selected.target)}
          onHoverFlag={setActiveFlag}
        />
        {selected && (
          <Inspector
            key={selected.id}
            segment={selected}
            draft={draft}
            role={project.profile.role}
            history={history}
            busy={busy}
            activeFlag={activeFlag}
            onHoverFlag={setActiveFlag}
            onApply={onApply}
            onSave={() => save(draft, 'edit')}
            onCancel={() => setDraft(selected.target)}
            onReview={onReview}
          />
        )}
      </main>
      <StatusBar segments={project.segments} notice={notice} />
    </div>
  );
}
