/**
 * Runs the asset tool's CLI (assets/cli.ts) in this process with the
 * arguments given, and on exit prints `BENCH_MAX_RSS_KB=<peak RSS>` on stdout
 * so the benchmark can read the tool's peak memory.
 */
process.on('exit', () => {
  process.stdout.write(`\nBENCH_MAX_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
await import('../assets/cli');
export {};
