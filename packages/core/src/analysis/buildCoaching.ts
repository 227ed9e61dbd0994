// Coaching: strengths and prioritised opportunities from compliance checks and scorecard items, each with a
// recommendation (the pack's advice plus what happened in this call), an example phrase that fits this call, and
// the evidence of the check or item it comes from.
//
// Example phrases are adapted to the call:
//  - the packs' example company ("Harper Valley Bank") becomes metadata.company_name, or "our company" /
//    "nuestra empresa"; `{company_name}` / `{agent_name}` placeholders are filled the same way;
//  - on an outbound call, "thank you for calling" openings and closings become outbound ones;
//  - an example about another topic (a debit card on a telecom outage call) is replaced by one about this call's
//    topic (see summariseCall's topics) for the skills whose examples are about the request itself
//    (confirming the need, asking about it, confirming the resolution), or by a neutral one otherwise.
import type { AnalysisLanguage, CoachingResult, Evidence, PolicyDocument, QualityResult, ScorecardDocument } from './schemas.ts';
import type { EvaluatedCheck } from './evaluatePolicy.ts';
import type { PreparedTranscript } from './prepareTranscript.ts';
import { evidenceFor } from './prepareTranscript.ts';
import type { CallSummary } from './summariseCall.ts';
import { TOPICS } from './summariseCall.ts';
import { tokenise } from './tokenise.ts';

type Priority = 'high' | 'medium' | 'low';
const RANK: Record<Priority, number> = { high: 0, medium: 1, low: 2 };
/** scorecard items at or above this score are strengths, below it opportunities */
const STRONG = 0.8;

interface Candidate {
  skill: string;
  priority: Priority;
  impact: number;
  recommendation: string;
  example_phrase: string;
  evidence: Evidence[];
}

type L = Record<AnalysisLanguage, string>;
interface TopicPhrases {
  confirm: L;
  ask: L;
  resolve: L;
}

