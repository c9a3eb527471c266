import { useTranslation } from 'react-i18next';
import { SEGMENT_STATES, type SegmentView } from '../../../shared/model/project';
import { countByState, flagCount } from '../state';

export function StatusBar({ segments, notice }: { segments: readonly SegmentView[]; notice: string | null }) {
  const { t } = useTranslation();
  const counts = countByState(segments);
  return (
    <footer className="status-bar" role="status" aria-live="polite">
      <span>{t('status.segments', { count: segments.length })}</span>
      {SEGMENT_STATES.map((state) => (
        <span key={state} className={`state-count state-${state}`} data-testid={`count-${state}`}>
          {t(`state.${state}`)}: {counts[state]}
        </span>
      ))}
      <span>{t('status.flags', { count: flagCount(segments) })}</span>
      <span className="spacer" />
      {notice && <span className="notice">{notice}</span>}
    </footer>
  );
}
