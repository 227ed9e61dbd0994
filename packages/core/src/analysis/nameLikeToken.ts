// Is a transcript word plausibly a person's (first) name? Used by the `{name}` phrase slot
// ("this is {name}", "soy {name}") so self-introductions are recognised without
// metadata.agent_name. Works on lower-case ASR text: a word is name-like unless it is a
// common/function word that cannot be a name (explicit English and Spanish stop-lists),
// a number, or (English) shaped like an -ing form, participle or adverb. Pure and deterministic.
import type { AnalysisLanguage } from './schemas.ts';
import type { Token } from './tokenise.ts';

/** Stop-list entries are written normalised (lower case, accents folded except ñ, no apostrophes). */
const words = (s: string) => s.trim().split(/\s+/);

/** Words that occur in both languages' transcripts and are never names. */
const COMMON = words(`
  ok okay yes yeah yep no nope hi hello hey bye uh um umm er erm eh ah mm hmm mhm oh
`);

/** Company-ish words: "this is Northwind Bank" names the company, not the agent. */
const COMPANY_WORDS: Record<AnalysisLanguage, string[]> = {
  en: words(`
    bank banks banking credit union insurance services service company corp corporation inc ltd llc group financial finance
    telecom energy mobile wireless airlines airways hospital clinic agency collections collection solutions systems
    international national federal savings loan loans mortgage capital trust utilities electric gas water cable
  `),
  es: words(`
    banco caja cajamar seguros seguro servicios servicio compañia empresa grupo financiera entidad telefonica telefonia
    energia aseguradora agencia cobros recobros soluciones sistemas internacional nacional hipotecas credito creditos
  `),
};

/**
 * English words that cannot be a name after "this is" / "I'm" / "I am" / "you're speaking with" /
 * before "speaking": function words, pronouns, auxiliaries, common adjectives/adverbs/verbs of
 * call-centre talk ("this is about your card", "I am calling from the bank", "I'm sorry").
 */
const EN_STOP = words(`
  sir madam maam miss mister mr mrs ms
  youre youve youll youd were weve wed theyre theyve hes shes thats whats wheres whos theres heres lets ive ill id
  dont doesnt didnt cant cannot wont isnt arent wasnt werent havent hasnt couldnt wouldnt shouldnt aint
  a an the this that these those it its is are was were be been being am im i me my mine we us our ours you your yours
  he him his she her hers they them their theirs one ones someone somebody anyone anybody everyone everybody nobody none
  who whom whose what which where when why how whether if then than so as such there here
  and or but nor not never also just only still even already again too very really quite rather pretty totally
  about regarding concerning re in on at by for from with without to into onto of off out over under up down through
  after before during since until while because though although unless around behind near across against along
  can could would shall should might must do does did done doing have has had having get gets got getting
  going gonna wanna gotta go goes went gone come coming came make making made take taking took
  call calls calling called phone phoning ring ringing reach reaching contact contacting
  speak speaking spoke talk talking talked say saying said tell telling ask asking asked
  sorry afraid glad happy pleased delighted sure certain positive confident aware unaware able unable
  here there back available busy free new old good great fine well okay alright better best bad worse worst
  correct incorrect right wrong true false real important urgent serious quick short long brief
  ridiculous crazy strange weird odd unusual normal typical standard usual perfect excellent awesome wonderful
  amazing terrible horrible awful frustrating confusing concerning interesting possible impossible necessary
  mandatory required optional free automated recorded monitored courtesy final second first last next
  following follow reminder message notice notification update regard
  calling checking looking trying pulling putting placing sending showing seeing hearing having reaching
  transferring reviewing processing verifying confirming updating waiting working helping handling
  concerned interested worried confused surprised excited thrilled honored honoured authorized authorised
  sorry apologize apologise apologizing apologising thankful grateful
  actually definitely certainly absolutely basically literally honestly seriously obviously clearly simply
  probably possibly maybe perhaps exactly currently presently personally generally technically
  now today tomorrow yesterday tonight morning afternoon evening night week month year
  monday tuesday wednesday thursday friday saturday sunday
  january february march september october november december
  customer customers client clients caller member members agent agents representative rep advisor adviser
  specialist operator manager supervisor officer team department dept support help desk helpdesk line
  account accounts card cards payment payments billing balance loan order claim case issue problem
  matter question request complaint inquiry enquiry policy your yours
  english spanish french german chinese italian portuguese british american canadian mexican australian irish indian
  still already almost ready set kind sort part due late early close open closed finished based hoping unfortunately
  usually gonna supposed allowed located harder easier bigger smaller faster slower longer shorter simpler higher lower cheaper quicker
  zero one two three four five six seven eight nine ten hundred thousand
  all any some every each both either neither much many more most less least few lot lots
  everything something anything nothing
  thank thanks please welcome like love want need think know mean see hear let
  gone done charge
`);

