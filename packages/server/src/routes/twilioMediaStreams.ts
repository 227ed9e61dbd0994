// Twilio Media Streams' messages (https://www.twilio.com/docs/voice/media-streams/websocket-messages) mapped onto the
// messages of /api/v1/live (DESIGN.md §1.8): `connected` and `mark` are ignored, `start` becomes a start in audio
// mode (µ-law 8 kHz) with the call's fields from `customParameters` (the <Parameter>s of the <Stream>, where an
// `api_key` may come too: Twilio cannot set headers), `media` a frame of the customer (inbound) or agent (outbound)
// track, `stop` a stop.

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The fields of our `start` that a <Stream>'s <Parameter>s may carry. */
export const TWILIO_START_PARAMETERS = ['agent_id', 'contact_id', 'language', 'policy_id', 'webhook_url'] as const;

export interface TwilioTranslation {
  /** The equivalent /api/v1/live message, or null for one that needs no answer. */
  message: Record<string, unknown> | null;
  /** From `customParameters.api_key` of `start`. */
  apiKey?: string;
  problem?: { code: string; message: string; param: string };
}

export function translateTwilioMessage(m: Record<string, unknown>): TwilioTranslation {
  switch (m.event) {
    case 'connected':
    case 'mark':
    case 'dtmf':
      return { message: null };
    case 'start': {
      const start = isObject(m.start) ? m.start : {};
      const format = isObject(start.mediaFormat) ? start.mediaFormat : {};
      if (format.encoding !== 'audio/x-mulaw' || format.sampleRate !== 8000 || (format.channels !== undefined && format.channels !== 1)) {
        return { message: null, problem: { code: 'unsupported_media_format', message: 'Twilio Media Streams send mono audio/x-mulaw at 8000 Hz; this mediaFormat is not that.', param: 'start.mediaFormat' } };
      }
      const params = isObject(start.customParameters) ? start.customParameters : {};
      const out: Record<string, unknown> = { event: 'start', audio: { encoding: 'mulaw', sample_rate: 8000 } };
      for (const f of TWILIO_START_PARAMETERS) if (typeof params[f] === 'string' && params[f] !== '') out[f] = params[f];
      const twilio: Record<string, string> = {};
      for (const [k, v] of [['call_sid', start.callSid], ['stream_sid', start.streamSid ?? m.streamSid], ['account_sid', start.accountSid]] as const) {
        if (typeof v === 'string') twilio[k] = v;
      }
      out.metadata = { twilio };
      return { message: out, ...(typeof params.api_key === 'string' && params.api_key !== '' ? { apiKey: params.api_key } : {}) };
    }
    case 'media': {
      const media = isObject(m.media) ? m.media : {};
      const track = media.track === 'inbound' ? 'customer' : media.track === 'outbound' ? 'agent' : media.track;
      return { message: { event: 'media', track, payload: media.payload } };
    }
    case 'stop':
      return { message: { event: 'stop' } };
    default:
      return { message: { event: m.event } };
  }
}
