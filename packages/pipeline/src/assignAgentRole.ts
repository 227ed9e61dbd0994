/** Phrases an agent says when answering: greeting and identifying the company (English, Spanish). */
const AGENT_CUES: RegExp[] = [
  /thank(s| you) for calling/, /thanks for contacting/, /(this is|you('ve| have) reached) [a-z ]*(bank|company|support|service|department|team)/,
  /(my name is|this is) \w+/, /how (can|may) i (help|assist)/, /what can i (do|help)/, /calling from/, /speaking/,
  /gracias por (llamar|comunicarse)/, /le atiende/, /(en )?qu[eé] (le )?puedo ayudar/, /mi nombre es/, /habla con/, /bienvenid[oa]/,
];

/** Scores how much a voice's opening words sound like an agent answering the phone. Pure. */
export function agentCueScore(text: string): number {
  const t = text.toLowerCase();
  return AGENT_CUES.reduce((s, re) => s + (re.test(t) ? 1 : 0), 0);
}

/**
 * Given the first ~60 s of text of voice 0 and voice 1, returns which voice is the agent:
 * the one that greets/identifies the company; on a tie, voice 0 (the first to speak answers the call).
 */
export function pickAgentVoice(openingText: [string, string]): 0 | 1 {
  const s0 = agentCueScore(openingText[0]);
  const s1 = agentCueScore(openingText[1]);
  return s1 > s0 ? 1 : 0;
}
