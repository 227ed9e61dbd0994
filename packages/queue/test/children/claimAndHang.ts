// Child process for the crash test: claims one job with a short lease, says so, then hangs until killed.
import { openDatabase } from '@callcov/db';
import { claimJobs } from '@callcov/queue';

const [databaseUrl, leaseMs] = process.argv.slice(2) as [string, string];
const database = openDatabase(databaseUrl, '/tmp');
const jobs = await claimJobs(database, { types: ['crash_test'], workerId: `child-${process.pid}`, limit: 1, leaseMs: Number(leaseMs), now: Date.now() });
process.stdout.write(`claimed ${jobs.map((j) => j.id).join(',')}\n`);
setInterval(() => {}, 1000);
