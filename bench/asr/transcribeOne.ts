/** Child process of bench/asr/run.ts: transcribes one file and prints one JSON line. argv: file engine language [vocabulary-json] */
import { readFileSync } from 'node:fs';
import { createAsrEngine, transcribeCall, type AsrEngineConfig } from '../../packages/pipeline/src/index.ts';

const [file, engineSpec, language, vocabularyJson] = process.argv.slice(2);
const [engineName, model] = engineSpec.split(':');
const t0 = performance.now();
try {
  const r = await transcribeCall({
    filePath: file, language: language as 'en',
    engine: createAsrEngine({ engine: engineName, ...(model ? { model } : {}) } as AsrEngineConfig),
    vocabulary: vocabularyJson ? JSON.parse(vocabularyJson) : undefined,
  });
  console.log(JSON.stringify({
    ok: true, wall_seconds: (performance.now() - t0) / 1000, duration: r.audio.duration_seconds,
    text: r.segments.map((s) => s.text).join(' '),
    segments: r.segments.map(({ speaker, text, start, end, confidence }) => ({ speaker, text, start, end, confidence })),
    cpu_seconds: cpuSecondsWithChildren(),
  }));
} catch (err) {
  console.log(JSON.stringify({ ok: false, error: `${(err as { code?: string }).code ?? 'error'}: ${(err as Error).message}` }));
}

/** CPU seconds (user + system) of this process and its waited-for children (ffmpeg, recognisers), from /proc. */
function cpuSecondsWithChildren(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields after "(comm)": state=0 … utime=11 stime=12 cutime=13 cstime=14, in clock ticks (100 Hz on Linux)
  return (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) / 100;
}
