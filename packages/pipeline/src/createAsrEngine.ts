import type { AsrEngine } from './AsrEngine.ts';
import { createOpenAiAsrEngine, type OpenAiAsrConfig } from './openaiAsrEngine.ts';
import { createPocketsphinxEngine, type PocketsphinxConfig } from './pocketsphinxEngine.ts';
import { createWhisperCppEngine, type WhisperCppConfig } from './whisperCppEngine.ts';

export const ASR_ENGINE_NAMES = ['pocketsphinx', 'whisper', 'openai'] as const;
export type AsrEngineName = (typeof ASR_ENGINE_NAMES)[number];

export type AsrEngineConfig =
  | ({ engine: 'pocketsphinx' } & PocketsphinxConfig)
  | ({ engine: 'whisper' } & WhisperCppConfig)
  | ({ engine: 'openai' } & OpenAiAsrConfig);

/** Builds the engine named in config (CALLCOV_ASR_ENGINE picks it in the server's config). */
export function createAsrEngine(config: AsrEngineConfig): AsrEngine {
  switch (config.engine) {
    case 'pocketsphinx': return createPocketsphinxEngine(config);
    case 'whisper': return createWhisperCppEngine(config);
    case 'openai': return createOpenAiAsrEngine(config);
    default: throw new Error(`unknown ASR engine ${(config as { engine: string }).engine} (choose ${ASR_ENGINE_NAMES.join(', ')})`);
  }
}
