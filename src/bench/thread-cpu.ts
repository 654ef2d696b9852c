import { readFileSync } from 'node:fs';

/** Clock ticks per second in /proc's stat files: USER_HZ, 100 on every Linux architecture Node runs on. */
const USER_HZ = 100;

/**
 * CPU seconds (user + system) used so far by this process's main thread, read from
 * /proc/self/task/<pid>/stat; null where there is no /proc (not Linux). Node 20 has no per-thread
 * CPU clock, and the bench needs the main thread apart: it is the one writer, and its share of
 * the work bounds what more workers can bring.
 */
export function mainThreadCpuSeconds(): number | null {
  try {
    return cpuSecondsFromStat(readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8'));
  } catch {
    return null;
  }
}

/** utime + stime (fields 14 and 15 of proc_pid_stat(5)); the name in field 2 may hold spaces, so fields count from its ')'. */
export function cpuSecondsFromStat(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) throw new Error(`not a proc stat line: ${stat.slice(0, 80)}`);
  return (utime + stime) / USER_HZ;
}
