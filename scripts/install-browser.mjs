#!/usr/bin/env node
/**
 * Makes sure Playwright has a Chromium to drive, in this order:
 *   $CHROMIUM_PATH → Debian's /usr/bin/chromium → (as root with apt) `apt-get install chromium`
 *   → Playwright's own browser (`npx playwright install chromium`, for an ordinary laptop).
 * Playwright's download is unreachable on some networks, which is why the system browser comes first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const sh = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) {
  console.log(`browser: ${process.env.CHROMIUM_PATH} (CHROMIUM_PATH)`);
} else if (existsSync('/usr/bin/chromium')) {
  console.log('browser: /usr/bin/chromium');
} else if (process.getuid?.() === 0 && has('apt-get')) {
  console.log("browser: installing Debian's chromium with apt-get…");
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  if (
    !sh('apt-get', ['update', '-qq'], env) ||
    !sh('apt-get', ['install', '-y', '-qq', 'chromium'], env)
  ) {
    console.error('apt-get could not install chromium');
    process.exit(1);
  }
} else {
  console.log("browser: installing Playwright's Chromium…");
  if (!sh('npx', ['playwright', 'install', 'chromium'])) process.exit(1);
}
