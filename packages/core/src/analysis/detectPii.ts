// PII detection over a speaker-labelled transcript: card numbers (Luhn, across
// split digits, spoken numbers and consecutive segments), CVV, expiry, SSN,
// Spanish DNI/NIE (check letter), IBAN (mod-97), emails (written or spoken), phones.
// Findings carry character spans so redaction can replace them; clear values never leave this module.
import type { AnalysisLanguage, PiiType, TranscriptSegment } from './schemas.ts';
import { foldAccents, tokenise } from './tokenise.ts';
import type { Token } from './tokenise.ts';
import { readDigitRuns } from './spokenNumbers.ts';
import type { DigitRun } from './spokenNumbers.ts';
import { isPlausibleCardNumber, isValidDni, isValidIban, isValidNie } from './validators.ts';

export interface PiiSpan {
  segment: number;
  from: number;
  to: number;
}

export interface PiiFinding {
  type: PiiType;
  speaker: TranscriptSegment['speaker'];
  /** first segment involved */
  segment: number;
  start: number;
  end: number;
  spans: PiiSpan[];
  /**
   * a doubtful reading (a Luhn-valid window of a longer number said without any card word, a code sent by SMS read
   * where a CVV could be): redacted like the type says, so stored transcripts never show less masking than a real card
   * would get, but the pci_card_data verdict does not count it
   */
  weak?: true;
}

export const PII_TAGS: Record<PiiType, string> = {
  card_number: '[CARD_NUMBER]',
  card_cvv: '[CVV]',
  card_expiry: '[CARD_EXPIRY]',
  ssn: '[SSN]',
  dni: '[DNI]',
  nie: '[NIE]',
  iban: '[IBAN]',
  email: '[EMAIL]',
  phone: '[PHONE]',
};

interface StreamToken extends Token {
  seg: number;
}

const BREAK: StreamToken = { raw: '|', norm: '|', stem: '|', phon: '|', from: -1, to: -1, clause: -1, seg: -1 };
const MAX_STREAM_GAP_SECONDS = 10;
/** the other side may say this much (no numbers, no new topic) without splitting a number: "sir, there's no need, I already…" */
const MAX_INTERJECTION_TOKENS = 12;

