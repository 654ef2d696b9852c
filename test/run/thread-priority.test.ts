import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The nice value in a /proc/.../stat file (field 19). */
function niceOf(stat: string): number {
  return Number(stat.split(') ')[1]!.split(' ')[16]);
}

describe.runIf(process.platform === 'linux')('lowerThisThreadPriority', () => {
  it('lowers the calling thread, not the process that started it', () => {
    const script = `
      const { readFileSync } = await import('node:fs');
      const { lowerThisThreadPriority } = await import('./src/run/thread-priority.ts');
      const lowered = lowerThisThreadPriority(7);
      console.log(JSON.stringify({ lowered, stat: readFileSync('/proc/thread-self/stat', 'utf8') }));`;
    const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    const reply = JSON.parse(output) as { lowered: boolean; stat: string };
    const ours = niceOf(readFileSync('/proc/thread-self/stat', 'utf8'));
    expect(reply.lowered).toBe(true);
    expect(niceOf(reply.stat)).toBe(Math.max(7, ours));
    expect(niceOf(readFileSync('/proc/thread-self/stat', 'utf8'))).toBe(ours);
  });
});