/** Example phrases about the request itself, per topic (ids as in summariseCall's TOPICS; '' = unknown topic). */
const TOPIC_PHRASES: Record<string, TopicPhrases> = {
  debt: {
    confirm: { en: 'So, just to confirm, you can make the first payment this Friday, is that right?', es: 'Entonces, para confirmar, ¿puede hacer el primer pago este viernes?' },
    ask: { en: 'Is now a good time to talk about the balance on your account? … What amount could you manage this month?', es: '¿Es buen momento para hablar del saldo de su cuenta? … ¿Qué importe podría pagar este mes?' },
    resolve: { en: "I've recorded your payment for Friday and you'll get a written confirmation. Is that clear?", es: 'He registrado su pago para el viernes y le llegará la confirmación por escrito. ¿Le queda claro?' },
  },
  payment_plan: {
    confirm: { en: "So, just to confirm, you'd like to split the balance into monthly payments?", es: 'Entonces, para confirmar, ¿quiere fraccionar el saldo en pagos mensuales?' },
    ask: { en: 'How can I help you today? … What monthly amount would be comfortable for you?', es: '¿En qué puedo ayudarle hoy? … ¿Qué cuota mensual le resultaría cómoda?' },
    resolve: { en: "I've set up the payment plan we agreed; the first payment is due on the first of the month. Does that work for you?", es: 'He dado de alta el plan de pagos que acordamos; la primera cuota vence el día uno. ¿Le parece bien?' },
  },
  fraud: {
    confirm: { en: "So, just to confirm, you don't recognise the payment from yesterday?", es: 'Entonces, para confirmar, ¿no reconoce el cargo de ayer?' },
    ask: { en: "How can I help you today? … Which transaction don't you recognise?", es: '¿En qué puedo ayudarle hoy? … ¿Qué operación no reconoce?' },
    resolve: { en: "I've blocked the card and opened a dispute for that payment; we'll contact you within ten days. Have you noticed anything else?", es: 'He bloqueado la tarjeta y abierto una reclamación por ese cargo; le contactaremos en diez días. ¿Ha visto algo más?' },
  },
  card: {
    confirm: { en: "So, just to confirm, you'd like to replace your card?", es: 'Entonces, para confirmar, ¿quiere sustituir su tarjeta?' },
    ask: { en: 'How can I help you today? … Which card would you like to replace?', es: '¿En qué puedo ayudarle hoy? … ¿Qué tarjeta desea sustituir?' },
    resolve: { en: "I've ordered your new card; it should arrive within five business days. Does that solve it for you?", es: 'He solicitado su nueva tarjeta; le llegará en cinco días hábiles. ¿Queda resuelto?' },
  },
  declined: {
    confirm: { en: 'So, just to confirm, your card was declined when you tried to pay?', es: 'Entonces, para confirmar, ¿le rechazaron la tarjeta al intentar pagar?' },
    ask: { en: 'How can I help you today? … Where and when was the card declined?', es: '¿En qué puedo ayudarle hoy? … ¿Dónde y cuándo le rechazaron la tarjeta?' },
    resolve: { en: "I've removed the block, so the card works again right away. Could you try the payment now?", es: 'He quitado el bloqueo y la tarjeta ya funciona. ¿Puede intentar el pago ahora?' },
  },
  outage: {
    confirm: { en: 'So, just to confirm, your service has been down since last night?', es: 'Entonces, para confirmar, ¿se ha quedado sin servicio desde anoche?' },
    ask: { en: 'How can I help you today? … When did the service stop working, and which lights are on on your equipment?', es: '¿En qué puedo ayudarle hoy? … ¿Desde cuándo no tiene servicio y qué luces tiene encendidas el equipo?' },
    resolve: { en: "I've booked a technician for tomorrow morning and you'll get a text before the visit. Does that time work for you?", es: 'Le he programado la visita de un técnico para mañana por la mañana y le avisaremos por SMS. ¿Le viene bien?' },
  },
  claim: {
    confirm: { en: "So, just to confirm, you'd like to open a claim for the damage?", es: 'Entonces, para confirmar, ¿quiere dar parte del siniestro?' },
    ask: { en: 'How can I help you today? … When and where did it happen?', es: '¿En qué puedo ayudarle hoy? … ¿Cuándo y dónde ocurrió?' },
    resolve: { en: "I've opened your claim and emailed you the reference; an adjuster will call you within two days. Is that clear?", es: 'He abierto el parte y le he enviado el número de expediente por correo; un perito le llamará en dos días. ¿Le queda claro?' },
  },
  order: {
    confirm: { en: "So, just to confirm, your order hasn't arrived and you'd like a refund?", es: 'Entonces, para confirmar, ¿su pedido no ha llegado y quiere el reembolso?' },
    ask: { en: 'How can I help you today? … What is the order number?', es: '¿En qué puedo ayudarle hoy? … ¿Me indica el número de pedido?' },
    resolve: { en: "I've issued the refund; you'll see it in your account within five working days. Does that solve it for you?", es: 'He tramitado el reembolso; lo verá en su cuenta en cinco días hábiles. ¿Queda resuelto?' },
  },
  billing: {
    confirm: { en: "So, just to confirm, you'd like us to review the charge on your last bill?", es: 'Entonces, para confirmar, ¿quiere que revisemos el cargo de su última factura?' },
    ask: { en: 'How can I help you today? … Which charge on the bill looks wrong to you?', es: '¿En qué puedo ayudarle hoy? … ¿Qué cargo de la factura no le cuadra?' },
    resolve: { en: "I've corrected the charge; you'll see the credit on your next bill. Does that solve it for you?", es: 'He corregido el cargo; verá el abono en su próxima factura. ¿Queda resuelto?' },
  },
  plan_change: {
    confirm: { en: "So, just to confirm, you'd like to change your plan?", es: 'Entonces, para confirmar, ¿quiere cambiar de plan?' },
    ask: { en: 'How can I help you today? … What do you use most, so I can find the right option for you?', es: '¿En qué puedo ayudarle hoy? … ¿Qué es lo que más usa, para buscarle la opción adecuada?' },
    resolve: { en: "I've made the change; it applies from your next billing date. Is that what you wanted?", es: 'He hecho el cambio; se aplica a partir de su próxima factura. ¿Es lo que quería?' },
  },
  new_service: {
    confirm: { en: "So, just to confirm, you'd like to sign up for a new service?", es: 'Entonces, para confirmar, ¿quiere contratar un servicio nuevo?' },
    ask: { en: 'How can I help you today? … What will you mainly use it for?', es: '¿En qué puedo ayudarle hoy? … ¿Para qué lo va a usar principalmente?' },
    resolve: { en: "I've set up your new service and you'll receive the welcome email today. Does that sound good?", es: 'He dado de alta su nuevo servicio y hoy le llega el correo de bienvenida. ¿Le parece bien?' },
  },
  cancellation: {
    confirm: { en: "So, just to confirm, you'd like to cancel from the end of this month?", es: 'Entonces, para confirmar, ¿quiere darse de baja a final de mes?' },
    ask: { en: "How can I help you today? … May I ask why you'd like to cancel?", es: '¿En qué puedo ayudarle hoy? … ¿Me permite preguntarle por qué quiere darse de baja?' },
    resolve: { en: "I've processed the cancellation; you'll get a confirmation by email. Is there anything else?", es: 'He tramitado la baja; le llegará la confirmación por correo. ¿Algo más?' },
  },
  contact_details: {
    confirm: { en: "So, just to confirm, you'd like to update your address?", es: 'Entonces, para confirmar, ¿quiere actualizar su dirección?' },
    ask: { en: 'How can I help you today? … What is the new address?', es: '¿En qué puedo ayudarle hoy? … ¿Cuál es la nueva dirección?' },
    resolve: { en: "I've updated your details; everything will go to the new address from today. Is the rest still correct?", es: 'He actualizado sus datos; desde hoy todo irá a la nueva dirección. ¿El resto sigue igual?' },
  },
  loan: {
    confirm: { en: "So, just to confirm, you'd like to apply for a loan?", es: 'Entonces, para confirmar, ¿quiere solicitar un préstamo?' },
    ask: { en: 'How can I help you today? … How much would you like to borrow, and over how long?', es: '¿En qué puedo ayudarle hoy? … ¿Qué importe necesita y a qué plazo?' },
    resolve: { en: "I've submitted your application; you'll have an answer within five working days. Is that clear?", es: 'He enviado su solicitud; tendrá respuesta en cinco días hábiles. ¿Le queda claro?' },
  },
  balance: {
    confirm: { en: "So, just to confirm, you'd like the balance of your account?", es: 'Entonces, para confirmar, ¿quiere saber el saldo de su cuenta?' },
    ask: { en: 'How can I help you today? … Which account would you like the balance for?', es: '¿En qué puedo ayudarle hoy? … ¿De qué cuenta quiere el saldo?' },
    resolve: { en: "I've also sent the balance to you by text, so you have it in writing. Does that help?", es: 'Le he enviado también el saldo por SMS para que lo tenga por escrito. ¿Le sirve?' },
  },
  transfer: {
    confirm: { en: "So, just to confirm, you'd like to move money to another account?", es: 'Entonces, para confirmar, ¿quiere hacer una transferencia a otra cuenta?' },
    ask: { en: 'How can I help you today? … Which account should the money go to, and how much?', es: '¿En qué puedo ayudarle hoy? … ¿A qué cuenta y por qué importe?' },
    resolve: { en: "I've made the transfer; it will show in the other account today. Does that solve it for you?", es: 'He hecho la transferencia; hoy la verá en la otra cuenta. ¿Queda resuelto?' },
  },
  password: {
    confirm: { en: "So, just to confirm, you can't log in and need to reset your password?", es: 'Entonces, para confirmar, ¿no puede entrar y necesita restablecer la contraseña?' },
    ask: { en: 'How can I help you today? … What happens when you try to log in?', es: '¿En qué puedo ayudarle hoy? … ¿Qué le aparece cuando intenta entrar?' },
    resolve: { en: "I've sent a reset link to the email on file; it's valid for one hour. Could you try it now?", es: 'Le he enviado un enlace para restablecerla al correo registrado; vale una hora. ¿Puede probar ahora?' },
  },
  appointment: {
    confirm: { en: "So, just to confirm, you'd like to book an appointment?", es: 'Entonces, para confirmar, ¿quiere pedir una cita?' },
    ask: { en: 'How can I help you today? … Which day and time suit you best?', es: '¿En qué puedo ayudarle hoy? … ¿Qué día y hora le vienen mejor?' },
    resolve: { en: "I've booked your appointment and sent you the details by text. Is that time still good for you?", es: 'Le he reservado la cita y le he enviado los detalles por SMS. ¿Le sigue viniendo bien?' },
  },
  hours: {
    confirm: { en: "So, just to confirm, you'd like our opening hours?", es: 'Entonces, para confirmar, ¿quiere saber nuestro horario?' },
    ask: { en: 'How can I help you today? … Which location are you planning to visit?', es: '¿En qué puedo ayudarle hoy? … ¿A qué oficina piensa ir?' },
    resolve: { en: "We're open nine to five, Monday to Friday, and I've texted you the address. Does that help?", es: 'Abrimos de lunes a viernes de nueve a cinco y le he enviado la dirección por SMS. ¿Le sirve?' },
  },
  checks: {
    confirm: { en: "So, just to confirm, you'd like to order a new checkbook?", es: 'Entonces, para confirmar, ¿quiere pedir un talonario nuevo?' },
    ask: { en: 'How can I help you today? … Which account is it for?', es: '¿En qué puedo ayudarle hoy? … ¿Para qué cuenta es?' },
    resolve: { en: "I've ordered your checkbook; it will arrive within seven working days. Is that all right?", es: 'He pedido su talonario; le llegará en siete días hábiles. ¿Le parece bien?' },
  },
  payment: {
    confirm: { en: "So, just to confirm, you'd like to make a payment today?", es: 'Entonces, para confirmar, ¿quiere hacer un pago hoy?' },
    ask: { en: 'How can I help you today? … What amount would you like to pay?', es: '¿En qué puedo ayudarle hoy? … ¿Qué importe quiere pagar?' },
    resolve: { en: "Your payment has gone through and you'll get a receipt by email. Is there anything else?", es: 'Su pago se ha realizado y le llegará el justificante por correo. ¿Algo más?' },
  },
  bill_payment: {
    confirm: { en: "So, just to confirm, you'd like to pay your bill today?", es: 'Entonces, para confirmar, ¿quiere pagar su factura hoy?' },
    ask: { en: 'How can I help you today? … Which bill would you like to pay, and how would you like to pay it?', es: '¿En qué puedo ayudarle hoy? … ¿Qué factura quiere pagar y cómo desea hacerlo?' },
    resolve: { en: "Your bill is paid and you'll get a receipt by email. Is there anything else?", es: 'Su factura está pagada y le llegará el justificante por correo. ¿Algo más?' },
  },
  enquiry: {
    confirm: { en: "So, just to confirm, you'd like to know how it works before you decide?", es: 'Entonces, para confirmar, ¿quiere saber cómo funciona antes de decidir?' },
    ask: { en: 'How can I help you today? … What would you like to know first?', es: '¿En qué puedo ayudarle hoy? … ¿Qué le gustaría saber primero?' },
    resolve: { en: "I've emailed you the details so you can compare them calmly. Does that answer your question?", es: 'Le he enviado los detalles por correo para que los compare con calma. ¿Le resuelve la duda?' },
  },
  complaint: {
    confirm: { en: "So, just to confirm, you'd like to make a formal complaint about how this was handled?", es: 'Entonces, para confirmar, ¿quiere presentar una queja formal por cómo se gestionó?' },
    ask: { en: 'How can I help you today? … Could you tell me what happened, from the start?', es: '¿En qué puedo ayudarle hoy? … ¿Me cuenta lo que pasó desde el principio?' },
    resolve: { en: "I've registered your complaint and you'll get a written answer within ten days. Is there anything I missed?", es: 'He registrado su queja y recibirá una respuesta por escrito en diez días. ¿Se me ha escapado algo?' },
  },
  '': {
    confirm: { en: 'So, just to confirm, let me repeat your request back to make sure I have it right.', es: 'Entonces, para confirmar, le repito lo que necesita para asegurarme de que lo he entendido bien.' },
    ask: { en: 'How can I help you today? … Could you tell me a bit more about that?', es: '¿En qué puedo ayudarle hoy? … ¿Me puede contar un poco más?' },
    resolve: { en: "That's done; here is what happens next. Does that solve it for you?", es: 'Ya está hecho; le explico los siguientes pasos. ¿Queda resuelto?' },
  },
};

