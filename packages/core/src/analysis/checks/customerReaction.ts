// The customer's reaction as evidence of what the agent just said: "are you threatening me?", "how dare you",
// "¿me está amenazando?", "no me falte el respeto". Whatever the agent's wording (a dialect, an insult no list has), a
// customer who objects in these words right after an agent turn is telling the supervisor what that turn was.
// The agent taking it back is the same kind of cue: "no offence, but…", "it was a joke", "es broma, perdone".
// Used by prohibited_language as a fallback when no wording of the agent's is recognised.
import type { AnalysisLanguage } from '../schemas.ts';
import type { PreparedTranscript } from '../prepareTranscript.ts';
import { segmentTexts } from './callText.ts';

const THREAT_REACTION: Record<AnalysisLanguage, RegExp> = {
  en: / (?:are you threatening me|is that a threat|was that a threat|you re threatening me|youre threatening me|you can t threaten me|you cant threaten me|stop threatening me|(?:that|it) (?:sounded|sounds|sounds to me) like a threat|are you trying to (?:scare|frighten|intimidate) me)(?= )/,
  es: / (?:me esta amenazando|me estas amenazando|me estás amenazando|es una amenaza|eso es una amenaza|me amenaza|no me amenace|no me amenaces|me esta usted amenazando|me quiere (?:asustar|intimidar)|me quieres (?:asustar|intimidar)|eso suena a amenaza|eso me suena a amenaza)(?= )/,
};
const OFFENCE_REACTION: Record<AnalysisLanguage, RegExp> = {
  en: / (?:how dare you|did you just (?:call me|insult)|what did you (?:just )?call me|don t (?:talk|speak) to me like that|dont (?:talk|speak) to me like that|you can t (?:talk|speak) to me like that|you cant (?:talk|speak) to me like that|there s no need for that|theres no need for that|no need to be rude|that s (?:rude|uncalled for|offensive|out of line|racist)|thats (?:rude|uncalled for|offensive|out of line|racist)|that was (?:rude|uncalled for|offensive)|(?:you re|youre|you are) being (?:rude|racist|offensive)|watch your (?:mouth|language|tone)|i beg your pardon|how rude|did you just swear|(?:don t|dont|do not) (?:patronise|patronize) me|(?:that s|thats|that is|that was|you re being|youre being|you are being) (?:very |really |a bit |so |quite )?(?:patronising|patronizing|condescending|ageist|sexist|xenophobic|discriminatory|insulting)|are you (?:calling me|saying i m|saying im) (?:old|stupid|thick|an idiot|dumb|slow|a liar|a thief|senile)|are you (?:making fun of|mocking|laughing at) (?:me|my)|no need to be (?:sarcastic|condescending|patronising|patronizing|nasty))(?= )/,
  es: / (?:no me (?:falte|faltes|falten) (?:el|al) respeto|que falta de respeto|como me (?:dijo|llamo|ha llamado)|no me (?:hable|hables) asi|como se atreve|como te atreves|me esta insultando|me estas insultando|me esta tratando de|me estas tratando de|que grosero|que grosera|un poco de respeto|mas respeto|no sea (?:grosero|grosera|maleducado|maleducada|irrespetuoso|irrespetuosa)|eso es racista|a mi no me (?:hable|hables|insulte|insultes)|no me (?:trate|trates|hable|hables) como (?:si fuera |a )?(?:un[oa]? )?(?:tont[oa]|idiota|niñ[oa]|nene|nena|estupid[oa]|ignorante|viejit[oa])|me (?:esta|estas|está|estás) (?:llamando|diciendo) (?:tont[oa]|viej[oa]|ladron|ladrona|mentiros[oa]|idiota|ignorante|brut[oa])|se (?:esta|está) (?:burlando|riendo) de mi|te (?:estas|estás) (?:burlando|riendo) de mi|eso es (?:discriminacion|discriminatorio|xenofobo|racismo|machismo|machista))(?= )/,
};

export interface CustomerReaction {
  /** the agent segment the customer objects to */
  agentSegment: number;
  /** the customer's objection */
  reactionSegment: number;
  kind: 'threat' | 'offence';
}

/** The first customer objection that follows an agent turn (the agent spoke in the previous two segments). */
export function customerReaction(pt: PreparedTranscript, threatsOnly = false): CustomerReaction | null {
  const texts = segmentTexts(pt);
  for (let i = 1; i < pt.segments.length; i++) {
    if (pt.segments[i].speaker !== 'Customer') continue;
    const threat = THREAT_REACTION[pt.language].test(texts[i]);
    const offence = !threatsOnly && !threat && OFFENCE_REACTION[pt.language].test(texts[i]);
    if (!threat && !offence) continue;
    const agent = [i - 1, i - 2].find((k) => k >= 0 && pt.segments[k].speaker === 'Agent');
    if (agent !== undefined) return { agentSegment: agent, reactionSegment: i, kind: threat ? 'threat' : 'offence' };
  }
  return null;
}

/** "no offence, but…" / "sin ofender…": said in the same breath as the remark */
const BEFORE_REMARK: Record<AnalysisLanguage, RegExp> = {
  en: / (?:no offen[cs]e|no disrespect)(?! meant| intended| at all| to you| sorry)(?= )/,
  es: / (?:sin ofender|no se ofenda|no te ofendas|no es por ofender|con todo respeto pero)(?= )/,
};
/** "it was a joke" / "es broma, perdone": about the agent's previous turn (or the same one) */
const AFTER_REMARK: Record<AnalysisLanguage, RegExp> = {
  en: / (?:came out wrong|didn t mean (?:that|it)|didnt mean (?:that|it)|shouldn t have said (?:that|it)|shouldnt have said (?:that|it)|just kidding|just joking|only joking|i was (?:just )?joking|only having a laugh|just having a laugh|it was a joke|joke lang|just messing with you)(?= )/,
  es: / (?:es broma|era broma|era una broma|es una broma|no lo dije en serio|no lo decia en serio|perdone lo que dije|perdon por lo que dije|no era mi intencion ofender|era un chiste|es un chiste|no lo tome a mal|no lo tomes a mal)(?= )/,
};

/** The agent segment the agent takes back or excuses in advance, or null. */
export function agentTakesItBack(pt: PreparedTranscript): number | null {
  const texts = segmentTexts(pt);
  let lastAgent = -1;
  for (let i = 0; i < pt.segments.length; i++) {
    if (pt.segments[i].speaker !== 'Agent') continue;
    if (BEFORE_REMARK[pt.language].test(texts[i])) return i;
    if (AFTER_REMARK[pt.language].test(texts[i])) return lastAgent >= 0 && i - lastAgent <= 3 ? lastAgent : i;
    lastAgent = i;
  }
  return null;
}
