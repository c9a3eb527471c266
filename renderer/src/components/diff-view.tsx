import { useTranslation } from 'react-i18next';
import { wordDiff } from '../../../shared/review/word-diff';

export function DiffView({ before, after }: { before: string; after: string }) {
  const { t } = useTranslation();
  const parts = wordDiff(before, after);
  if (parts.every((p) => p.kind === 'same')) return <p className="muted">{t('editor.noChanges')}</p>;
  return (
    <p className="diff" data-testid="diff">
      {parts.map((part, i) =>
        part.kind === 'added' ? (
          <ins key={i}>{part.text}</ins>
        ) : part.kind === 'removed' ? (
          <del key={i}>{part.text}</del>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  );
}
