import type { Command } from 'commander';
import { open, readFile, stat } from 'node:fs/promises';
import cliProgress from 'cli-progress';
import type { Analysis, CreateAnalysisInput, TranscriptInput } from '@callcov/sdk/node';
import { apiClient, colorsFor, printJson, usageError, withApiOptions, type ApiOptions } from './apiClientOptions.ts';
import { formatAnalysisSummary } from './analysisSummary.ts';

interface AnalyzeOptions extends ApiOptions {
  transcript?: string;
  agentId?: string;
  contactId?: string;
  language?: string;
  webhookUrl?: string;
  metadata?: string;
  wait?: boolean;
  timeout: string;
}

const bar = (format: string) =>
  new cliProgress.SingleBar({ format, stream: process.stderr, hideCursor: true, clearOnComplete: true, barsize: 30 }, cliProgress.Presets.shades_classic);

/**
 * Reads a transcript file: `{"segments": [...]}` (optionally with "language"), a bare segments array, or a whole
 * request body with a `transcript` field (like examples/transcript-request.json).
 */
export async function readTranscriptFile(path: string): Promise<TranscriptInput> {
  return (await readAnalysisRequestFile(path)).transcript;
}

/** The request fields a transcript request file may carry besides the transcript (CLI flags override them). */
const REQUEST_FIELDS = ['agent_id', 'contact_id', 'language', 'webhook_url', 'metadata', 'policy_id', 'scorecard_id', 'channels', 'redact_pii'] as const;

/**
 * Reads a transcript file (see readTranscriptFile) and, when it is a whole request body, its other fields
 * (agent_id, contact_id, metadata, …), so `callcov analyze examples/transcript-request.json` sends what curl would.
 */