/** Which kind of request-specific example a skill / item id uses. */
const REQUEST_SKILL: Record<string, keyof TopicPhrases> = {
  active_listening: 'confirm',
  confirm_understanding: 'confirm',
  issue_identification: 'ask',
  needs_discovery: 'ask',
  discovery: 'ask',
  resolution: 'resolve',
  first_call_resolution: 'resolve',
};

/** Openings and closings per direction: {company} and {agent} are filled in. */
const OPENING: Record<'greeting' | 'identification', Record<'inbound' | 'outbound', L>> = {
  greeting: {
    inbound: { en: 'Good morning, thank you for calling {company}.', es: 'Buenos días, gracias por llamar a {company}.' },
    outbound: { en: 'Good morning, this is {agent} calling from {company}. Is now a good time to talk?', es: 'Buenos días, le llama {agent}, de {company}. ¿Es buen momento para hablar?' },
  },
  identification: {
    inbound: { en: 'Thank you for calling {company}, my name is {agent}.', es: 'Gracias por llamar a {company}, le atiende {agent}.' },
    outbound: { en: "Hello, my name is {agent} and I'm calling from {company}.", es: 'Hola, le llama {agent}, de {company}.' },
  },
};
const OUTBOUND_CLOSING: L = {
  en: 'Is there anything else I can help you with today? Thank you for your time, have a great day!',
  es: '¿Hay algo más en lo que pueda ayudarle? Gracias por su tiempo, ¡que tenga un buen día!',
};

