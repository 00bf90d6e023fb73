#!/usr/bin/env node
/**
 * Runs every check the project has, in order, and ends with one plain summary line that CI reads:
 *
 *   N passed, N failed[, N skipped]
 *
 * Steps: typecheck, lint, format check (each counts as 1 failed when it fails; a passing step adds
 * nothing), then Vitest and Playwright through their JSON reporters (their test counts are summed).
 * Every step runs even after a failure, so one run shows everything; the exit code is 1 if anything
 * failed. Plain Node, no dependencies. Reports go to .ci-out/ (git-ignored).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const OUT = resolve('.ci-out');
const VITEST_JSON = resolve(OUT, 'vitest.json');
const PLAYWRIGHT_JSON = resolve(OUT, 'playwright.json');

mkdirSync(OUT, { recursive: true });
rmSync(VITEST_JSON, { force: true });
rmSync(PLAYWRIGHT_JSON, { force: true });

/** @type {{ name: string, ok: boolean, passed: number, failed: number, skipped: number, seconds: number, note?: string }[]} */
const results = [];

function run(name, command, args, env = {}) {
  console.log(`\n=== ${name}: ${[command, ...args].join(' ')}`);
  const started = Date.now();
  const child = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ...env },
    shell: process.platform === 'win32',
  });
  const seconds = (Date.now() - started) / 1000;
  if (child.error) console.error(`${name}: could not start: ${child.error.message}`);
  return { code: child.status ?? 1, seconds };
}

function readJson(path) {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

// 1–3: whole-project checks, one failure each.
for (const [name, script] of [
  ['typecheck', 'typecheck'],
  ['lint', 'lint'],
  ['format', 'format:check'],
]) {
  const { code, seconds } = run(name, 'npm', ['run', '--silent', script]);
  results.push({
    name,
    ok: code === 0,
    passed: 0,
    failed: code === 0 ? 0 : 1,
    skipped: 0,
    seconds,
  });
}

// 4: Vitest. A test file that cannot even load has no tests but is a failed suite: count it.
{
  const { code, seconds } = run('unit', 'npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${VITEST_JSON}`,
  ]);
  const report = readJson(VITEST_JSON);
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  let note;
  if (report) {
    passed = report.numPassedTests ?? 0;
    failed = report.numFailedTests ?? 0;
    skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    for (const file of report.testResults ?? []) {
      if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) failed += 1;
    }
  } else note = 'no JSON report';
  if (code !== 0 && failed === 0) {
    failed = 1;
    note ??= `exit code ${code} without a failed test`;
  }
  results.push({ name: 'unit', ok: code === 0, passed, failed, skipped, seconds, note });
}

// 5: Playwright (builds and serves the app itself, see playwright.config.ts).
{
  const { code, seconds } = run('e2e', 'npx', ['playwright', 'test'], {
    PLAYWRIGHT_JSON_OUTPUT: PLAYWRIGHT_JSON,
  });
  const report = readJson(PLAYWRIGHT_JSON);
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  let note;
  if (report?.stats) {
    // expected = passed (including tests marked test.fail that failed), flaky = passed on retry.
    passed = (report.stats.expected ?? 0) + (report.stats.flaky ?? 0);
    failed = report.stats.unexpected ?? 0;
    skipped = report.stats.skipped ?? 0;
    if ((report.errors ?? []).length > 0 && failed === 0) {
      failed = 1;
      note = `${report.errors.length} error(s) outside tests`;
    }
  } else note = 'no JSON report';
  if (code !== 0 && failed === 0) {
    failed = 1;
    note ??= `exit code ${code} without a failed test`;
  }
  results.push({ name: 'e2e', ok: code === 0, passed, failed, skipped, seconds, note });
}

console.log('\n=== summary');
for (const r of results) {
  const counts = r.name === 'unit' || r.name === 'e2e' ? ` (${r.passed} ok, ${r.failed} bad)` : '';
  const note = r.note ? ` [${r.note}]` : '';
  console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name}${counts} ${r.seconds.toFixed(1)} s${note}`);
}
const total = (key) => results.reduce((sum, r) => sum + r[key], 0);
const passed = total('passed');
const failed = total('failed');
const skipped = total('skipped');
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || results.some((r) => !r.ok) ? 1 : 0);
