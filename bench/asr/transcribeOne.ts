/** Child process of bench/asr/run.ts: transcribes one file and prints one JSON line. */
import { createAsrEngine, transcribeCall, type AsrEngineConfig } from '../../packages/pipeline/src/index.ts';

const [file, engineName, language] = process.argv.slice(2);
const t0 = performance.now();
try {
  const r = await transcribeCall({ filePath: file, language: language as 'en', engine: createAsrEngine({ engine: engineName } as AsrEngineConfig) });
  console.log(JSON.stringify({
    ok: true, wall_seconds: (performance.now() - t0) / 1000, duration: r.audio.duration_seconds,
    text: r.segments.map((s) => s.text).join(' '),
    by_speaker: { Agent: r.segments.filter((s) => s.speaker === 'Agent').map((s) => s.text).join(' '), Customer: r.segments.filter((s) => s.speaker === 'Customer').map((s) => s.text).join(' ') },
    segments: r.segments.length,
  }));
} catch (err) {
  console.log(JSON.stringify({ ok: false, error: `${(err as { code?: string }).code ?? 'error'}: ${(err as Error).message}` }));
}
