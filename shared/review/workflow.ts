import type { Role, SegmentState } from '../model/project';

export class WorkflowError extends Error {
  constructor(
    message: string,
    readonly code: 'forbidden' | 'invalid' | 'conflict' | 'not-found',
  ) {
    super(message);
    this.name = 'WorkflowError';
  }
}

export type ReviewDecision = 'approve' | 'reject';

/** The rules the service enforces, whatever the UI shows. */
export function stateAfterReview(role: Role, state: SegmentState, decision: ReviewDecision, comment: string | null): SegmentState {
  if (role !== 'editor') throw new WorkflowError('Only an editor can approve or reject segments.', 'forbidden');
  if (decision === 'approve') {
    if (state === 'approved') throw new WorkflowError('The segment is already approved.', 'invalid');
    return 'approved';
  }
  if (!comment || comment.trim() === '') throw new WorkflowError('A comment is required to reject a segment.', 'invalid');
  return 'rejected';
}