const CVV_CONTEXT = /\b(cvv\d?|cvc\d?|cv2|cid|security code|card security number|(?<!last )three digits?|(?<!last )3 digits?|four digit code|(?:four|4) digits? on the front|front of the card|back of the card|on the back(?! office| end| room)|the back(?! office| end| room| of the (?:queue|line))|codigo de seguridad|codigo cvv|codigo de atras|el de atras|de atras|numeros de atras|digitos de atras|tres digitos|3 digitos|tres numeritos|dorso|parte de atras|(?:el|del|al) reverso|codigo(?! (?:postal|dactilar|de area|de autorizacion|de referencia|de pedido|del pedido|de descuento|promocional|de seguimiento|de cliente|de verificacion|sms|otp|de barras|de activacion|del producto)))\b/;
/** the 3-4 digits are something else: last digits of a card/SSN/ID, a PIN, a postcode */
const NOT_CVV_CONTEXT = /\b(last (four|4|three|3|two|2)|ultimos (cuatro|tres|dos|4|3)|ultimas (cuatro|tres)|terminacion|termina en|ending in|ends in|social security|seguro social|ssn|pin|nip|clave|password|contraseña|postcode|zip|codigo postal|extension|apartment|apartamento|piso|suite|dactilar|cedula|dni|documento|pasaporte|passport|licencia|license|licence|trn|tax|national insurance|id number|identification|ird|end with|ends with|ending with|acaba en|termina en|sin|social insurance|nric|aadhaar|pan)\b/;
/** a code that was sent to the customer: SMS / text / e-mail / app one-time codes */
const ONE_TIME_CODE_CONTEXT = /\b(sms|mensaje|mensajito|whatsapp|text message|text|texted|texting|one time|onetime|otp|passcode|verification code|authentication code|authenticator|codigo de verificacion|codigo de validacion|codigo de acceso|un solo uso|sent|send|sending|enviado|enviamos|enviar|envie|envio|mandado|mandamos|mandar|mande|llegado|llego|recibido|received|app|aplicacion|e ?mail|e ?mailed|correo)\b/;
/** a number followed by one of these is an amount or a quantity, not a code */
const AMOUNT_AFTER = /^(pesos?|euros?|dolares|dollars?|bucks|quid|pounds?|rand|soles|megas?|gigas?|mb|gb|minutos?|minutes?|meses|months?|dias|days|horas|hours|percent|porciento)$/;
/** other numbers an agent asks for between two groups of digits */
const OTHER_NUMBER_CONTEXT = /\b(sort code|routing|member|membership|policy|poliza|referencia|reference|pedido|order|socio|afiliado|afiliacion|expediente|contrato|contract|licence|license|pasaporte|passport)\b/;
/** words that tie a code to the payment card itself */
const CARD_CODE_CONTEXT = /\b(card|tarjeta|cvv\d?|cvc\d?|cv2|cid|back|atras|dorso|reverso|visa|mastercard|amex|debit|credit|debito|credito)\b/;
/** numbers that are long by nature and are not cards: bank accounts, prepaid meter tokens, SIM / device serials */
const LONG_NUMBER_CONTEXT = /\b(iban|bank account|cuenta bancaria|cuenta clabe|clabe|cbu|sort code|swift|bic|meter|meter number|token|voucher|recharge|recarga|codigo de recarga|numero de contador|contador|medidor|cups|iccid|sim|imei|serial|serie|twenty digits|veinte digitos|veinte cifras|twenty two digits|veintidos digitos)\b/;
/** words that say the number is a payment card */
const CARD_CONTEXT = /\b(card|cards|tarjeta|tarjetas|visa|mastercard|master card|amex|american express|american|discover|maestro|diners|jcb|debit|credit|debito|credito|plastico|long number|numero largo|dieciseis digitos|sixteen digits|16 digits)\b/;
const EXPIRY_CONTEXT = /\b(expir\w*|expiration|valid thru|valid through|good thru|caduc\w*|vencimiento|vence|valida hasta)\b/;
const SSN_CONTEXT = /\b(social security|social|ssn|seguro social)\b/;
const ACCOUNT_CONTEXT = /\b(account number|routing|numero de cuenta|cuenta numero|reference number|reference|numero de referencia|referencia|confirmation number|order number|case number|claim number|tracking number|tracking|policy number|invoice number|loan number|member number|customer number|contract number|ticket number|numero de poliza|numero de guia|numero de seguimiento|numero de pedido|numero del pedido|numero de orden|numero de factura|numero de socio|numero de cliente|numero de contrato|numero de radicado|radicado|numero de ticket|numero de caso|numero de expediente|localizador|numero de reclamo|numero de reclamacion|numero de reclamacion|numero de incidencia|numero de incidente|numero de folio|folio|numero de operacion|numero de transaccion|numero de autorizacion|codigo de reserva|numero de reserva|booking reference|booking number|reservation number|incident number|complaint number|dispute number|transaction number|authorization number|authorisation number|confirmation code|serial number|numero de serie|imei)\b/;
const NEW_TOPIC_CONTEXT = /\b(phone|telephone|email|zip|postcode|postal|date of birth|birth|dni|nie|telefono|movil|correo|codigo postal|nacimiento|iban|account|cuenta)\b/;
const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre',
]);
const LETTER_NAMES: Record<string, string> = {
  zeta: 'Z', equis: 'X', jota: 'J', ele: 'L', eme: 'M', ene: 'N', erre: 'R', ese: 'S', uve: 'V', efe: 'F', hache: 'H', ka: 'K',
  be: 'B', ce: 'C', de: 'D', ge: 'G', pe: 'P', cu: 'Q', te: 'T', a: 'A', e: 'E', i: 'I', o: 'O', u: 'U', w: 'W', y: 'Y',
};