/** The example companies and agent the built-in packs use. */
const EXAMPLE_COMPANY = /\b(?:Banco\s+Harper\s+Valley|Harper\s+Valley(?:\s+National)?(?:\s+Bank)?|Northwind(?:\s+Bank)?)\b/gi;
const EXAMPLE_AGENT = /\bAlex\b/g;
const INBOUND_WORDS = /thank you for calling|thanks for calling|gracias por llamar|gracias por comunicarse/i;

const NEUTRAL_COMPANY: L = { en: 'our company', es: 'nuestra empresa' };

function companyOf(pt: PreparedTranscript): string {
  return pt.placeholders.company_name ?? NEUTRAL_COMPANY[pt.language];
}

/** Fills placeholders and replaces the packs' example company / agent with this call's (or neutral wording). */
export function adaptCompany(phrase: string, pt: PreparedTranscript): string {
  const company = companyOf(pt);
  const agent = pt.placeholders.agent_name;
  let out = phrase.replace(/\{company_name\}|\{company\}/g, company).replace(EXAMPLE_COMPANY, company);
  out = out.replace(/\{agent_name\}|\{agent\}/g, agent ?? 'Alex');
  if (agent) out = out.replace(EXAMPLE_AGENT, agent);
  return out;
}

/** The topic an example phrase is about, if any (by the same topic patterns as the summary). */
function topicOfPhrase(phrase: string, lang: AnalysisLanguage): string | null {
  const norm = tokenise(phrase, lang).map((t) => t.norm).join(' ');
  for (const tp of TOPICS) if (tp.pattern[lang].test(norm)) return tp.id;
  // objects of a request the topic patterns leave to context ("which card would you like to replace?")
  if (/(?<![\p{L}])(?:cards?|debit|tarjetas?|debito)(?![\p{L}])/u.test(norm)) return 'card';
  if (/(?<![\p{L}])(?:checkbooks?|cheques?|talonarios?|chequeras?)(?![\p{L}])/u.test(norm)) return 'checks';
  return null;
}

