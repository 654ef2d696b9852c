import { describe, expect, it } from 'vitest';
import { failedExtraction } from '../../src/run/extractors.js';

describe('failedExtraction', () => {
  it('reads an aborted task as the time budget running out', () => {
    const abort = new DOMException('The operation was aborted', 'AbortError');
    expect(failedExtraction(abort, 5000)).toEqual({ kind: 'timeout', budgetMs: 5000 });
  });

  it('reads any other rejection as the worker dying, with its reason', () => {
    const oom = Object.assign(new Error('Worker terminated due to reaching memory limit: JS heap out of memory'), {
      code: 'ERR_WORKER_OUT_OF_MEMORY',
    });
    expect(failedExtraction(oom, 5000)).toEqual({ kind: 'worker-failed', reason: oom.message });
    expect(failedExtraction('exit code 1', 5000)).toEqual({ kind: 'worker-failed', reason: 'exit code 1' });
  });
});
