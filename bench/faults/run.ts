// Crash/fault benchmark (full size): 500 analyses with webhooks on a multi-process CallCov (PostgreSQL), 10 SIGKILLs of
// random processes (each restarted), one PostgreSQL restart, a receiver failing 30% of requests and timing out 5%.
// Restarting PostgreSQL disturbs anything else using the server at that moment (the test suite, other benches).
// Usage: node bench/faults/run.ts [--analyses 500] [--kills 10] [--interval-ms 3000] [--no-postgres-restart]
//        [--terminate-connections N]   (also pg_terminate_backend all connections of a random process N times)
import { parseArgs } from 'node:util';
import { loadAverage } from '../cluster.ts';
import { describeFaultResult, RETRY_SCHEDULE, runFaultScenario, WEBHOOK_TIMEOUT_MS } from './faultScenario.ts';

const { values: args } = parseArgs({
  options: {
    analyses: { type: 'string', default: '500' },
    kills: { type: 'string', default: '10' },
    'interval-ms': { type: 'string', default: '3000' },
    'no-postgres-restart': { type: 'boolean', default: false },
    'terminate-connections': { type: 'string', default: '0' },
  },
});
const t = (s: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${s}`);
console.log(
  `Fault benchmark: ${args.analyses} analyses, ${args.kills} SIGKILLs every ~${args['interval-ms']} ms, ${args['no-postgres-restart'] ? 'no' : 'one'} PostgreSQL restart, receiver fails 30% / times out 5% (CALLCOV_WEBHOOK_TIMEOUT_MS=${WEBHOOK_TIMEOUT_MS}, retry schedule ${RETRY_SCHEDULE} s); Node ${process.version}; load ${loadAverage()}`,
);
const r = await runFaultScenario({
  analyses: Number(args.analyses),
  kills: Number(args.kills),
  killIntervalMs: Number(args['interval-ms']),
  restartPostgres: !args['no-postgres-restart'],
  connectionTerminations: Number(args['terminate-connections']),
  failRate: 0.3,
  hangRate: 0.05,
  roles: ['api', 'worker', 'worker', 'dispatcher', 'dispatcher'],
  drainTimeoutMs: 180000,
  log: t,
});
console.log('\nResult:');
for (const line of describeFaultResult(r)) console.log(`  ${line}`);
console.log(`load average after: ${loadAverage()}`);
const crashed = r.crashes.filter((c) => c.code !== 0).length;
if (crashed) console.log(`NOTE: ${crashed} processes crashed on their own (see UNEXPECTED EXIT above); a supervisor restarted them`);
const ok = r.completed + r.failedWithReason === r.analyses && r.webhooksAcknowledged === r.analyses && r.jobsStuck === 0 && r.webhookIdChanged === 0;
console.log(ok ? 'PASS: every promise kept' : 'FAIL: see above');
process.exitCode = ok ? 0 : 1;
