/**
 * `npm run bench`: every benchmark in turn, each in its own Node process so one's warm JIT or
 * heap does not flatter the next. The Chromium ones need `npm run build` first (done here).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

const here = import.meta.dirname;
const benches = readdirSync(here)
  .filter((file) => file.endsWith('.ts') && file !== 'run.ts')
  .sort();

execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore', cwd: path.resolve(here, '..') });
for (const bench of benches) {
  console.log(`\n=== bench/${bench}`);
  execFileSync(process.execPath, ['--import', 'tsx', path.join(here, bench)], { stdio: 'inherit' });
}
