/**
 * `npm test`: the type check, lint, both builds, Firefox's lint, then the unit, integration,
 * Chromium and Firefox tests, each stage one of package.json's scripts. The type check runs one
 * core's worth of work and so does the chain of lint, builds and web-ext lint: on two cores they
 * run side by side, their output prefixed with the stage's name. The tests after them run alone,
 * as each keeps the machine busy or measures what a page costs. Stops after a step that fails and
 * prints each stage's wall time at the end.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** npm scripts run one after another; the chains of one step run side by side. */
const STEPS: string[][][] = [
  [['typecheck'], ['lint', 'build:firefox', 'lint:firefox-build', 'build']],
  [['test:unit']],
  [['test:integration']],
  [['test:e2e-build']],
  [['test:firefox-build']],
];

const timings: string[] = [];

/** Runs `npm run <script>`; with a prefix, its output comes line by line behind that prefix. */
function run(script: string, prefix?: string): Promise<boolean> {
  const started = performance.now();
  const child = spawn('npm', ['run', script], {
    stdio: prefix ? ['ignore', 'pipe', 'pipe'] : 'inherit',
  });
  if (prefix) {
    for (const [input, output] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ] as const) {
      if (input)
        createInterface({ input }).on('line', (line) => output.write(`${prefix} ${line}\n`));
    }
  }
  return new Promise((resolve) => {
    child.on('close', (code) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      timings.push(`${script}: ${seconds} s${code === 0 ? '' : ` (failed, exit ${code})`}`);
      resolve(code === 0);
    });
  });
}

async function runChain(scripts: string[], side: boolean): Promise<boolean> {
  for (const script of scripts) {
    if (!(await run(script, side ? `[${script}]` : undefined))) return false;
  }
  return true;
}

const started = performance.now();
let passed = true;
for (const chains of STEPS) {
  const results = await Promise.all(chains.map((chain) => runChain(chain, chains.length > 1)));
  if (results.includes(false)) {
    passed = false;
    break;
  }
}
const minutes = ((performance.now() - started) / 60_000).toFixed(1);
console.log(`\n${timings.join('\n')}\nnpm test ${passed ? 'passed' : 'FAILED'} in ${minutes} min`);
process.exitCode = passed ? 0 : 1;