export async function readAnalysisRequestFile(path: string): Promise<{ transcript: TranscriptInput; fields: Partial<CreateAnalysisInput> }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw usageError(`${path}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw usageError(`${path}: not valid JSON (${(err as Error).message})`);
  }
  const fields: Partial<CreateAnalysisInput> = {};
  if (Array.isArray(parsed)) return { transcript: { segments: parsed } as TranscriptInput, fields };
  const inner = parsed && typeof parsed === 'object' ? (parsed as { transcript?: unknown }).transcript : undefined;
  if (inner && typeof inner === 'object') {
    for (const name of REQUEST_FIELDS) {
      const value = (parsed as Record<string, unknown>)[name];
      if (value !== undefined) (fields as Record<string, unknown>)[name] = value;
    }
    parsed = inner;
  }
  if (parsed && typeof parsed === 'object' && Array.isArray((parsed as { segments?: unknown }).segments)) return { transcript: parsed as TranscriptInput, fields };
  throw usageError(`${path}: expected {"segments": [{"speaker", "text", "start", "end"}, ...]}, an array of segments, or a request body with "transcript"`);
}

/** True when a file starts like JSON (`{` or `[`): a transcript or request body, never a recording. */
export async function looksLikeJson(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(64), 0, 64, 0);
    return /^[\s\ufeff]*[[{]/.test(buffer.subarray(0, bytesRead).toString('utf8'));
  } finally {
    await handle.close();
  }
}

/** `--metadata`: a JSON object, or a usage error that names the flag. */
export function parseMetadataFlag(value: string | undefined): CreateAnalysisInput['metadata'] | undefined {
  if (value === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch (err) {
    throw usageError(`--metadata must be a JSON object, e.g. '{"team":"billing"}' (${(err as Error).message})`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw usageError(`--metadata must be a JSON object, e.g. '{"team":"billing"}'`);
  return parsed as CreateAnalysisInput['metadata'];
}

export function registerAnalyzeCommand(program: Command): void {
  withApiOptions(
    program
      .command('analyze')
      .alias('analyse')
      .argument('[file-or-url]', 'a recording to upload, a transcript request .json (sent as a transcript), or an http(s) URL the server fetches')
      .description('Submit a call for analysis (upload with a progress bar), optionally wait and print a summary or the JSON.'),
  )
    .option('--transcript <file.json>', 'analyse a transcript JSON file instead of audio')
    .option('--agent-id <id>')
    .option('--contact-id <id>')
    .option('--language <lang>', 'en, es or auto')
    .option('--webhook-url <url>', 'where the finished analysis is POSTed')
    .option('--metadata <json>', 'a JSON object of your own key/values')
    .option('--wait', 'wait until completed or failed, showing progress')
    .option('--timeout <seconds>', 'give up waiting after this many seconds', '1800')
    .addHelpText(
      'after',
      `
Examples:
  callcov analyze call.wav --agent-id agent_001 --wait
  callcov analyze https://example.com/call.wav --webhook-url https://your-app.com/webhooks/analysis
  callcov analyze examples/transcript-request.json --wait   # a transcript request body: its agent_id, contact_id, … are kept
  callcov analyze --transcript call.json --wait --json | jq .results.quality.metrics

Flags override the fields of a transcript request file. With --json, errors are printed as JSON too.
Exit codes: 0 submitted (or completed with --wait), 1 request failed or the analysis failed, 2 usage error, 3 configuration (no API key).`,
    )
    .action(async (input: string | undefined, opts: AnalyzeOptions) => {
      if ((input === undefined) === (opts.transcript === undefined)) throw usageError('give exactly one of <file-or-url> or --transcript <file.json>.');
      if (opts.language && !['en', 'es', 'auto'].includes(opts.language)) throw usageError('--language must be en, es or auto.');
      const flags: CreateAnalysisInput = {};
      const given = {
        agent_id: opts.agentId,
        contact_id: opts.contactId,
        language: opts.language as CreateAnalysisInput['language'],
        webhook_url: opts.webhookUrl,
        metadata: parseMetadataFlag(opts.metadata),
      };
      for (const [k, v] of Object.entries(given)) if (v !== undefined) (flags as Record<string, unknown>)[k] = v;
      const isUrl = input !== undefined && /^https?:\/\//i.test(input);
      let size = 0;
      if (input !== undefined && !isUrl) {
        size = (await stat(input).catch(() => {
          throw usageError(`${input}: no such file`);
        })).size;
      }
      const transcriptFile = opts.transcript ?? (input !== undefined && !isUrl && (await looksLikeJson(input)) ? input : undefined);
      const request = transcriptFile ? await readAnalysisRequestFile(transcriptFile) : null;
      const client = apiClient(opts);
      const interactive = Boolean(process.stderr.isTTY) && !opts.json;
      const fields: CreateAnalysisInput = { ...request?.fields, ...flags };
      let created: Analysis;
      if (request) {
        created = await client.analyses.create({ ...fields, transcript: request.transcript });
      } else if (isUrl) {
        created = await client.analyses.create({ ...fields, audio_url: input });
      } else {
        const upload = interactive ? bar('uploading  {bar} {percentage}% | {value}/{total} bytes') : null;
        upload?.start(size, 0);
        try {
          created = await client.analyses.create({ ...fields, file: input! }, { onUploadProgress: (sent, total) => upload?.update(sent, { total }) });
        } finally {
          upload?.stop();
        }
      }
      if (!opts.wait) {
        if (opts.json) printJson(created);
        else process.stdout.write(`${created.id} ${created.status}\n`);
        return;
      }
      if (!opts.json) process.stderr.write(`submitted ${created.id}; waiting…\n`);
      const processing = interactive ? bar('processing {bar} {percentage}% | {state}') : null;
      processing?.start(100, 0, { state: created.status });
      let last = created.status as string;
      let done: Analysis;
      try {
        done = await client.analyses.waitFor(created.id, {
          timeout: Number(opts.timeout) * 1000,
          onProgress: (a) => {
            processing?.update(a.status === 'completed' ? 100 : Math.round((a.progress ?? 0) * 100), { state: a.status });
            if (!interactive && !opts.json && a.status !== last) process.stderr.write(`${a.status}\n`);
            last = a.status;
          },
        });
      } finally {
        processing?.stop();
      }
      if (opts.json) printJson(done);
      else process.stdout.write(formatAnalysisSummary(done, colorsFor(process.stdout)) + '\n');
      if (done.status === 'failed') process.exitCode = 1;
    });
}