/** Topics close enough that an example about one fits the other. */
const RELATED: Record<string, string[]> = {
  card: ['declined', 'fraud'],
  declined: ['card', 'fraud'],
  fraud: ['card', 'declined'],
  debt: ['payment_plan', 'payment'],
  payment_plan: ['debt', 'payment'],
  payment: ['billing', 'debt', 'bill_payment'],
  billing: ['payment', 'bill_payment'],
  bill_payment: ['billing', 'payment'],
  plan_change: ['new_service'],
  new_service: ['plan_change'],
  order: ['cancellation'],
  cancellation: ['order'],
};

const ES_DOCS: Array<[RegExp, string]> = [
  [/\bdni\b/, 'DNI'], [/\bnie\b/, 'NIE'], [/\bcedula\b/, 'cédula'], [/\brut\b/, 'RUT'], [/\bcurp\b/, 'CURP'], [/\bine\b/, 'INE'], [/\bdui\b/, 'DUI'], [/\bpasaporte\b/, 'pasaporte'],
];

/** The identity document / factor of the examples, as used in this call's country ("DNI" in Spain, "cédula", "RUT", "CURP"…). */
function adaptIdentityFactor(phrase: string, pt: PreparedTranscript): string {
  const region = String(pt.metadata?.region ?? pt.metadata?.country ?? '').toUpperCase();
  let text = '';
  for (let i = 0; i < pt.tokens.length && text.length < 20000; i++) text += ` ${pt.tokens[i].map((t) => t.norm).join(' ')}`;
  if (pt.language === 'es') {
    if (!/\bDNI\b/.test(phrase)) return phrase;
    const used = ES_DOCS.find(([re]) => re.test(text))?.[1];
    const spain = region === 'ES' || /\b(?:euros?|vosotros|vuestr[oa]s?|ordenador|nif|movil)\b/.test(text);
    const doc = used ?? (spain ? 'DNI' : 'documento de identidad');
    return phrase.replace(/\bDNI\b/, doc);
  }
  if (!/\bsocial\b/i.test(phrase) || /\b(?:social|ssn)\b/.test(text) || region === 'US') return phrase;
  const factor = /\bzip\b/.test(text) ? 'your ZIP code' : 'your postcode';
  return phrase.replace(/the last four digits of your social( security number)?/i, factor);
}