function letterAt(tokens: StreamToken[], k: number, afterLetra: boolean): { letter: string; to: number } | null {
  const t = tokens[k];
  if (!t || t.seg < 0) return null;
  if (t.norm === 'letra' || t.norm === 'letter') return letterAt(tokens, k + 1, true);
  if (/^[a-z]$/.test(t.norm)) return { letter: t.norm.toUpperCase(), to: k + 1 };
  const named = LETTER_NAMES[t.norm];
  if (named && (afterLetra || t.norm.length > 2)) return { letter: named, to: k + 1 };
  return null;
}

/** A payment card by issuer prefix and length (Visa 13/16/19, Mastercard 16, Amex 15, Diners 14-16, JCB/Discover/Maestro 16-19), Luhn-valid. */
export function isIssuerCardNumber(d: string): boolean {
  if (!isPlausibleCardNumber(d)) return false;
  const L = d.length;
  const p2 = Number(d.slice(0, 2));
  const p4 = Number(d.slice(0, 4));
  switch (d[0]) {
    case '4':
      return L === 13 || L === 16 || L === 19;
    case '5':
      return L >= 16 && L <= 19;
    case '2':
      return p4 >= 2221 && p4 <= 2720 && L === 16;
    case '3':
      if (p2 === 34 || p2 === 37) return L === 15;
      if (p2 === 35) return L >= 16 && L <= 19;
      if (p2 === 30 || p2 === 36 || p2 === 38 || p2 === 39) return L >= 14 && L <= 19;
      return false;
    case '6':
      return L >= 16 && L <= 19;
    default:
      return false;
  }
}

/** where the last cue of a kind ends in the context (-1 when absent): the nearest cue decides ("ending in 0833 and the security code is…") */
const GLOBAL_CUES = new Map<RegExp, RegExp>();
function lastCue(re: RegExp, ctx: string): number {
  let g = GLOBAL_CUES.get(re);
  if (!g) GLOBAL_CUES.set(re, (g = new RegExp(re.source, 'g')));
  let last = -1;
  for (const m of ctx.matchAll(g)) last = m.index + m[0].length;
  return last;
}

/** an expiry as said after a card number: MMYY, MYY ("one twenty-seven") or MMYYYY, with a plausible year */
function isExpiryDigits(x: string): boolean {
  const yy = (y: string) => Number(y) >= 15 && Number(y) <= 45;
  if (x.length === 4) return Number(x.slice(0, 2)) >= 1 && Number(x.slice(0, 2)) <= 12 && yy(x.slice(2));
  if (x.length === 3) return x[0] !== '0' && yy(x.slice(1));
  if (x.length === 6) return Number(x.slice(0, 2)) >= 1 && Number(x.slice(0, 2)) <= 12 && x.slice(2, 4) === '20' && yy(x.slice(4));
  return false;
}

/**
 * What follows a card number in the same breath: nothing, a stray digit or two, a CVV (3 digits, 4 on an Amex), an
 * expiry, or both in either order. "… one zero two seven, four four eight five" (a 20-digit meter token) is not.
 */
export function tailReadsAsCardData(tail: string, card: string): boolean {
  if (tail.length <= 3) return true;
  const cvvLengths = /^3[47]/.test(card) ? [3, 4] : [3];
  if (isExpiryDigits(tail) || (cvvLengths.includes(tail.length) && tail.length === 4)) return true;
  for (const c of cvvLengths) {
    if (tail.length <= c) continue;
    if (isExpiryDigits(tail.slice(c)) || isExpiryDigits(tail.slice(0, tail.length - c))) return true;
  }
  return false;
}

/** "four eight one, four eight one": a group said twice is one group */
function undouble(d: string): string {
  const h = d.length / 2;
  return d.length % 2 === 0 && h >= 3 && d.slice(0, h) === d.slice(h) ? d.slice(0, h) : d;
}

