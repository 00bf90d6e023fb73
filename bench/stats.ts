/**
 * Runs `fn` twice to let the JIT compile it (a learner's second apply is the steady state), then
 * `runs` more times, and reports the median and best time in ms.
 */
export function measure(label: string, fn: () => void, runs = 5): { median: number; best: number } {
  for (let i = 0; i < 2; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] as number;
  const best = times[0] as number;
  console.log(
    `${label.padEnd(58)} median ${median.toFixed(2).padStart(9)} ms   best ${best.toFixed(2).padStart(9)} ms`,
  );
  return { median, best };
}

export function verdict(
  label: string,
  value: number,
  target: number,
  unit: string,
  higherIsBetter = false,
): boolean {
  const ok = higherIsBetter ? value >= target : value <= target;
  console.log(
    `  ${ok ? 'PASS' : 'MISS'}  ${label}: ${value.toFixed(2)} ${unit} (target ${higherIsBetter ? '≥' : '≤'} ${target} ${unit})`,
  );
  return ok;
}
