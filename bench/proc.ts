import { readFileSync } from 'node:fs';

/** A memory figure of a running process's /proc status (in kB there), in MB. */
const statusMb = (pid: number, field: 'VmHWM' | 'VmRSS') =>
  Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

/** Peak resident memory (VmHWM, which only ever grows) of a running process in MB. */
export const peakRssMb = (pid: number): number => statusMb(pid, 'VmHWM');

/** Resident memory (VmRSS) of a running process now, in MB. */
export const rssMb = (pid: number): number => statusMb(pid, 'VmRSS');

/** CPU time (user + system) a process has used so far, in seconds; /proc counts in ticks of 1/100 s. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces; the fields after its closing parenthesis are fixed.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
