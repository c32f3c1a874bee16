// The calling thread's CPU time, for the bench's account of where an archive run's time went
// (process.cpuUsage() counts every thread). Node before 22.19 cannot tell: 0 there.

type WithThreadCpu = { threadCpuUsage?: () => NodeJS.CpuUsage };

/** This thread's user + system CPU time in µs (0 when Node cannot tell). */
export function threadCpuUs(): number {
  const usage = (process as WithThreadCpu).threadCpuUsage?.();
  return usage ? usage.user + usage.system : 0;
}
