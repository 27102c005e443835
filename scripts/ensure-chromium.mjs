#!/usr/bin/env node
// Makes sure the end-to-end tests have a browser and CJK fonts: Debian's `chromium` and
// `fonts-noto-cjk`. Installs them with apt-get when they are missing and we run as root;
// otherwise stops with a message that says what to install. No browser is downloaded by
// a test tool.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function hasCjkFont() {
  const r = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() !== '';
}

const missing = [];
if (!existsSync(CHROMIUM)) missing.push('chromium');
if (!hasCjkFont()) missing.push('fonts-noto-cjk');

if (missing.length === 0) {
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (!isRoot || !hasApt) {
  console.error(
    `End-to-end tests need ${missing.join(' and ')}.\n` +
      `Install them, e.g. on Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}\n` +
      `or point CHROMIUM_PATH at an existing Chromium binary.`,
  );
  process.exit(1);
}

console.log(`Installing ${missing.join(', ')} with apt-get …`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
try {
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', ...missing], { stdio: 'inherit', env });
} catch {
  console.error(`apt-get could not install ${missing.join(' ')}; install them by hand and run npm test again.`);
  process.exit(1);
}
if (!existsSync(CHROMIUM)) {
  console.error(`chromium was installed but ${CHROMIUM} is missing; set CHROMIUM_PATH.`);
  process.exit(1);
}
