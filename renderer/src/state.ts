import type { Flag } from '../../shared/model/flag';
import type { ProjectView, SegmentState, SegmentView } from '../../shared/model/project';
import { SEGMENT_STATES } from '../../shared/model/project';

/** Pure state changes, kept apart from the components that show them. */
export function replaceSegment(project: ProjectView, segment: SegmentView): ProjectView {
  return { ...project, segments: project.segments.map((s) => (s.id === segment.id ? segment : s)) };
}

export function countByState(segments: readonly SegmentView[]): Record<SegmentState, number> {
  const counts = Object.fromEntries(SEGMENT_STATES.map((s) => [s, 0])) as Record<SegmentState, number>;
  for (const segment of segments) counts[segment.state]++;
  return counts;
}

export function flagCount(segments: readonly SegmentView[]): number {
  return segments.reduce((n, s) => n + s.flags.length, 0);
}

export interface ActiveFlag {
  segmentId: number;
  flagIndex: number;
}

/** A stable key for a flag within its segment, for linking its target and source highlights. */
export function flagKey(segmentId: number, flagIndex: number): string {
  return `${segmentId}:${flagIndex}`;
}

export function applySuggestion(text: string, flag: Flag, suggestion: string): string {
  if (!flag.target) return text;
  // The flag's span is into the text it was raised on; if that text moved on, replace nothing.
  if (text.slice(flag.target.start, flag.target.end) !== flag.target.text) return text;
  return text.slice(0, flag.target.start) + suggestion + text.slice(flag.target.end);
}
