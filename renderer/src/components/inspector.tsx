import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Flag } from '../../../shared/model/flag';
import type { Revision, Role, SegmentView } from '../../../shared/model/project';
import { DiffView } from './diff-view';
import { StateBadge } from './state-badge';

interface Props {
  segment: SegmentView;
  draft: string;
  role: Role;
  history: readonly Revision[];
  busy: boolean;
  activeFlag: string | null;
  onHoverFlag: (key: string | null) => void;
  onApply: (flag: Flag, suggestion: string) => void;
  onSave: () => void;
  onCancel: () => void;
  onReview: (decision: 'approve' | 'reject', comment: string) => void;
}

export function Inspector(props: Props) {
  const { t } = useTranslation();
  const { segment, draft } = props;
  const dirty = draft !== segment.target;
  return (
    <aside className="inspector" aria-label={t('editor.label', { number: segment.index + 1 })} data-testid="inspector">
      <header className="inspector-head">
        <h2>#{segment.index + 1}</h2>
        <StateBadge state={segment.state} />
      </header>
      <div className="actions">
        <button type="button" className="primary" disabled={!dirty || props.busy} onClick={props.onSave} title={t('editor.saveHint')}>
          {t('editor.save')} <kbd>{t('editor.saveHint')}</kbd>
        </button>
        <button type="button" disabled={!dirty || props.busy} onClick={props.onCancel}>
          {t('editor.cancel')}
        </button>
      </div>

      <section aria-labelledby="flags-title">
        <h3 id="flags-title">{t('editor.flags')}</h3>
        {segment.flags.length === 0 && <p className="muted">{t('editor.noFlags')}</p>}
        <ul className="flag-list">
          {segment.flags.map((flag, i) => (
            <FlagItem key={`${flag.check}-${i}`} flag={flag} flagKey={`${segment.id}:${i}`} {...props} />
          ))}
        </ul>
      </section>

      <section aria-labelledby="diff-title">
        <h3 id="diff-title">{t('editor.diff')}</h3>
        <DiffView before={segment.mt} after={draft} />
      </section>

      <ReviewPanel {...props} />

      <section aria-labelledby="history-title">
        <h3 id="history-title">{t('editor.history')}</h3>
        <ol className="history" data-testid="history">
          {props.history.map((revision) => (
            <li key={revision.id} data-kind={revision.kind}>
              <strong>{t(`revision.${revision.kind}`)}</strong>{' '}
              <span className="muted">
                {t('revision.by', { author: revision.author, role: t(`role.${revision.role}`), time: new Date(revision.createdAt).toLocaleString() })}
              </span>
              {revision.comment && <q className="comment">{revision.comment}</q>}
              {(revision.kind === 'edit' || revision.kind === 'suggestion') && <div className="revision-text">{revision.text}</div>}
            </li>
          ))}
        </ol>
      </section>
    </aside>
  );
}

function FlagItem(props: Props & { flag: Flag; flagKey: string }) {
  const { t } = useTranslation();
  const { flag } = props;
  return (
    <li
      className={`flag-item severity-${flag.severity}${props.activeFlag === props.flagKey ? ' active' : ''}`}
      data-check={flag.check}
      onMouseEnter={() => props.onHoverFlag(props.flagKey)}
      onMouseLeave={() => props.onHoverFlag(null)}
    >
      <div className="flag-meta">
        <span className={`severity severity-${flag.severity}`}>{t(`severity.${flag.severity}`)}</span>
        <span className="category">{t(`category.${flag.category}`)}</span>
      </div>
      <p className="flag-message">{t(`flags.${flag.messageKey}`, { ...flag.params, defaultValue: flag.message })}</p>
      {flag.source && flag.target && (
        <p className="flag-link">
          <span className="muted">{flag.source.text}</span> → <span>{flag.target.text}</span>
        </p>
      )}
      {flag.suggestions.length > 0 && (
        <div className="suggestions">
          {flag.suggestions.map((suggestion) => (
            <button
              type="button"
              key={suggestion}
              className="suggestion"
              disabled={props.busy}
              onClick={() => props.onApply(flag, suggestion)}
              aria-label={`${t('editor.apply')}: ${suggestion}`}
            >
              {t('editor.apply')}: <span className="suggestion-text">{suggestion}</span>
            </button>
          ))}
        </div>
      )}
    </li>
  );
}

function ReviewPanel(props: Props) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (props.role !== 'editor') {
    return (
      <section aria-labelledby="review-title">
        <h3 id="review-title">{t('review.title')}</h3>
        <p className="muted">{t('review.editorOnly')}</p>
      </section>
    );
  }
  const decide = (decision: 'approve' | 'reject'): void => {
    if (decision === 'reject' && comment.trim() === '') {
      setError(t('review.commentRequired'));
      return;
    }
    setError(null);
    props.onReview(decision, comment);
    setComment('');
  };
  return (
    <section aria-labelledby="review-title" className="review">
      <h3 id="review-title">{t('review.title')}</h3>
      <label>
        {t('review.comment')}
        <textarea value={comment} onChange={(e) => setComment(e.target.value)} rows={2} data-testid="review-comment" />
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="button" className="approve" disabled={props.busy} onClick={() => decide('approve')}>
          ✔ {t('review.approve')}
        </button>
        <button type="button" className="reject" disabled={props.busy} onClick={() => decide('reject')}>
          ✖ {t('review.reject')}
        </button>
      </div>
    </section>
  );
}
