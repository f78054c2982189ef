/**
 * Preloaded into benchmark children (`node --import ./bench/cpu-report.mjs …`): at exit the
 * process writes the CPU seconds it used, all its threads together, as one `BENCH-CPU n` line
 * to stderr. CPU time per article is much less sensitive to other load than wall time.
 */
process.on('exit', () => {
  const cpu = process.cpuUsage();
  process.stderr.write(`BENCH-CPU ${(cpu.user + cpu.system) / 1e6}\n`);
});
