#!/usr/bin/env node
// Runs every suite `npm test` promises: typecheck, unit + integration on PGlite,
// integration on PostgreSQL, and browser e2e on the built app. Ends with one
// plain line `tests: N passed, N failed` summing all suites.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';

const CI = process.env.CI === 'true';
const only = process.argv[2]; // optional: unit | postgres | e2e
const results = [];
let passed = 0;
let failed = 0;
const problems = [];

function run(label, cmd, args, env = {}) {
  console.log(`\n── ${label} ──`);
  const res = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return res.status ?? 1;
}

function vitestSuite(label, args, env, reportName) {
  const report = `test-results/${reportName}.json`;
  rmSync(report, { force: true });
  const status = run(label, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], env);
  if (!existsSync(report)) {
    failed += 1;
    problems.push(`${label}: the runner crashed before reporting (exit ${status})`);
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  if (json.numTotalTests === 0) {
    failed += 1;
    problems.push(`${label}: ran no test`);
  } else if (status !== 0 && json.numFailedTests === 0) {
    failed += 1;
    problems.push(`${label}: exited ${status} (a suite failed to load)`);
  }
  results.push(`${label}: ${json.numPassedTests} passed, ${json.numFailedTests} failed`);
  for (const failure of failedTests(json)) problems.push(`${label}: ${failure}`);
}

// The summary names each failed test and the first line of why, so a log read
// from its tail alone (as CI shows it) still says what to look at.
function failedTests(json) {
  return json.testResults.flatMap((file) => {
    const path = file.name.replace(`${process.cwd()}/`, '');
    const failedAssertions = file.assertionResults.filter((test) => test.status === 'failed');
    if (failedAssertions.length === 0 && file.status === 'failed') return [`${path}: ${firstLine(file.message)}`];
    return failedAssertions.map((test) => `${path} > ${test.fullName}: ${firstLine(test.failureMessages[0])}`);
  });
}

function firstLine(text = '') {
  return text.split('\n').find((line) => line.trim() !== '')?.trim().slice(0, 300) ?? '(no message)';
}

function canConnect(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host }, () => (socket.end(), resolve(true)));
    socket.on('error', () => resolve(false));
    socket.setTimeout(2000, () => (socket.destroy(), resolve(false)));
  });
}

function unavailable(what) {
  if (CI) {
    failed += 1;
    problems.push(`${what} is missing; in CI that is a failure, not a skip`);
  } else {
    results.push(`${what}: SKIPPED (not available on this machine)`);
  }
}

mkdirSync('test-results', { recursive: true });

// The NATS live bus's tests need a NATS server; without one they are skipped here and fail CI.
const natsUp = await canConnect(4222);
if (!natsUp && (!only || only === 'unit' || only === 'postgres')) unavailable('NATS at 127.0.0.1:4222 (the live bus tests)');
const natsEnv = { TEST_NATS: natsUp ? 'on' : 'off' };

if (!only) {
  if (run('typecheck', 'npx', ['tsc', '-p', '.']) !== 0) {
    failed += 1;
    problems.push('typecheck failed');
  }
}

if (!only || only === 'unit') {
  vitestSuite('unit + integration (PGlite)', [], { TEST_DB: 'pglite', ...natsEnv }, 'pglite');
}

if (!only || only === 'postgres') {
  if (await canConnect(5432)) {
    vitestSuite('integration (PostgreSQL)', ['--project', 'integration'], { TEST_DB: 'postgres', ...natsEnv }, 'postgres');
  } else unavailable('PostgreSQL at 127.0.0.1:5432');
}

if (!only || only === 'e2e') {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) unavailable(`Chromium at ${chromium}`);
  else if (!(await canConnect(5432))) unavailable('PostgreSQL at 127.0.0.1:5432 (needed by the two-process e2e)');
  else {
    if (run('build', 'npm', ['run', 'build', '--silent']) !== 0) {
      failed += 1;
      problems.push('build failed');
    } else {
      vitestSuite('browser e2e (Chromium)', ['--config', 'vitest.e2e.config.ts'], { CHROMIUM_PATH: chromium }, 'e2e');
    }
  }
}

console.log('\n── summary ──');
for (const line of results) console.log(line);
for (const line of problems) console.log(`PROBLEM: ${line}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