function timeAt(seg: TranscriptSegment, charOffset: number, tokenIndex: number, tokenCount: number, edge: 'start' | 'end'): number {
  const words = seg.words;
  if (words && words.length === tokenCount && words[tokenIndex]) return words[tokenIndex][edge];
  const len = Math.max(1, seg.text.length);
  return seg.start + ((seg.end - seg.start) * Math.min(len, Math.max(0, charOffset))) / len;
}

export function detectPii(segments: TranscriptSegment[], language: AnalysisLanguage, tokensBySegment?: Token[][]): PiiFinding[] {
  const toks = tokensBySegment ?? segments.map((s) => tokenise(s.text, language));
  const findings: PiiFinding[] = [];
  const covered: Array<Array<[number, number]>> = segments.map(() => []);

  const overlaps = (spans: PiiSpan[]) => spans.some((sp) => covered[sp.segment].some(([a, b]) => sp.from < b && a < sp.to));
  const add = (type: PiiType, spans: PiiSpan[], edges: { start: number; end: number }, weak = false) => {
    if (spans.length === 0 || overlaps(spans)) return;
    for (const sp of spans) covered[sp.segment].push([sp.from, sp.to]);
    const first = spans[0].segment;
    const f: PiiFinding = { type, speaker: segments[first].speaker, segment: first, start: edges.start, end: edges.end, spans };
    if (weak) f.weak = true;
    findings.push(f);
  };
  const spanTime = (segIdx: number, from: number, to: number) => {
    const seg = segments[segIdx];
    const ts = toks[segIdx];
    const iFrom = Math.max(0, ts.findIndex((t) => t.to > from));
    let iTo = ts.length - 1;
    for (let i = ts.length - 1; i >= 0; i--) if (ts[i].from < to) { iTo = i; break; }
    return { start: timeAt(seg, from, iFrom, ts.length, 'start'), end: timeAt(seg, to, iTo, ts.length, 'end') };
  };

  // 1. written forms, per segment
  segments.forEach((seg, i) => {
    const text = seg.text;
    const regexes: Array<[PiiType, RegExp, (m: RegExpMatchArray) => boolean]> = [
      ['iban', /\b[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]{2,4}){3,8}\b/g, (m) => isValidIban(m[0].replace(/[ -]/g, ''))],
      ['email', /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, () => true],
      ['email', /\b[a-z0-9]+(?:\s+(?:dot|punto)\s+[a-z0-9]+)*\s+(?:at|arroba)\s+[a-z0-9]+(?:\s+(?:dot|punto)\s+[a-z0-9]+)*\s+(?:dot|punto)\s+(?:com|net|org|edu|gov|es|mx|co|io|info)\b/gi, () => true],
      ['ssn', /\b\d{3}-\d{2}-\d{4}\b/g, () => true],
      ['nie', /\b([XYZxyz])[\s.-]?(\d{7})[\s-]?([A-Za-z])\b/g, (m) => isValidNie(m[1], m[2], m[3])],
      ['dni', /\b(\d{2}[.\s]?\d{3}[.\s]?\d{3})[\s-]?([A-Za-z])\b/g, (m) => isValidDni(m[1].replace(/[.\s]/g, ''), m[2])],
      // a whole written number only: 13-19 digits not glued to more digits (a window of a longer reference is not a card)
      ['card_number', /(?<!\d[ -]?)\b\d(?:[ -]?\d){12,18}\b(?![ -]?\d)/g, (m) => isIssuerCardNumber(m[0].replace(/[ -]/g, '')) || (CARD_CONTEXT.test(foldAccents(text.toLowerCase())) && isPlausibleCardNumber(m[0].replace(/[ -]/g, '')))],
      ['phone', /(?:\+\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{3,4}\b/g, (m) => /^\d{9,13}$/.test(m[0].replace(/\D/g, ''))],
    ];
    for (const [type, re, valid] of regexes) {
      for (const m of text.matchAll(re)) {
        if (!valid(m)) continue;
        const from = m.index!;
        const to = from + m[0].length;
        add(type, [{ segment: i, from, to }], spanTime(i, from, to));
      }
    }
  });

  // 2. spoken / split digit runs, per speaker stream
  const digitsOf = (ts: Token[]) => readDigitRuns(ts, language, { compounds: true }).map((r) => r.digits).join('');
  /** digits of the stream since its last break (at most the last 60 tokens) */
  const streamTail = (stream: StreamToken[]) => {
    let k = stream.length;
    while (k > 0 && stream.length - k < 60 && stream[k - 1].seg >= 0) k--;
    return digitsOf(stream.slice(k));
  };
  for (const speaker of ['Agent', 'Customer'] as const) {
    const stream: StreamToken[] = [];
    let lastSeg = -1;
    let interjection = 0;
    let interjectionDigits = false;
    segments.forEach((seg, i) => {
      if (seg.speaker !== speaker) {
        const said = toks[i].map((t) => t.norm).join(' ');
        // asking for another kind of number ("and the sort code?", "¿y el número de referencia?") starts a new number
        const newTopic =
          CVV_CONTEXT.test(said) || EXPIRY_CONTEXT.test(said) || SSN_CONTEXT.test(said) || NEW_TOPIC_CONTEXT.test(said) ||
          ((ACCOUNT_CONTEXT.test(said) || LONG_NUMBER_CONTEXT.test(said) || OTHER_NUMBER_CONTEXT.test(said)) && !CARD_CONTEXT.test(said));
        const heard = digitsOf(toks[i]);
        // the other side reading back what was just said ("four two eight four, six nine six five, go on") does not interrupt
        if (!newTopic && heard.length >= 3 && streamTail(stream).endsWith(heard)) return;
        interjection += toks[i].length;
        if (toks[i].some((t) => /\d/.test(t.norm)) || heard.length >= 3) interjectionDigits = true;
        if (newTopic) interjectionDigits = true;
        return;
      }
      if (lastSeg >= 0 && (seg.start - segments[lastSeg].end > MAX_STREAM_GAP_SECONDS || interjection > MAX_INTERJECTION_TOKENS || interjectionDigits)) {
        stream.push(BREAK);
      }
      for (const t of toks[i]) stream.push({ ...t, seg: i });
      lastSeg = i;
      interjection = 0;
      interjectionDigits = false;
    });
    // segments boundaries without BREAK are allowed inside a run; a BREAK is not a number, so runs stop there
    const runs = readDigitRuns(stream, language, { compounds: true });
    for (const run of runs) detectInRun(run, stream, speaker);
  }

  function contextBefore(stream: StreamToken[], from: number, speaker: string): string {
    const own = stream.slice(Math.max(0, from - 14), from).filter((t) => t.seg >= 0).map((t) => t.norm);
    // what the other side asked just before
    const firstSeg = stream[from]?.seg ?? -1;
    let other = '';
    for (let s = firstSeg - 1; s >= 0 && s >= firstSeg - 3; s--) {
      if (segments[s].speaker !== speaker) {
        other = toks[s].map((t) => t.norm).join(' ');
        break;
      }
    }
    return `${other} ${own.join(' ')}`;
  }

  function spansOf(stream: StreamToken[], from: number, to: number): PiiSpan[] {
    const bySeg = new Map<number, PiiSpan>();
    for (let k = from; k < to; k++) {
      const t = stream[k];
      if (t.seg < 0) continue;
      const sp = bySeg.get(t.seg);
      if (sp) {
        sp.from = Math.min(sp.from, t.from);
        sp.to = Math.max(sp.to, t.to);
      } else bySeg.set(t.seg, { segment: t.seg, from: t.from, to: t.to });
    }
    return [...bySeg.values()].sort((a, b) => a.segment - b.segment || a.from - b.from);
  }

  function edgesOf(spans: PiiSpan[]): { start: number; end: number } {
    const a = spans[0];
    const b = spans[spans.length - 1];
    return { start: spanTime(a.segment, a.from, a.to).start, end: spanTime(b.segment, b.from, b.to).end };
  }

  function emit(type: PiiType, stream: StreamToken[], from: number, to: number, weak = false) {
    const spans = spansOf(stream, from, to);
    if (spans.length) add(type, spans, edgesOf(spans), weak);
  }

  function detectInRun(run: DigitRun, stream: StreamToken[], speaker: string) {
    const d = run.digits;
    const ctx = contextBefore(stream, run.from, speaker);
    const L = d.length;
    // card number: the whole run, or a sub-run that starts where a segment starts (or at the run start) and ends where a
    // segment ends, at the run end, or before a short tail (expiry / CVV said straight after). Not any window of a long
    // reference number: with one digit per piece, some window of a 20-digit number almost always passes Luhn.
    const cardCtx = CARD_CONTEXT.test(ctx);
    // the nearest cue decides: "we blocked the card. Your claim number is…" reads a claim number
    const accountCtx =
      (ACCOUNT_CONTEXT.test(ctx) || LONG_NUMBER_CONTEXT.test(ctx)) &&
      Math.max(lastCue(ACCOUNT_CONTEXT, ctx), lastCue(LONG_NUMBER_CONTEXT, ctx)) > lastCue(CARD_CONTEXT, ctx);
    const isCard = (x: string) => isIssuerCardNumber(x) || (cardCtx && !accountCtx && isPlausibleCardNumber(x));
    let weakCard: [number, number] | null = null;
    // "four five three nine one four eight eight… four five three nine one four eight eight": a shorter number said
    // twice in a row (a reference read back) is not a card, unless a card is being talked about
    const saidTwice = !cardCtx && L >= 12 && L <= 18 && undouble(d) !== d && !/^(\d{1,4})\1+$/.test(d.slice(0, L / 2));
    if (L >= 13 && !saidTwice) {
      if (L <= 19 && isCard(d)) return emit('card_number', stream, run.from, run.to);
      let acc = 0;
      const offsets = run.pieces.map((p) => ((acc += p.digits.length), acc - p.digits.length));
      const segOf = (k: number) => stream[run.pieces[k].from].seg;
      const n = run.pieces.length;
      // a reference / order / account number said as such is one number: no card inside it
      for (let a = 0; a < n && !accountCtx; a++) {
        if (a > 0 && segOf(a - 1) === segOf(a)) continue;
        for (let b = n; b > a; b--) {
          const s = offsets[a];
          const e = offsets[b - 1] + run.pieces[b - 1].digits.length;
          if (b < n && segOf(b - 1) === segOf(b) && L - e > 7) continue;
          const sub = d.slice(s, e);
          if (sub.length >= 13 && sub.length <= 19 && isCard(sub)) {
            // A window of a longer number is a card when a card word is near, or when it has a card's usual length
            // (16, Amex 15) and what follows in the same breath reads as expiry / CVV; otherwise it is most likely a
            // Luhn coincidence inside a meter token, an IBAN re-read from the middle, a long reference.
            let tail = '';
            for (let k = b; k < n && segOf(k) === segOf(b - 1); k++) tail += run.pieces[k].digits;
            const usualLength = sub.length === 16 || (sub.length === 15 && /^3[47]/.test(sub));
            if (!cardCtx && !(usualLength && tailReadsAsCardData(tail, sub))) {
              weakCard ??= [a, b];
              continue;
            }
            emit('card_number', stream, run.pieces[a].from, run.pieces[b - 1].to);
            const rest = run.pieces.slice(b);
            if (rest.length && EXPIRY_CONTEXT.test(ctx + ' card')) emit('card_expiry', stream, rest[0].from, run.to);
            return;
          }
        }
      }
    }
    if (saidTwice && isCard(d)) weakCard = [0, run.pieces.length];
    otherNumbers(run, stream, ctx);
    // still masked in stored transcripts (as a card would be), but not counted as a card spoken
    if (weakCard) emit('card_number', stream, run.pieces[weakCard[0]].from, run.pieces[weakCard[1] - 1].to, true);
  }

  function otherNumbers(run: DigitRun, stream: StreamToken[], ctx: string) {
    const d = run.digits;
    const L = d.length;
    if (ACCOUNT_CONTEXT.test(ctx)) return;
    const said = undouble(d);
    if ((said.length === 3 || said.length === 4) && !AMOUNT_AFTER.test(stream[run.to]?.norm ?? '') && lastCue(CVV_CONTEXT, ctx) > lastCue(NOT_CVV_CONTEXT, ctx)) {
      // a one-time code sent by text / e-mail / app ("le acabo de enviar un SMS con un código de cuatro cifras") is not
      // the card's security code, unless the card itself is named ("the security code on the back of your card")
      const oneTimeCode = ONE_TIME_CODE_CONTEXT.test(ctx) && !CARD_CODE_CONTEXT.test(ctx);
      return emit('card_cvv', stream, run.from, run.to, oneTimeCode);
    }
    if (EXPIRY_CONTEXT.test(ctx) && L >= 3 && L <= 6) {
      // include a month name said just before the numbers ("march twenty seven")
      let from = run.from;
      for (let k = run.from - 1; k >= Math.max(0, run.from - 3); k--) if (MONTHS.has(stream[k].norm)) from = k;
      return emit('card_expiry', stream, from, run.to);
    }
    if (L === 9 && SSN_CONTEXT.test(ctx)) return emit('ssn', stream, run.from, run.to);
    if (L === 8) {
      const letter = letterAt(stream, run.to, false);
      if (letter && isValidDni(d, letter.letter)) return emit('dni', stream, run.from, letter.to);
    }
    if (L === 7) {
      const prev = stream[run.from - 1];
      const prefix = prev && (prev.norm === 'equis' ? 'X' : /^[xyz]$/.test(prev.norm) ? prev.norm.toUpperCase() : prev.norm === 'zeta' ? 'Z' : '');
      const letter = letterAt(stream, run.to, false);
      if (prefix && letter && isValidNie(prefix, d, letter.letter)) return emit('nie', stream, run.from - 1, letter.to);
    }
    if (L >= 20 && L <= 32) {
      // spoken IBAN: country letters before the digits ("e s nine one ...")
      const a = stream[run.from - 2];
      const b = stream[run.from - 1];
      let cc = '';
      let from = run.from;
      if (b && /^[a-z]{2}$/.test(b.norm)) ((cc = b.norm), (from = run.from - 1));
      else if (a && b && /^[a-z]$/.test(a.norm) && /^[a-z]$/.test(b.norm)) ((cc = a.norm + b.norm), (from = run.from - 2));
      if (cc && isValidIban(cc + d)) return emit('iban', stream, from, run.to);
    }
    const isPhone =
      (L === 9 && /^[6789]/.test(d)) ||
      (L === 10 && /^[2-9]/.test(d)) ||
      (L === 11 && (d.startsWith('1') || d.startsWith('34'))) ||
      (L === 12 && d.startsWith('34'));
    if (isPhone) return emit('phone', stream, run.from, run.to);
  }

  findings.sort((x, y) => x.segment - y.segment || x.spans[0].from - y.spans[0].from || x.type.localeCompare(y.type));
  return findings;
}

/** Replace every finding's spans with its tag; returns new texts per segment (unchanged when no finding). */
export function redactTexts(segments: TranscriptSegment[], findings: PiiFinding[]): string[] {
  const perSeg: Array<Array<{ from: number; to: number; tag: string }>> = segments.map(() => []);
  for (const f of findings) for (const sp of f.spans) perSeg[sp.segment].push({ from: sp.from, to: sp.to, tag: PII_TAGS[f.type] });
  return segments.map((seg, i) => {
    const spans = perSeg[i].sort((a, b) => b.from - a.from);
    let text = seg.text;
    for (const sp of spans) text = text.slice(0, sp.from) + sp.tag + text.slice(sp.to);
    return text;
  });
}
