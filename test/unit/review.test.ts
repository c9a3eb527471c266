import { describe, expect, it } from 'vitest';
import { ApiValidationError, validateArgs } from '../../shared/api/workbench-api';
import { changedWordCount, wordDiff } from '../../shared/review/word-diff';
import { WorkflowError, stateAfterReview } from '../../shared/review/workflow';

describe('word diff', () => {
  it('shows word-level changes against the MT', () => {
    const parts = wordDiff('This meeting was attended by a Hair envoy.', 'This meeting was attended by a Cabello envoy.');
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text)).toEqual(['Hair']);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text)).toEqual(['Cabello']);
    expect(changedWordCount(parts)).toBe(2);
    expect(wordDiff('same', 'same')).toEqual([{ kind: 'same', text: 'same' }]);
  });
});

describe('review workflow rules', () => {
  it('lets only an editor approve or reject', () => {
    expect(() => stateAfterReview('translator', 'edited', 'approve', null)).toThrow(WorkflowError);
    expect(stateAfterReview('editor', 'edited', 'approve', null)).toBe('approved');
  });

  it('requires a comment to reject', () => {
    expect(() => stateAfterReview('editor', 'edited', 'reject', '  ')).toThrow(/comment is required/);
    expect(stateAfterReview('editor', 'approved', 'reject', 'Wrong name')).toBe('rejected');
  });
});

describe('API argument validation', () => {
  it('accepts well-formed arguments and rejects the rest with a reason', () => {
    expect(validateArgs('saveTarget', [{ segmentId: 1, text: 'x', baseVersion: 2, kind: 'edit' }])).toEqual([
      { segmentId: 1, text: 'x', baseVersion: 2, kind: 'edit' },
    ]);
    expect(() => validateArgs('saveTarget', [{ segmentId: -1, text: 'x', baseVersion: 2, kind: 'edit' }])).toThrow(ApiValidationError);
    expect(() => validateArgs('saveTarget', [{ segmentId: 1, text: 5, baseVersion: 2, kind: 'edit' }])).toThrow(/text must be a string/);
    expect(() => validateArgs('setProfile', [{ name: 'Ana', role: 'admin' }])).toThrow(/role must be one of/);
    expect(() => validateArgs('getProject', [1])).toThrow(/no arguments/);
  });
});
