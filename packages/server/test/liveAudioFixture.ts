// A synthesised two-track call for the live audio-mode tests (flite speaks, ffmpeg encodes µ-law 8 kHz stereo):
// the agent greets, the customer reads out a card number, the agent swears. Built into a temp folder, never committed.
import { readFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { synthesizeCall, type Dialogue } from '../../../scripts/make-test-calls.d/synthesizeCall.ts';

export const LIVE_DIALOGUE: Dialogue = {
  id: 'live-card-and-swearing',
  language: 'en',
  voices: { Agent: 'flite:slt', Customer: 'flite:rms' },
  turns: [
    { speaker: 'Agent', text: 'Thank you for calling Harper Valley Bank, my name is Ana, how can I help you today?', start: 0.5 },
    { speaker: 'Customer', text: 'Hi, I would like to pay my bill with my card please.', start: 6.5 },
    { speaker: 'Agent', text: 'Sure, go ahead with the card number.', start: 10.5 },
    { speaker: 'Customer', text: 'My card number is four two four two, four two four two, four two four two, four two four two.', start: 13.5 },
    { speaker: 'Agent', text: 'This is bullshit, I already told you twice.', start: 22 },
  ],
};

export interface LiveAudioFixture {
  dir: string;
  /** The stereo µ-law 8 kHz WAV (agent left, customer right). */
  wavPath: string;
  /** Raw µ-law bytes per track. */
  agent: Buffer;
  customer: Buffer;
  cleanup(): Promise<void>;
}

/** The data chunk of a WAV, split into its channels (bytesPerSample 1 for µ-law). */
export function splitWavChannels(wav: Buffer, bytesPerSample: number): Buffer[] {
  let p = 12;
  let channels = 1;
  while (p + 8 <= wav.length) {
    const id = wav.toString('ascii', p, p + 4);
    const size = wav.readUInt32LE(p + 4);
    if (id === 'fmt ') channels = wav.readUInt16LE(p + 10);
    if (id === 'data') {
      const data = wav.subarray(p + 8, p + 8 + size);
      const frame = bytesPerSample * channels;
      const n = Math.floor(data.length / frame);
      return Array.from({ length: channels }, (_, c) => {
        const out = Buffer.alloc(n * bytesPerSample);
        for (let i = 0; i < n; i++) data.copy(out, i * bytesPerSample, i * frame + c * bytesPerSample, i * frame + (c + 1) * bytesPerSample);
        return out;
      });
    }
    p += 8 + size + (size % 2);
  }
  throw new Error('no data chunk');
}

export async function makeLiveAudioFixture(dialogue: Dialogue = LIVE_DIALOGUE): Promise<LiveAudioFixture> {
  const dir = await mkdtemp(join(tmpdir(), 'callcov-live-audio-'));
  const script = await synthesizeCall(dialogue, dir, ['wav-ulaw-8k']);
  const wavPath = script.files['wav-ulaw-8k']!;
  const [agent, customer] = splitWavChannels(await readFile(wavPath), 1);
  return { dir, wavPath, agent: agent!, customer: customer!, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Frames of `ms` milliseconds of 8 kHz µ-law (Twilio sends 20 ms). */
export function frames(bytes: Buffer, ms = 20): Buffer[] {
  const n = (8000 * ms) / 1000;
  const out: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += n) out.push(bytes.subarray(i, i + n));
  return out;
}
