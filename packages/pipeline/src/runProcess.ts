import { spawn } from 'node:child_process';

export interface ProcessResult { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

/** Runs a command to completion, collecting (bounded) stdout/stderr. Rejects only when the command cannot start (ENOENT). */
export function runProcess(cmd: string, args: string[], opts: { maxOutput?: number; signal?: AbortSignal; onStdoutLine?: (line: string) => void; onStderrLine?: (line: string) => void } = {}): Promise<ProcessResult> {
  const max = opts.maxOutput ?? 4 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], signal: opts.signal });
    let stdout = '';
    let stderr = '';
    let outRest = '';
    let errRest = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (d: string) => {
      if (stdout.length < max) stdout += d;
      if (opts.onStdoutLine) {
        const lines = (outRest + d).split('\n');
        outRest = lines.pop() ?? '';
        for (const l of lines) opts.onStdoutLine(l);
      }
    });
    child.stderr.on('data', (d: string) => {
      if (stderr.length < max) stderr += d;
      if (opts.onStderrLine) {
        const lines = (errRest + d).split(/[\n\r]/);
        errRest = lines.pop() ?? '';
        for (const l of lines) opts.onStderrLine(l);
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (opts.onStdoutLine && outRest) opts.onStdoutLine(outRest);
      if (opts.onStderrLine && errRest) opts.onStderrLine(errRest);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** True when `cmd` can be executed (found on PATH or as a path). */
export async function commandExists(cmd: string): Promise<boolean> {
  try {
    await runProcess(cmd, ['--help'], { maxOutput: 1024 });
    return true;
  } catch {
    return false;
  }
}
