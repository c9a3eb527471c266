import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SegmentView } from '../../../shared/model/project';
import { HighlightedText } from './highlighted-text';
import { StateBadge } from './state-badge';

interface Props {
  segments: readonly SegmentView[];
  selectedId: number | null;
  draft: string;
  activeFlag: string | null;
  onSelect: (id: number) => void;
  onDraft: (text: string) => void;
  onSave: () => void;
  onCancel: () => void;
  onHoverFlag: (key: string | null) => void;
}

export function SegmentGrid(props: Props) {
  const { t } = useTranslation();
  const { segments, selectedId } = props;
  return (
    <div className="grid" role="grid" aria-label={t('grid.label')} aria-rowcount={segments.length + 1}>
      <div className="grid-row grid-header" role="row" aria-rowindex={1}>
        <span role="columnheader">{t('grid.number')}</span>
        <span role="columnheader">{t('grid.source')}</span>
        <span role="columnheader">{t('grid.target')}</span>
        <span role="columnheader">{t('grid.state')}</span>
      </div>
      {segments.map((segment, i) => (
        <SegmentRow key={segment.id} {...props} segment={segment} rowIndex={i + 2} selected={segment.id === selectedId} />
      ))}
    </div>
  );
}

function SegmentRow(props: Props & { segment: SegmentView; rowIndex: number; selected: boolean }) {
  const { t } = useTranslation();
  const { segment, selected } = props;
  const editor = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (selected) editor.current?.focus();
  }, [selected]);
  return (
    <div
      className={`grid-row${selected ? ' selected' : ''}`}
      role="row"
      aria-rowindex={props.rowIndex}
      aria-selected={selected}
      data-testid={`segment-${segment.index + 1}`}
      data-segment-id={segment.id}
      onClick={() => !selected && props.onSelect(segment.id)}
    >
      <span role="gridcell" className="cell-number">
        {segment.index + 1}
        {segment.flags.length > 0 && (
          <span className={`flag-count severity-${segment.flags[0]!.severity}`} title={t('status.flags', { count: segment.flags.length })}>
            ⚑{segment.flags.length}
          </span>
        )}
      </span>
      <span role="gridcell" className="cell-source" lang="und">
        <HighlightedText text={segment.source} flags={segment.flags} side="source" segmentId={segment.id} activeKey={props.activeFlag} onHover={props.onHoverFlag} />
      </span>
      <span role="gridcell" className="cell-target">
        {selected ? (
          <textarea
            ref={editor}
            className="target-editor"
            aria-label={t('editor.label', { number: segment.index + 1 })}
            value={props.draft}
            rows={Math.max(3, Math.ceil(props.draft.length / 45) + 1)}
            onChange={(e) => props.onDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                props.onSave();
              } else if (e.key === 'Escape') {
                e.preventDefault();
                props.onCancel();
              }
            }}
          />
        ) : (
          <HighlightedText text={segment.target} flags={segment.flags} side="target" segmentId={segment.id} activeKey={props.activeFlag} onHover={props.onHoverFlag} />
        )}
      </span>
      <span role="gridcell" className="cell-state">
        <StateBadge state={segment.state} />
      </span>
    </div>
  );
}