/** An example phrase for this call: company adapted, direction respected, on this call's topic. */
function exampleFor(skill: string, itemId: string, phrase: string, pt: PreparedTranscript, summary: CallSummary): string {
  const lang = pt.language;
  const dir = summary.direction;
  const fill = (s: string) => s.replace(/\{company\}/g, companyOf(pt)).replace(/\{agent\}/g, pt.placeholders.agent_name ?? 'Alex');
  const id = REQUEST_SKILL[skill] ? skill : itemId;
  const kind = REQUEST_SKILL[id];
  if (!phrase) {
    if (kind) return TOPIC_PHRASES[summary.topic ?? '']?.[kind]?.[lang] ?? TOPIC_PHRASES[''][kind][lang];
    return phrase;
  }
  if (id === 'greeting' || id === 'agent_identification') {
    const known = new RegExp(EXAMPLE_COMPANY.source, 'i').test(phrase);
    if (dir === 'outbound' && INBOUND_WORDS.test(phrase)) return fill(OPENING[id === 'greeting' ? 'greeting' : 'identification'].outbound[lang]);
    if (known) return fill(OPENING[id === 'greeting' ? 'greeting' : 'identification'][dir][lang]);
    return adaptCompany(phrase, pt);
  }
  if (id === 'closing' && dir === 'outbound' && INBOUND_WORDS.test(phrase)) return OUTBOUND_CLOSING[lang];
  if (id === 'identity_verification') return adaptCompany(adaptIdentityFactor(phrase, pt), pt);
  if (kind) {
    const about = topicOfPhrase(phrase, lang);
    const topic = summary.topic ?? '';
    if (about && about !== topic && !(RELATED[topic] ?? []).includes(about)) {
      return TOPIC_PHRASES[topic]?.[kind]?.[lang] ?? TOPIC_PHRASES[''][kind][lang];
    }
  }
  return adaptCompany(phrase, pt);
}

