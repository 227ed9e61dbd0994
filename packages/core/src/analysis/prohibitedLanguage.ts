// Word and phrase lists for the `prohibited_language` detector, per language and category.
// Matched exactly (after accent folding / stemming), not fuzzily, to avoid false alarms.
import type { AnalysisLanguage } from './schemas.ts';

export type ProhibitedCategory = 'profanity' | 'insult' | 'threat' | 'discriminatory';

export const PROHIBITED_LANGUAGE: Record<AnalysisLanguage, Record<ProhibitedCategory, string[]>> = {
  en: {
    profanity: ['fuck', 'fucking', 'fucked', 'shit', 'bullshit', 'asshole', 'bitch', 'bastard', 'goddamn', 'damn it', 'piss off', 'motherfucker', 'crap', 'dickhead'],
    insult: ['idiot', 'stupid', 'moron', 'dumb', 'imbecile', 'loser', 'shut up', 'you people are', 'are you deaf', 'pathetic', 'useless customer'],
    threat: ['i will hurt you', "i'll hurt you", "you'll regret", 'you will regret', "i'll find you", 'watch your back', 'i know where you live'],
    discriminatory: ['retard', 'retarded', 'wetback', 'beaner', 'spic', 'faggot', 'go back to your country', 'your kind'],
  },
  es: {
    profanity: ['mierda', 'joder', 'coño', 'puta', 'puto', 'cabrón', 'gilipollas', 'hostia', 'carajo', 'pendejo', 'chingada', 'chingar', 'me cago'],
    insult: ['idiota', 'estúpido', 'estúpida', 'imbécil', 'tonto', 'tonta', 'inútil', 'subnormal', 'cállese', 'cállate', 'es usted un', 'no sea pesado'],
    threat: ['se va a arrepentir', 'te vas a arrepentir', 'ya verá lo que le pasa', 'sé dónde vive', 'le voy a hacer daño'],
    discriminatory: ['sudaca', 'panchito', 'maricón', 'negrata', 'retrasado', 'vuelva a su país', 'los de su raza'],
  },
};
