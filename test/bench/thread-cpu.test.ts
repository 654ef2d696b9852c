import { describe, expect, it } from 'vitest';
import { cpuSecondsFromStat, mainThreadCpuSeconds } from '../../src/bench/thread-cpu.js';

describe('cpuSecondsFromStat', () => {
  it('adds utime and stime, in hundredths of a second', () => {
    const stat = '4242 (node) R 1 4242 4242 0 -1 4194304 100 0 0 0 250 37 0 0 20 0 9 0 1522391 3133440 360';
    expect(cpuSecondsFromStat(stat)).toBeCloseTo(2.87);
  });

  it('counts fields after the last parenthesis, so a thread name with spaces or ")" does not shift them', () => {
    const stat = '4242 (my (odd) name) S 1 4242 4242 0 -1 4194304 100 0 0 0 5 5 0 0 20 0 9 0 1522391 3133440 360';
    expect(cpuSecondsFromStat(stat)).toBeCloseTo(0.1);
  });

  it('rejects a line that is not a stat line', () => {
    expect(() => cpuSecondsFromStat('nothing here')).toThrow(/not a proc stat line/);
  });
});

describe.runIf(process.platform === 'linux')('mainThreadCpuSeconds on Linux', () => {
  it('grows as the main thread works', () => {
    const before = mainThreadCpuSeconds()!;
    const until = performance.now() + 150;
    let spin = 0;
    while (performance.now() < until) spin++;
    expect(spin).toBeGreaterThan(0);
    expect(mainThreadCpuSeconds()! - before).toBeGreaterThanOrEqual(0.05);
  });
});
