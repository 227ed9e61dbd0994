import type { Command } from 'commander';
import { readFile, stat } from 'node:fs/promises';
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
  let parsed = JSON.parse(await readFile(path, 'utf8')) as unknown;
  if (Array.isArray(parsed)) return { segments: parsed } as TranscriptInput;
  const inner = parsed && typeof parsed === 'object' ? (parsed as { transcript?: unknown }).transcript : undefined;
  if (inner && typeof inner === 'object') parsed = inner;
  if (parsed && typeof parsed === 'object' && Array.isArray((parsed as { segments?: unknown }).segments)) return parsed as TranscriptInput;
  throw usageError(`${path}: expected {"segments": [{"speaker", "text", "start", "end"}, ...]}, an array of segments, or a request body with "transcript"`);
}

export function registerAnalyzeCommand(program: Command): void {
  withApiOptions(
    program
      .command('analyze')
      .alias('analyse')
      .argument('[file-or-url]', 'a recording to upload, or an http(s) URL the server fetches')
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
  callcov analyze --transcript call.json --wait --json | jq .results.quality.metrics

Exit codes: 0 submitted (or completed with --wait), 1 request failed or the analysis failed, 2 usage error.`,
    )
    .action(async (input: string | undefined, opts: AnalyzeOptions) => {
      if ((input === undefined) === (opts.transcript === undefined)) throw usageError('give exactly one of <file-or-url> or --transcript <file.json>.');
      if (opts.language && !['en', 'es', 'auto'].includes(opts.language)) throw usageError('--language must be en, es or auto.');
      const client = apiClient(opts);
      const interactive = Boolean(process.stderr.isTTY) && !opts.json;
      const fields: CreateAnalysisInput = {
        agent_id: opts.agentId,
        contact_id: opts.contactId,
        language: opts.language as CreateAnalysisInput['language'],
        webhook_url: opts.webhookUrl,
        metadata: opts.metadata ? (JSON.parse(opts.metadata) as CreateAnalysisInput['metadata']) : undefined,
      };
      let created: Analysis;
      if (opts.transcript) {
        created = await client.analyses.create({ ...fields, transcript: await readTranscriptFile(opts.transcript) });
      } else if (/^https?:\/\//i.test(input!)) {
        created = await client.analyses.create({ ...fields, audio_url: input });
      } else {
        const size = (await stat(input!).catch(() => {
          throw usageError(`${input}: no such file`);
        })).size;
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
