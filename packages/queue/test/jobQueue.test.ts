import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { addJob, claimJobs, completeJob, extendLeases, releaseExpiredLeases, startJobLoop, type Job } from '@callcov/queue';
import { BACKENDS, createTestDatabase, type TestDatabase } from '../../../test/support/testDatabase.ts';

const child = (name: string, args: string[]): ChildProcess =>
  spawn(process.execPath, [fileURLToPath(new URL(`./children/${name}`, import.meta.url)), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });

const firstLine = async (p: ChildProcess): Promise<string> => {
  let buf = '';
  for await (const chunk of p.stdout!) {
    buf += String(chunk);
    if (buf.includes('\n')) return buf.split('\n')[0]!;
  }
  throw new Error('child exited without output');
};

for (const backend of BACKENDS) {
  describe(`job queue on ${backend}`, () => {
    let t: TestDatabase;
    before(async () => {
      t = await createTestDatabase(backend);
    });
    after(async () => {
      await t.cleanup();
    });

    test('two workers with their own connections never run the same job, and every job runs once', async () => {
      const type = `race_${backend}`;
      const total = 400;
      await t.database.transaction(async (trx) => {
        for (let i = 0; i < total; i++) await addJob(trx, { type, payload: { i } }, Date.now());
      });
      const second = t.reopen();
      const running = new Set<string>();
      const runs = new Map<string, number>();
      let overlaps = 0;
      const loops = [t.database, second].map((database, w) =>
        startJobLoop({
          name: `w${w}`,
          concurrency: 8,
          pollIntervalMs: 5,
          leaseMs: 30000,
          handler: async (job: Job) => {
            if (running.has(job.id)) overlaps++;
            running.add(job.id);
            runs.set(job.id, (runs.get(job.id) ?? 0) + 1);
            await new Promise((r) => setTimeout(r, Math.random() * 3));
            running.delete(job.id);
            await completeJob(database.db, job.id, `w${w}`);
          },
          queue: {
            claim: (limit) => claimJobs(database, { types: [type], workerId: `w${w}`, limit, leaseMs: 30000, now: Date.now() }),
            extend: (ids) => extendLeases(database, { ids, workerId: `w${w}`, leaseMs: 30000, now: Date.now() }),
            release: async () => {},
            sweep: async () => {
              await releaseExpiredLeases(database, Date.now());
            },
            onHandlerError: async (_job, e) => {
              throw e;
            },
          },
        }),
      );
      const deadline = Date.now() + 60000;
      while (runs.size < total && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      await Promise.all(loops.map((l) => l.stop(1000)));
      await second.close();
      assert.equal(overlaps, 0);
      assert.equal(runs.size, total);
      assert.ok([...runs.values()].every((n) => n === 1), 'each job ran exactly once');
      const left = await t.database.db.selectFrom('jobs').select('id').where('type', '=', type).execute();
      assert.equal(left.length, 0);
    });

    test('a job held by a SIGKILLed process is run again after its lease expires', async () => {
      const id = await t.database.transaction((trx) => addJob(trx, { type: 'crash_test', payload: { n: 1 } }, Date.now()));
      const p = child('claimAndHang.ts', [t.databaseUrl, '1500']);
      const line = await firstLine(p);
      assert.equal(line, `claimed ${id}`);
      p.kill('SIGKILL');
      await once(p, 'exit');
      const whileLeased = await claimJobs(t.database, { types: ['crash_test'], workerId: 'parent', limit: 5, leaseMs: 5000, now: Date.now() });
      assert.equal(whileLeased.length, 0, 'not claimable while the dead process still holds the lease');
      await new Promise((r) => setTimeout(r, 1600));
      await releaseExpiredLeases(t.database, Date.now());
      const again = await claimJobs(t.database, { types: ['crash_test'], workerId: 'parent', limit: 5, leaseMs: 5000, now: Date.now() });
      assert.deepEqual(again.map((j) => j.id), [id]);
      assert.equal(again[0]!.attempts, 2, 'the second claim counts as the second attempt');
      assert.ok(await completeJob(t.database.db, id, 'parent'));
    });

    test('killing the process at random moments while it submits never leaves an analysis without its job', async () => {
      for (let round = 0; round < 3; round++) {
        const p = child('submitLoop.ts', [t.databaseUrl, t.dataDir]);
        assert.equal(await firstLine(p), 'running');
        await new Promise((r) => setTimeout(r, 50 + Math.random() * 200));
        p.kill('SIGKILL');
        await once(p, 'exit');
      }
      const analyses = await t.database.db.selectFrom('analyses').select('id').execute();
      const jobs = await t.database.db.selectFrom('jobs').select('payload').where('type', '=', 'process_analysis').execute();
      const queued = new Set(jobs.map((j) => (JSON.parse(j.payload) as { analysis_id: string }).analysis_id));
      assert.ok(analyses.length >= 60, `submitted ${analyses.length}`);
      const orphans = analyses.filter((a) => !queued.has(a.id));
      assert.equal(orphans.length, 0, 'every saved analysis has its processing job');
      assert.equal(queued.size, analyses.length, 'and no job without its analysis');
      console.log(`# ${backend}: ${analyses.length} analyses submitted across 3 SIGKILLs, 0 without a job`);
    });
  });
}
