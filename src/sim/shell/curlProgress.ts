/**
 * curl's progress meter (lib/progress.c): shown on stderr when the body does not go to a terminal
 * and `-s` is not given. A finished transfer ends the line with a newline; a failed one does not,
 * so curl's error lands on the same line (`…--:--:--     0curl: (7) …`), as in real transcripts.
 * The meter redraws with `\r`; this prints only the last state a terminal would show.
 */

const KB = 1024;
const MB = 1024 * KB;

/** max5data: a byte count in at most five characters. */
export function max5(bytes: number): string {
  const b = Math.max(0, Math.floor(bytes));
  if (b < 100000) return String(b).padStart(5);
  if (b < 10000 * KB) return `${String(Math.floor(b / KB)).padStart(4)}k`;
  if (b < 100 * MB)
    return `${String(Math.floor(b / MB)).padStart(2)}.${Math.floor((b % MB) / (MB / 10))}M`;
  if (b < 10000 * MB) return `${String(Math.floor(b / MB)).padStart(4)}M`;
  return `${String(Math.floor(b / (1024 * MB))).padStart(4)}G`;
}

const HEADER =
  '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n' +
  '                                 Dload  Upload   Total   Spent    Left  Speed\n';

const NO_TIME = '--:--:--';

/** The meter for a transfer of `bytes` that took `ms`; `done` false for a failed transfer. */
export function progressMeter(bytes: number, ms: number, done = bytes > 0): string {
  const us = Math.max(ms * 1000, 1);
  const speed = done ? (bytes * 1_000_000) / us : 0;
  const pct = done ? 100 : 0;
  const line =
    `${String(pct).padStart(3)} ${max5(bytes)}  ${String(pct).padStart(3)} ${max5(bytes)}  ` +
    `${String(0).padStart(3)} ${max5(0)}  ${max5(speed)}  ${max5(0)} ${NO_TIME} ${NO_TIME} ${NO_TIME} ${max5(speed)}`;
  return `${HEADER}${line}${done ? '\n' : ''}`;
}
