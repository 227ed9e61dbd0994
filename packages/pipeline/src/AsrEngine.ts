export type AsrLanguage = 'en' | 'es' | 'auto';

export interface AsrWord { word: string; start: number; end: number; confidence: number }

export interface AsrResult { language: string; words: AsrWord[] }

export interface AsrOptions {
  language: AsrLanguage;
  /** Fraction 0..1 of this file transcribed. */
  onProgress?: (fraction: number) => void;
  /** Duration of the file in seconds, when known (used for progress). */
  durationSeconds?: number;
  signal?: AbortSignal;
  /** Sample rate of the original recording (the WAV given is always 16 kHz); engines may adapt to narrow-band audio. */
  sourceSampleRate?: number;
  /** What this call is likely to say: company names (metadata, account) and phrases (its policy); engines may bias to them. */
  vocabulary?: AsrVocabulary;
}

export interface AsrVocabulary {
  /** Company, brand and product names, each spoken as a unit ("Harper Valley Bank"). */
  companies?: string[];
  /** Phrases whose words should be recognisable (policy phrases, product names). */
  phrases?: string[];
}

/** One speech recogniser. `transcribe` takes a 16 kHz mono 16-bit WAV file. */
export interface AsrEngine {
  readonly name: string;
  /** Which model it runs, when it has a choice (pocketsphinx: 'callcentre' | 'general' | 'custom'). */
  readonly model?: string;
  /** Whether channels may be transcribed concurrently. */
  readonly parallel: boolean;
  available(): Promise<{ ok: boolean; reason?: string }>;
  transcribe(pcmWavPath: string, opts: AsrOptions): Promise<AsrResult>;
}
