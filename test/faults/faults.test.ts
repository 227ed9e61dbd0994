// Reduced crash/fault suite (the full one, with a PostgreSQL restart, is bench/faults/run.ts): 100 analyses with
// webhooks on a multi-process CallCov (its own PostgreSQL schema), 4 SIGKILLs of random processes, a receiver that
// fails 30% of requests and times out 5%. PostgreSQL is NOT restarted here: other tests share the server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BACKENDS } from '../support/testDatabase.ts';
import { describeFaultResult, runFaultScenario } from '../../bench/faults/faultScenario.ts';

const ANALYSES = Number(process.env.CALLCOV_FAULT_TEST_ANALYSES ?? 100);
const KILLS = 4;
const name = `${ANALYSES} analyses with webhooks survive ${KILLS} SIGKILLs of random processes and a 30% failing / 5% hanging receiver on PostgreSQL (no PostgreSQL restart in CI: the server is shared; bench/faults/run.ts does it)`;

const terminationName = 'CallCov processes survive their PostgreSQL connections being terminated mid-query (pg_terminate_backend on their own connections: what a PostgreSQL restart or failover does to them, without disturbing the shared server)';

if (!BACKENDS.includes('postgres')) {
  test.skip(`${name} — skipped: CALLCOV_TEST_BACKENDS excludes postgres`);
  test.skip(`${terminationName} — skipped: CALLCOV_TEST_BACKENDS excludes postgres`);
} else {
  test(name, { timeout: 120000 }, async () => {
    const r = await runFaultScenario({
      analyses: ANALYSES,
      kills: KILLS,
      killIntervalMs: 2500,
      restartPostgres: false,
      failRate: 0.3,
      hangRate: 0.05,
      roles: ['api', 'worker', 'worker', 'dispatcher'],
      drainTimeoutMs: 40000,
      log: (line) => console.log(`# ${line}`),
    });
    for (const line of describeFaultResult(r)) console.log(`# ${line}`);
    assert.equal(r.kills.length, KILLS);
    assert.deepEqual(r.crashes.filter((c) => c.code !== 0), [], 'no process crashed on its own');
    assert.equal(r.completed + r.failedWithReason, ANALYSES, 'every analysis completed or failed with a reason');
    assert.equal(r.failedWithoutReason + r.notFinal, 0);
    assert.equal(r.webhooksAcknowledged, ANALYSES, 'every webhook received at least once');
    assert.equal(r.jobsStuck, 0, 'no job stuck');
    assert.equal(r.webhookIdChanged, 0, 'webhook-id is the same across retries');
    assert.ok(r.receiver.failedOnPurpose > 0 && r.receiver.hung > 0, 'the receiver did fail and hang some requests');
  });

  // A pool client that is checked out (e.g. inside a transaction) when its connection is terminated used to emit an
  // unhandled 'error' event and crash the process; @callcov/db now listens on every pool client.
  test(terminationName, { timeout: 120000 }, async () => {
    const r = await runFaultScenario({
      analyses: 40,
      kills: 0,
      killIntervalMs: 1500,
      connectionTerminations: 6,
      restartPostgres: false,
      failRate: 0,
      hangRate: 0,
      roles: ['api', 'worker', 'dispatcher'],
      drainTimeoutMs: 30000,
      log: (line) => console.log(`# ${line}`),
      chaosMs: 7000,
    });
    for (const line of describeFaultResult(r)) console.log(`# ${line}`);
    assert.ok(r.connectionsTerminated > 0, 'connections were terminated');
    assert.equal(r.webhooksAcknowledged, 40);
    assert.equal(r.jobsStuck, 0);
    assert.deepEqual(r.crashes.filter((c) => c.code !== 0).map((c) => `${c.role}: ${c.reason.split('\n').find((l) => /Error|error:/.test(l)) ?? ''}`), [], 'no process crashed');
  });
}
