import { useTranslation } from 'react-i18next';
import type { SegmentState } from '../../../shared/model/project';

const ICONS: Record<SegmentState, string> = { mt: '○', edited: '✎', approved: '✔', rejected: '✖' };

/** State as icon and word, never colour alone. */
export function StateBadge({ state }: { state: SegmentState }) {
  const { t } = useTranslation();
  return (
    <span className={`state state-${state}`} data-state={state}>
      <span aria-hidden="true">{ICONS[state]}</span> {t(`state.${state}`)}
    </span>
  );
}