/** What happened in this call, appended to the pack's advice so the recommendation points at the evidence. */
function inThisCall(explanation: string, lang: AnalysisLanguage): string {
  const e = explanation.trim();
  if (!e) return '';
  return lang === 'es' ? ` En esta llamada: ${e}` : ` In this call: ${e}`;
}

export function buildCoaching(
  pt: PreparedTranscript,
  checks: EvaluatedCheck[],
  policy: PolicyDocument,
  quality: QualityResult,
  scorecard: ScorecardDocument,
  summary: CallSummary,
): CoachingResult {
  const lang = pt.language;
  const firstAgent = pt.segments.findIndex((s) => s.speaker === 'Agent');
  let lastAgent = -1;
  for (let i = pt.segments.length - 1; i >= 0; i--) if (pt.segments[i].speaker === 'Agent') { lastAgent = i; break; }
  /** Where a missing behaviour should have been: the opening, the request, the outcome, or the end of the call. */
  const fallbackEvidence = (id: string): Evidence[] => {
    let i = firstAgent;
    if (id === 'closing') i = lastAgent;
    else if (REQUEST_SKILL[id] === 'resolve') i = summary.outcomeSegment ?? lastAgent;
    else if (REQUEST_SKILL[id]) i = summary.reasonSegment ?? firstAgent;
    if (i < 0) i = pt.segments.length ? 0 : -1;
    return i >= 0 ? [evidenceFor(pt, i)] : [];
  };
  const candidates: Candidate[] = [];
  for (const c of checks) {
    if (c.status !== 'failed') continue;
    const rule = policy.rules.find((r) => r.id === c.id);
    const hint = rule?.coaching;
    const priority: Priority = c.severity === 'critical' || c.autoFail ? 'high' : c.severity === 'major' ? 'medium' : 'low';
    const skill = hint?.skill ?? c.id;
    const base = hint?.recommendation[lang];
    candidates.push({
      skill,
      priority,
      impact: 100 + (c.severity === 'critical' ? 30 : c.severity === 'major' ? 20 : 10) + (c.autoFail ? 5 : 0),
      recommendation: base ? base + inThisCall(c.explanation, lang) : c.explanation,
      example_phrase: exampleFor(skill, c.id, hint?.example_phrase[lang] ?? '', pt, summary),
      evidence: c.evidence.length ? c.evidence : fallbackEvidence(c.id),
    });
  }
  for (const item of quality.scorecard) {
    if (item.score >= STRONG || item.status === 'not_applicable') continue;
    const def = scorecard.items.find((i) => i.id === item.id);
    if (!def) continue;
    const priority: Priority = item.score < 0.5 ? (item.weight >= 15 ? 'high' : 'medium') : 'low';
    const skill = def.coaching.skill ?? item.id;
    candidates.push({
      skill,
      priority,
      impact: item.weight * (1 - item.score),
      recommendation: def.coaching.recommendation[lang] + inThisCall(item.explanation, lang),
      example_phrase: exampleFor(skill, item.id, def.coaching.example_phrase[lang], pt, summary),
      evidence: item.evidence.length ? item.evidence : fallbackEvidence(item.id),
    });
  }
  // one opportunity per skill: keep the most urgent (its own evidence, never another item's)
  candidates.sort((a, b) => RANK[a.priority] - RANK[b.priority] || b.impact - a.impact || a.skill.localeCompare(b.skill));
  const seen = new Set<string>();
  const opportunities = candidates
    .filter((c) => (seen.has(c.skill) ? false : (seen.add(c.skill), true)))
    .map(({ impact: _i, ...c }) => c);

  const strengths = quality.scorecard
    .filter((i) => i.score >= STRONG && i.status !== 'not_applicable' && i.evidence.length > 0 && !seen.has(i.id))
    .sort((a, b) => b.weight * b.score - a.weight * a.score || a.id.localeCompare(b.id))
    .slice(0, 3)
    .map((i) => ({ skill: i.id, detail: `${i.title}: ${i.explanation}`, evidence: i.evidence }));

  return { summary: summary.text, strengths, opportunities, focus_area: opportunities[0]?.skill ?? null };
}
