import type { Flag, Span } from '../../../shared/model/flag';
import { SEVERITY_RANK } from '../../../shared/model/flag';

interface Mark {
  span: Span;
  flag: Flag;
  key: string;
}

interface Props {
  text: string;
  flags: readonly Flag[];
  side: 'source' | 'target';
  segmentId: number;
  activeKey: string | null;
  onHover?: (key: string | null) => void;
}

interface Piece {
  start: number;
  end: number;
  mark: Mark | null;
}

/** Splits the text at every span boundary; a piece under several flags shows the most severe. */
function pieces(text: string, marks: Mark[]): Piece[] {
  const cuts = new Set([0, text.length]);
  for (const m of marks) {
    cuts.add(Math.max(0, Math.min(text.length, m.span.start)));
    cuts.add(Math.max(0, Math.min(text.length, m.span.end)));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const result: Piece[] = [];
  for (let i = 0; i < sorted.length - 1; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    const covering = marks.filter((m) => m.span.start <= start && m.span.end >= end);
    covering.sort((a, b) => SEVERITY_RANK[b.flag.severity] - SEVERITY_RANK[a.flag.severity]);
    result.push({ start, end, mark: covering[0] ?? null });
  }
  return result;
}

/** Document text with flagged words marked. Text only: document content is never rendered as HTML. */
export function HighlightedText({ text, flags, side, segmentId, activeKey, onHover }: Props) {
  const marks: Mark[] = [];
  flags.forEach((flag, i) => {
    const span = flag[side];
    if (span && span.end > span.start) marks.push({ span, flag, key: `${segmentId}:${i}` });
  });
  return (
    <span className="text">
      {pieces(text, marks).map((piece) =>
        piece.mark ? (
          <mark
            key={piece.start}
            className={`flag-mark severity-${piece.mark.flag.severity}${activeKey === piece.mark.key ? ' active' : ''}`}
            data-flag={piece.mark.key}
            data-check={piece.mark.flag.check}
            title={piece.mark.flag.message}
            onMouseEnter={() => onHover?.(piece.mark!.key)}
            onMouseLeave={() => onHover?.(null)}
          >
            {text.slice(piece.start, piece.end)}
          </mark>
        ) : (
          <span key={piece.start}>{text.slice(piece.start, piece.end)}</span>
        ),
      )}
    </span>
  );
}
