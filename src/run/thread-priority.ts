import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/** Nice value for extraction workers: below the main thread, which reads and writes for all of them. */
export const WORKER_NICE = 10;

/**
 * Lowers the scheduling priority of the calling thread, so that when the workers and the main
 * thread want more cores than there are, the main thread (the single writer, which every worker
 * waits on) runs first; measured +8% end to end on 2 cores with 2 workers. Linux keeps a nice
 * value per thread (setpriority(2), NOTES) and names the calling thread in /proc/thread-self;
 * elsewhere this does nothing and returns false.
 */
export function lowerThisThreadPriority(nice = WORKER_NICE): boolean {
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(threadId)) return false;
    // Never raise it: a run started under nice stays there (and raising needs privileges).
    if (getPriority(threadId) < nice) setPriority(threadId, nice);
    return true;
  } catch {
    return false;
  }
}
