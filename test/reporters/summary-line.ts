import type { Reporter } from 'vitest/node';

interface TaskLike {
  type: string;
  mode?: string;
  result?: { state?: string };
  tasks?: TaskLike[];
}

function count(tasks: readonly TaskLike[], counts: { passed: number; failed: number; skipped: number }): void {
  for (const task of tasks) {
    if (task.tasks) count(task.tasks, counts);
    if (task.type !== 'test') continue;
    const state = task.result?.state;
    if (state === 'pass') counts.passed++;
    else if (state === 'fail') counts.failed++;
    else counts.skipped++;
  }
}

/**
 * Ends the run with the plain 'N passed, N failed' line that CI reads. It hooks onFinished, not onTestRunEnd,
 * so that it prints after vitest's own summary.
 */
export class SummaryLineReporter implements Reporter {
  onFinished(files: readonly TaskLike[] = [], errors: readonly unknown[] = []): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    count(files, counts);
    // A file that failed to load has no tests but must still count as a failure.
    counts.failed += files.filter((f) => f.result?.state === 'fail' && !(f.tasks ?? []).some((t) => t.result?.state === 'fail')).length;
    counts.failed += errors.length;
    process.stdout.write(`\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
  }
}