/** Spanish words that cannot be a name after "soy" / "le atiende" / "le habla" / "habla con" / "me llamo". */
const ES_STOP = words(`
  señor señora señorita don doña
  el la los las lo un una unos unas uno al del de en con por para sin sobre entre hacia hasta desde segun a ante bajo tras
  y e o u ni que quien quienes cual cuales como cuando donde cuanto cuanta porque pues si no tambien tampoco ya aun todavia
  yo tu usted ustedes el ella ellos ellas nosotros nosotras vosotros me te se le les nos os mi mis su sus tu tus nuestro nuestra
  nuestros nuestras vuestro vuestra este esta esto estos estas ese esa eso esos esas aquel aquella aqui ahi alli aca alla
  es soy eres somos son fue era ser estar estoy esta estamos estan he ha hemos han hay habla hablo hablando hablar
  muy mas menos tan tanto bien mal mejor peor solo sola solamente casi nada algo todo todos toda todas cada otro otra otros otras
  cliente clientes titular titulares socio socia usuario usuaria agente agentes asesor asesora gestor gestora operador operadora
  comercial responsable encargado encargada supervisor supervisora tecnico tecnica especialista representante empleado empleada
  departamento servicio atencion equipo central oficina sucursal linea soporte ayuda
  nuevo nueva nuevos nuevas consciente conscientes capaz seguro segura feliz contento contenta perdon disculpe lo siento
  cuenta tarjeta tarjetas pago pagos recibo factura saldo prestamo deuda consulta llamada llamadas reclamacion incidencia problema
  llamando llamo llamar llama llamamos llamaba
  personalmente actualmente ahora hoy mañana ayer tarde noche semana mes año
  lunes martes miercoles jueves viernes sabado domingo
  enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
  español española ingles inglesa frances francesa aleman alemana mexicano mexicana argentino argentina colombiano colombiana
  enseguida pronto inmediatamente alguien nadie ninguno ninguna persona parte compañero compañera gerente director directora jefe jefa
  esperando revisando comprobando gestionando tramitando consultando
  cero dos tres cuatro cinco seis siete ocho nueve diez cien mil
  gracias favor hola adios buenas buenos dias vale claro perfecto correcto exacto
`);

/** English names the -ing / -ed / -ly rules would reject. */
const EN_SUFFIX_NAMES = new Set([
  'irving', 'sterling', 'channing', 'manning', 'fleming', 'browning', 'harding', 'ewing', 'deming',
  'mohammed', 'muhammed', 'mohamed', 'mildred', 'winifred', 'manfred', 'wilfred', 'siegfried',
  'beverly', 'kimberly', 'shelly', 'lilly', 'nelly', 'dolly', 'polly', 'emily', 'kelly', 'holly', 'molly', 'sally', 'billy', 'willy',
]);
/** English word shapes that are not first names: -ing forms ("calling"), participles ("authorized"), adverbs ("totally"). */
const EN_NOT_NAME_SHAPE = /^(?:.{3,}ing|.{5,}ed|.{4,}ly)$/;

const STOP: Record<AnalysisLanguage, Set<string>> = {
  en: new Set([...COMMON, ...EN_STOP, ...COMPANY_WORDS.en]),
  es: new Set([...COMMON, ...ES_STOP, ...COMPANY_WORDS.es]),
};
const COMPANY: Record<AnalysisLanguage, Set<string>> = { en: new Set(COMPANY_WORDS.en), es: new Set(COMPANY_WORDS.es) };

/** Words after a name that introduce the company ("sam from the bank"): stop looking for a company suffix. */
const PREPOSITIONS = new Set(['from', 'at', 'with', 'of', 'for', 'de', 'del', 'en', 'con', 'para']);

/** Is `word` (normalised: lower case, accents folded, no apostrophes) a possible name on its own? */
export function isNameLikeWord(word: string, language: AnalysisLanguage): boolean {
  if (word.length < 2 || !/^[\p{L}]+$/u.test(word)) return false;
  if (STOP[language].has(word)) return false;
  // the other language's function words are not names either (code-switching, language misdetection)
  if (language === 'en' && (word === 'soy' || word === 'hablando')) return false;
  if (language === 'en' && EN_NOT_NAME_SHAPE.test(word) && !EN_SUFFIX_NAMES.has(word)) return false;
  return true;
}

/**
 * Is tokens[k] a name-like word in context? Also rejects a word that belongs to the company name
 * (`excluded`, e.g. from metadata.company_name) or that starts a company name
 * ("this is Northwind Bank": a company word follows within two words, in the same clause, with no preposition between).
 */
export function isNameLikeToken(tokens: Token[], k: number, language: AnalysisLanguage, excluded: ReadonlySet<string> = new Set()): boolean {
  const t = tokens[k];
  if (!t || !isNameLikeWord(t.norm, language) || excluded.has(t.norm)) return false;
  for (let j = k + 1; j <= k + 2 && j < tokens.length; j++) {
    const n = tokens[j];
    if (n.clause !== t.clause || PREPOSITIONS.has(n.norm)) break;
    if (COMPANY[language].has(n.norm)) return false;
  }
  return true;
}
