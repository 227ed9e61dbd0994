// Account specifics: the first moment the agent discloses or acts on something tied to the
// customer's account (balance, charges and transactions, bill / debt / claim status, amounts
// owed, payment due, contact-detail changes, account data read back, order / plan details),
// in English and Spanish (Spain and Latin America), on clean or ASR text (lower case, no
// punctuation, numbers spelled out). Customer-read specifics only count when the agent
// confirms or discusses them. All patterns are compiled once; a call is one linear scan.
import type { AnalysisLanguage } from '../schemas.ts';
import type { PreparedTranscript } from '../prepareTranscript.ts';
import { compiled } from '../prepareTranscript.ts';
import { matchPhrase } from '../matchPhrase.ts';
import { segmentTexts } from './callText.ts';

export type AccountSpecificKind =
  | 'balance' | 'amount' | 'transaction' | 'bill' | 'debt' | 'claim' | 'contact_change'
  | 'account_data' | 'account_action' | 'order_plan' | 'confirmed_customer_specific' | 'custom_phrase';

export interface AccountSpecific {
  segment: number;
  kind: AccountSpecificKind;
  /** strong: unmistakable disclosure; weak: inferred (agent confirming what the customer read, generic record lookups) */
  strength: 'strong' | 'weak';
}

interface Pattern { kind: AccountSpecificKind; re: RegExp; strength?: 'strong' | 'weak'; needsAmount?: boolean; notAfterRequest?: boolean; notHowTo?: boolean }

const matchCache = new WeakMap<PreparedTranscript, string[]>();
/** Segment texts as these patterns read them: callText's normalised text with ñ as n ("contraseña" → "contrasena"),
 *  so that \w and \b treat every Spanish word as one word. Cached per transcript. */
export function matchTexts(pt: PreparedTranscript): string[] {
  let out = matchCache.get(pt);
  if (!out) {
    out = segmentTexts(pt).map((t) => (t.includes('ñ') ? t.replace(/ñ/g, 'n') : t));
    matchCache.set(pt, out);
  }
  return out;
}

// ------------------------------------------------------------------ amounts of money
const EN_NUM = '(?:\\d+|zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|grand|a|and|point|\\w+ty\\w*)';
const EN_CUR = '(?:dollars?|bucks|cents?|pounds?|quid|euros?|pesos?|rupees?|grand|usd|cad|aud|gbp|pence|lakh|lakhs|crore|crores|rand)';
const EN_AMOUNT = new RegExp(`\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|a hundred|a thousand)(?: ${EN_NUM}){0,8} ${EN_CUR}\\b|\\b\\d+ (?:k|grand)\\b`);
const ES_NUM = '(?:\\d+|cero|uno?|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieci\\w+|veinte|veinti\\w+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|\\w+cientos|\\w+cientas|quinientos|quinientas|mil|miles|millon|millones|y|con|coma|punto|de|medio)';
const ES_CUR = '(?:euros?|pesos?|soles?|dolares?|bolivares?|colones?|quetzales?|lempiras?|cordobas?|guaranies?|reales?|lucas?|luquitas|bolivianos?|balboas?|centimos?|centavos?|mxn|usd|eur|clp|cop|ars|pen|varos|bolos|palos|lempiras)';
const ES_AMOUNT = new RegExp(`\\b(?:\\d+|uno?|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieci\\w+|veinte|veinti\\w+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|\\w+cientos|\\w+cientas|quinientos|quinientas|mil|millon|millones)(?: ${ES_NUM}){0,10} ${ES_CUR}\\b`);
const CURRENCY_SYMBOL = /[$€£]\s?\d|\d\s?(?:€|\$|£)|\bUS\$|\bS\/\s?\d/;

/** Whether the segment (normalised text + raw text) names an amount of money. */
export function hasMoneyAmount(norm: string, raw: string, language: AnalysisLanguage): boolean {
  if (CURRENCY_SYMBOL.test(raw)) return true;
  return language === 'es' ? ES_AMOUNT.test(norm) || EN_AMOUNT_CUR_ES.test(norm) : EN_AMOUNT.test(norm);
}
const EN_AMOUNT_CUR_ES = /\b\d+ (?:dolares|euros|pesos|soles)\b/;

// --------------------------------------------------------------- English patterns
// context that ties an amount to the customer's account (vs product prices)
const EN_PRICE_CUE = /\b(?:a day|per day|a minute|per minute|per megabyte|per mb|per gig|per gb|a week|per week|a year|per year|a night|per night|per person|each way|minimum balance|minimum opening|as long as|quote|quoted|options?|packages? (?:is|are|start|from)|just|costs?|price|priced|pricing|minimum deposit|to open|to start|would be|per transfer|per transaction|each time|starts? at|starting at|per month|a month|monthly fee|would cost|will cost|only|promotion|promo|offer|deal|plans? (?:is|are|start)|fee is|fees are|usually|typically|in general|generally|normally)\b/;
const EN_OWN = /\b(?:i can see|i see|im seeing|i m seeing|she owes|he owes|they owe|her account|his account|their account|card ending|your|youre|you have|youve got|you got|you owe|you were|you paid|you made|on the account|on your|balance|charged|posted|past due|overdue|outstanding|refund|refunded|statement|debt|owed|owing|this month|last month|this months|last months|billing cycle|remaining|left on|totaling|totalling|in total|returned|credited|debited|deducted|withdrawn|deposited|pending|charge of|payment of|credit of|transaction|transactions|purchase|purchases)\b/;
const EN_STRONG_OWN = /\b(?:available|in your account|your (?:package|plan|bill|direct debit|premium|tariff|subscription|rate|contract|payment|installment)|went up|gone up|she owes|he owes|they owe|her account|his account|their account|transferred|has been sent|been paid|been moved|balance|owe|owed|owing|charged|posted|past due|overdue|outstanding|refund|refunded|statement|debt|remaining|totaling|totalling|returned|credited|debited|deducted|withdrawn|deposited|you paid|you were|on your account|charge of|payment of|credit of)\b/;

const EN_PATTERNS: Pattern[] = [
  // money that moved on the account ("the four hundred and fifty went out on tuesday"), data on file read back
  { kind: 'transaction', re: /\b(?:the|your|that|this) (?!(?:went|came) through\b)(?:[a-z]+ ){0,5}(?:went out|went through|came in|came through|came out|has cleared|cleared|bounced|was taken|was debited|was credited|got paid|got returned)\b/ },
  { kind: 'account_data', re: /\b(?:your|the) (?:email|e mail|email address|address|home address|mailing address|phone number|mobile number|contact number) (?:on file |we have |we have on file |on the account |on your account |registered |listed )?(?:is|reads|shows|says)\b/ },
  { kind: 'account_data', re: /\b(?:it s|its|it is|thats|that s) [a-z ]{1,30} at [a-z]+ dot (?:com|net|org|co|ca|au|uk|ie|in)\b/ },
  { kind: 'account_data', re: /\byou (?:still )?live (?:at|on) (?:\d|one|two|three|four|five|six|seven|eight|nine)|\b(?:with|and) (?:the|an) address (?:at|on|of) (?:\d|one|two|three|four|five|six|seven|eight|nine)/ },
  { kind: 'debt', re: /\b(?:your|her|his) (?:husband|wife|son|daughter|brother|sister|father|mother|dad|mom|mum|partner|roommate|flatmate|housemate) (?:has|owes|is behind|s behind|hasnt paid|hasn t paid|has not paid|missed)\b(?! (?:to|been|got|a (?:question|minute)))/ },
  { kind: 'bill', re: /\byour (?:bill|statement|invoice|premium|payment|installment) (?:this|for this|last|for last|for the|for) (?:month|period|cycle|quarter|year|[a-z]+)(?: s)? (?:is|was|comes to|came to|will be)\b/ },
  { kind: 'account_data', re: /\byour (?:contract|plan|subscription|lease|policy|membership|fixed term|tariff) (?:ended|ends|expired|expires|renews|renewed|started|runs out|ran out) (?:on|in|at|last|next|this)\b|\b(?:youre|you re|you are) (?:currently )?on (?:the|our) (?:[a-z]+ ){0,4}(?:plan|package|contract|tariff|bundle)\b/ },
  { kind: 'transaction', re: /\b(?:i|we) (?:can )?see (?:the line |your line |on your line |on your account |here )?(?:that )?you (?:have|had|got) (?:two|three|four|several|multiple|\d+) (?:subscriptions?|bundles?|plans?|renewals?|charges|payments|orders|debits)\b/ },
  // balance
  { kind: 'balance', re: /\b(?:your|the|current|available|outstanding|remaining|account|statement|total|new|minimum|past due|unpaid|overdue|ending|pending|checking|savings|card|loan|principal|payoff) balance (?:is|was|of|shows|showing|comes to|came to|stands at|sits at|right now is|currently is|would be|will be|today is|at the moment is|reads|looks)\b/, notAfterRequest: true },
  { kind: 'balance', re: /\b(?:you have|youve got|you got|you still have|there is|theres|shows|showing|carrying|with) (?:a|an|the)? ?(?:total |current |outstanding |remaining |past due |unpaid |overdue |open |available |pending |credit |negative |zero )?balance (?:of|on|remaining|left|due|owing|outstanding)\b/ },
  { kind: 'balance', re: /\bbalance (?:is|of|was) (?:at |about |around |roughly |approximately |just |exactly |currently )?(?:zero|\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|a thousand|negative|minus)/ },
  { kind: 'balance', re: /\b(?:you|youre) (?:are |re )?(?:overdrawn|in the negative|in overdraft|behind on (?:your )?payments?|behind (?:by )?(?:one|two|three|four|five|six|\d+|a few|several) (?:payments|months|installments|bills))\b/ },
  // transactions / charges
  { kind: 'transaction', re: /\b(?:i|we) (?:can )?(?:see|show|have|found|notice|noticed|located) (?:here )?(?:that )?(?:a|an|the|two|three|several|some|one|that|this|those|these|both|both of|a couple of|a few|multiple|your|recent|the two|the last)? ?(?:recent |pending |duplicate |double |late |monthly |last |latest |most recent |new |unauthorized |fraudulent |declined |failed |blocked )?(?:attempts|declined attempts|declines|charges?|transactions?|payments?|deposits?|withdrawals?|purchases?|debits?|transfers?|refunds?|credits?|fees?|direct deposits?|checks?|atm withdrawals?|orders?|top ups?|topups?|recharges?|bills?)\b/ },
  { kind: 'transaction', re: /\b(?:there is|theres|there was|there are|there were|it shows|its showing|showing|shows) (?:a|an|one|two|three|the|some|several)? ?(?:pending |recent |duplicate |late |new |monthly )?(?:charges?|transactions?|payments?|deposits?|withdrawals?|purchases?|refunds?|fees?|credits?) (?:of|for|from|at|on|to|posted|made|that|pending|yesterday|today|last)\b/ },
  { kind: 'transaction', re: /\b(?:your |the )?(?:last|latest|most recent|recent|previous|next|upcoming) (?:two|three|four|five|six|few|couple of|\d+) (?:orders|payments|transactions|charges|purchases|deposits|bills|statements|invoices|deliveries|withdrawals) (?:are|were|was|is|show|came|went|all)\b/, notAfterRequest: true },
  { kind: 'transaction', re: /\b(?:your |the )?(?:last|latest|most recent|recent|previous|next|upcoming) (?:payment|transaction|deposit|charge|purchase|withdrawal|transfer|bill|statement|invoice|order|shipment|installment) (?:was|is|of|on|for|came|went|posted|cleared|will|shows|has|comes|came in|got)\b/, notAfterRequest: true },
  { kind: 'transaction', re: /\b(?:charge|transaction|payment|purchase|withdrawal|deposit|refund|transfer) (?:from|at|to) \w+(?: \w+)? (?:on|for|of|yesterday|last|this)\b/, needsAmount: true },
  { kind: 'transaction', re: /\b(?:(?:that|this) (?:charge|transaction|purchase|withdrawal|deposit|payment|fee)|the (?:charge|transaction|purchase|withdrawal|deposit)) (?:was|is|came|comes|is from|was from|went|posted|cleared|is still|was made|was processed|is pending)\b/ },
  // bills, payments, statements
  { kind: 'bill', re: /\b(?:your|the|this months|last months|next months|this|current|latest|monthly|next|last|final|minimum) (?:bill|statement|invoice|payment|premium|installment|amount due|payment due|minimum payment|minimum due|renewal) (?:(?:is|was|will be|would be|is going to be)(?= (?:\w+ ){0,3}(?:due|overdue|late|past|scheduled|set|pending|processed|posted|received|declined|returned|higher|lower|up|down|ready|paid|\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dollars|january|february|march|april|may|june|july|august|september|october|november|december|tomorrow|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \w+(?:st|nd|rd|th))\b)|comes to|came to|came out to|amount|total|totals|of|for|shows|is due|was due|came|went|posted|bounced|failed|due date is|is scheduled)\b/, notAfterRequest: true },
  { kind: 'bill', re: /\bpayment (?:is|was|has been|got|went|will be) (?:due|received|posted|processed|declined|returned|rejected|late|overdue|missed|applied|scheduled|through|credited|reversed|pending|cleared|bounced)\b/ },
  { kind: 'bill', re: /\b(?:due|payable) (?:on|by|date is|date was) (?:the )?(?:\d+|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+teenth|twentieth|twenty \w+|thirtieth|thirty first|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|next|this|tomorrow)\b/ },
  { kind: 'bill', re: /\b(?:we|i) (?:received|got|have|processed|applied|posted|show|see) (?:your|the|a) (?:last |recent |most recent )?payment\b/ },
  // debts / account status
  { kind: 'debt', re: /\b(?:you|youre) (?:still |currently )?(?:owe|owed|are owing|owing)\b/, needsAmount: true },
  { kind: 'debt', re: /\byou (?:still |currently )?owe (?:us |the |a total of |about |around |roughly |approximately )/ },
  // the reason for an outbound call said to the right party ("just ringing about your overdue account"): weak, the amount or status that follows is the clear disclosure
  { kind: 'debt', re: /\b(?:about|regarding|concerning|in regards to|in regard to|with regard to) your (?:past due|overdue|delinquent|outstanding|unpaid|late) (?:account|balance|bill|payment|invoice)\b(?! (?:of|is|was|which|that) )/, strength: 'weak' },
  { kind: 'debt', re: /(?<!\b(?:about|regarding|concerning|regards to|regard to) )\b(?:your|her|his|their) (?:past due|overdue|delinquent|outstanding|unpaid|defaulted|charged off|late) (?:account|balance|bill|debt|payment|invoice|loan|amount)s?\b|\b(?:about|regarding|concerning|for|on) (?:a|an|the) (?:past due|overdue|delinquent|outstanding|unpaid|defaulted|charged off) (?:account|balance|bill|debt|payment|invoice|loan|amount)\b/ },
  { kind: 'debt', re: /\b(?:she|he|they|the customer|the debtor|your (?:husband|wife|son|daughter|mother|father|partner)) (?:still |currently )?(?:owes|owe|is owing|has a debt|has an outstanding|is behind)\b/ },
  { kind: 'account_data', re: /\b(?:card|account|visa|mastercard|master card|amex|discover|debit card|credit card|card on file) (?:ending|ending in|that ends in|which ends in|ends in) (?:in )?(?:\d|zero|oh|one|two|three|four|five|six|seven|eight|nine)/, notAfterRequest: true },
  { kind: 'debt', re: /\b(?:your|the) (?:account|loan|card|balance|bill|payment|invoice|debt|mortgage|policy) (?:is|was|has been|shows|went|is currently|currently is|is now|became|has gone|remains) (?:now |currently |still |about |over |more than )?(?:past due|overdue|delinquent|in collections?|behind|suspended|closed|frozen|locked|on hold|overdrawn|negative|in arrears|charged off|in good standing|in default|late|unpaid|outstanding|cancelled|canceled|lapsed|active|current|paid off|paid in full|(?:\w+ )?days (?:past due|late|overdue|behind))\b/ },
  { kind: 'debt', re: /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty five|fifty|sixty|ninety|a hundred|hundred and twenty|one hundred|one hundred and twenty) (?:days?|months?|payments?) (?:past due|overdue|late|behind|delinquent|in arrears)\b/ },
  { kind: 'debt', re: /\b(?:past due|overdue|outstanding|unpaid|delinquent|remaining|total) (?:balance|amount|debt|bill|payment|invoice|sum)s? (?:of|is|was|for|in the amount)\b/ },
  { kind: 'debt', re: /\b(?:debt|amount owed|amount due|total due|payoff amount|settlement amount|arrears) (?:of|is|was|comes to|stands at|totals)\b/ },
  // claims
  { kind: 'claim', re: /\b(?:your|the|that) claim (?:number \w+ )?(?:(?:is|was|has|has been|got|will be|is being|is still|is currently|went|came back)\b.{0,24}\b(?:approved|denied|pending|processed|closed|open|opened|under review|in review|paid|rejected|accepted|being reviewed|being processed|assigned|settled|reopened|escalated|on hold|in progress|finalized|submitted|received))\b/ },
  { kind: 'claim', re: /\b(?:we|they|the adjuster|underwriting) (?:have |has )?(?:approved|denied|rejected|settled|paid|processed|closed|received) (?:your|the) claim\b/ },
  { kind: 'claim', re: /\b(?:the adjuster|adjuster|underwriter|underwriting|the insurer|the manufacturer) (?:has |have |already )?(?:approved|denied|declined|rejected|settled|paid|processed|closed|reviewed|inspected|visited|assessed) (?:it|that|this|the claim|your claim|the damage|the (?:repair )?estimate|the repair|the payment|the invoice)\b|\b(?:check|cheque|payment|refund|payout|reimbursement) (?:for (?:\w+ ){1,5})?(?:went out|was sent|was mailed|was issued|is on its way|has been issued|has been sent|has been mailed|will go out)\b/ },
  { kind: 'claim', re: /\bclaim (?:status|payout|payment|check|amount) (?:is|was|of|for|shows)\b/ },
  { kind: 'claim', re: /\bclaims? (?:\w+ ){0,10}(?:is|was|has been|been|got|are|were|has) (?:now |currently |still |already |been )?(?:approved|declined|denied|pending|under review|in review|rejected|settled|paid|paid out|closed|processed|on hold|with the|being (?:reviewed|processed)|escalated|accepted|assigned)\b/ },
  // contact / address changes and account data read back
  { kind: 'contact_change', re: /\b(?:i|ive|i have|we|weve|we have|i just|ive just|i went ahead and|ill|i will|im going to|let me|i can|going to|im gonna|lets) (?:go ahead and |just |quickly )?(?:updated?|changed?|added?|removed?|replaced?|corrected?|edited?|switched?|put in|entered|changing|updating) (?:that |your |the |it |this |a )?(?:new )?(?:mailing |billing |home |shipping |street |email |e mail |contact |phone |cell |mobile |primary |secondary )?(?:address|email|e mail|phone|phone number|cell|mobile number|number on the account|contact (?:info|information|details|number)|mailing address)\b/, notHowTo: true },
  { kind: 'contact_change', re: /\b(?:your|the) (?:mailing |billing |home |shipping |email |e mail |contact |phone |cell |mobile |new )?(?:address|email|e mail|phone number|number|contact (?:info|information|details)) (?:has been|is now|was|have been|is all|are now|is)(?: \w+)? (?:updated|changed|corrected|saved|set)\b/ },
  { kind: 'contact_change', re: /\b(?:what is|whats|what s|give me|tell me|can i (?:get|have)|wheres|where is|where are you|where do you want|where should|where would you like|can you (?:give|tell|spell|read) me|go ahead with|and) (?:your|the) new (?:mailing |billing |home |shipping |email |e mail )?(?:address|email|e mail|phone number|number|cell|mobile|zip code|zip|postcode)\b/, notHowTo: true },
  { kind: 'account_data', re: /\b(?:the |your )?(?:mailing |billing |home |shipping |email |e mail |current |registered )?(?:address|email|e mail|phone number|number|cell number|mobile number) (?:that )?(?:(?:we|i) (?:have|show|got|see) )?(?:on file|on the account|in the system|in our system|on record|listed|we have|i have) (?:for you )?(?:is|as|shows|ends in|ending in)\b/, notAfterRequest: true },
  { kind: 'account_data', re: /\b(?:i|we) (?:have|show|got|see) (?:your|you|the) (?:\w+ )?(?:address |email |e mail |number |phone number |date of birth |birthday )?(?:listed |down |on file |registered |here )?(?:as|at) (?!well\b|soon\b|a customer\b|long\b)/, notAfterRequest: true },
  { kind: 'account_data', re: /\b(?:i|we) (?:can )?see (?:here )?(?:that )?(?:you|your|youre) (?:have|had|made|paid|owe|owed|were charged|got charged|still|recently|currently|already|last|balance|bill|payment|order|orders|claim|plan|policy|accounts? (?:is|was|has|shows|had)|card (?:is|was|has|got)|loan|subscription|contract|deductible|premium|missed|are behind|are past|are on|are enrolled|re behind|re on|re enrolled|opened|closed|filed|submitted|signed|set up|enrolled|upgraded|switched|returned|moved|changed|live|bought|purchased|ordered|used|went)\b(?! in to| calling| wanted| want| would like| need| were asking| (?:been |already |just |now |successfully )*(?:verified|authenticated|identified|validated|passed (?:security|verification)|cleared security))/ },
  { kind: 'account_data', re: /\b(?:according to|based on|looking at|in|from) (?:our|my|the) (?:records|system|file|account history|notes|screen)\b.{0,40}\b(?:you|your|youre|the account|this account|it shows|shows|was|were|is|has|have)\b/, strength: 'weak' },
  { kind: 'account_data', re: /\b(?:your|the|this) account (?:shows|is showing|says|indicates|has|had|was opened|has been|reflects|lists|currently has|ends in|ending in)\b(?! been (?:verified|located|pulled|found))/ },
  { kind: 'account_data', re: /\b(?:you have|youve got|there are|i see|i show) (?:two|three|four|five|\d+|several|multiple) (?:accounts|lines|cards|policies|loans|open accounts|active lines)\b/ },
  { kind: 'account_data', re: /\b(?:your|your current|your new) (?:credit limit|available credit|interest rate|apr|rate|due date|payment due date|next payment date|deductible|coverage|copay|minimum payment|monthly payment|payoff|loan amount|limit|points balance|points|rewards balance|data usage|usage|account balance|routing number|account number ends|card ends|card ending) (?:is|was|of|will be|would be|ends|comes to|right now is|currently is|shows|sits at|stands at)\b/, notAfterRequest: true },
  // actions on the account
  { kind: 'account_action', re: /\b(?:i|ive|i have|weve|we have|i just|ive just|ive gone ahead and|i went ahead and|i already|we already|we just|that has been|its been|it has been|that was|it was|its) (?:gone ahead and )?(?:processed|issued|applied|credited|refunded|reversed|waived|transferred|scheduled|set up|setup|cancell?ed|removed|added|upgraded|downgraded|disputed|paused|suspended|closed|reactivated|refunded|posted|submitted|filed|escalated|extended|moved|deferred|rescheduled|adjusted|lowered|raised|increased|decreased|enrolled|unenrolled|put|placed|made|sent|mailed|emailed) (?:a |an |the |your |that |this |it |you |up |through |in |for )?(?:\w+ )?(?:refund|credit|payment|charge|fee|transfer|plan|account|order|subscription|dispute|service|line|policy|arrangement|extension|autopay|auto pay|limit|rate|adjustment|reversal|claim|balance|deposit|amount|installment|contract|hold|stop payment|statement)s?\b/ },
  { kind: 'account_action', re: /\b(?:i|ive|we|weve|i have|we have|i just) (?:set up|scheduled|arranged|created|made|put together|processed|applied|booked|taken|took) (?:a |an |the |your |that )?(?:payment (?:plan|arrangement)|promise to pay|installment plan|settlement|payment of|payment for|refund of|credit of)\b/ },
  { kind: 'account_action', re: /\b(?:refund|credit|reversal|adjustment|payment|transfer|deposit) of (?:\w+ ){0,6}(?:dollars?|bucks|cents?|pounds?|euros?|\d+) (?:has been|have been|was|will be|is being|is going to be|should|will|to|on|back|has|went|posted|applied|issued|processed|credited)\b/ },
  { kind: 'account_action', re: /\b(?:ordered|sent|mailed|issued|requested|shipped|sending|ordering|send|order|issue|requesting|mail)\b(?: \w+){0,4} (?:replacement|new|another) (?:\w+ )?(?:card|cards|checkbook|check book|checks|pin|pin number)\b/, notHowTo: true },
  { kind: 'account_action', re: /\b(?:replacement|new) (?:credit |debit |bank |atm )?(?:card|checkbook|check book|checks) (?:has been|have been|is|was|will be|should be|is being|are being) (?:ordered|sent|on its way|on the way|mailed|issued|shipped|requested|processed)\b|\b(?:check ?book|checks) (?:has been|have been|was|were|is|will be) (?:sent|ordered|mailed|shipped)\b|\b(?:you have|youve got|you ve got|you got|youll have|you ll have|theres|there s|there is|got) (?:a|your) (?:new|replacement) (?:credit |debit |bank |atm )?(?:card|checkbook|check book|checks|pin)s? (?:on (?:its|the) way|in the mail|coming|being sent|arriving)\b/ },
  { kind: 'account_action', re: /\b(?:i|ive|i have|weve|we have|i just|i went ahead and|its been|it has been|the card has been|your card has been|your card is|the card is) (?:now )?(?:blocked|froze|frozen|locked|deactivated|canceled|cancelled|reported|suspended|unblocked|unlocked|reactivated|activated) (?:your |the |that |it |this )?(?:\w+ )?(?:card|cards|account|it|now|as lost|as stolen)?\b/ },
  { kind: 'account_action', re: /\b(?:we have|ive got|i have|weve got|got) (?:that|the|your) (?:bill|payment|transfer) (?:going|set up|scheduled|paid|submitted|sent|through|processed|in)\b|\b(?:bill|payment|transfer) (?:has been|is|was|will be) (?:paid|scheduled|submitted|sent|set up|completed|made|processed|done)\b/ },
  { kind: 'account_action', re: /\b(?:password|passcode|pin|pin number)(?: reset)?(?: link| code| email| text)? (?:has been|have been|was|is|will be|should be) (?:sent|reset|changed|updated|emailed|texted|unlocked|cleared)\b|\b(?:i|ive|i have|we|weve|i just) (?:reset|unlocked|sent|resent|changed|cleared) (?:your|the|a) (?:password|passcode|pin|reset link|online banking|login|username|user name|access)\b/ },
  { kind: 'account_action', re: /\b(?:will|ll|going to|gonna|i|we|ive|weve|i have|we have|i can|let me) (?:go ahead and |just )?(?:send|sent|schedule|scheduled|process|processed|make|made|submit|submitted|pay|paid|set up|book|booked|cancel|cancelled|canceled|skip|skipped|pause|paused|refund|refunded|credit|credited|waive|waived|backdate|backdated|activate|activated|deactivate|deactivated|port|ported|suspend|suspended|reconnect|reconnected|disconnect|disconnected) (?:your|the|that|this|a|all|those|these) (?:\w+ )?(?:payment|bill|transfer|deliver(?:y|ies)|box(?:es)?|order|orders|subscription|add on|addon|service|line|sim|plan|appointment|account|refund|credit|fee|charge)s?\b/ },
  { kind: 'account_action', re: /\b(?:all (?:three|two|four|of them|of those)|that s|thats|its|it s|that has been|those have been|both) (?:been )?(?:skipped|cancell?ed|paused|processed|paid|refunded|credited|waived|done|sent|activated|deactivated|scheduled|booked)\b/ },
  { kind: 'account_data', re: /\b(?:i|ive|we|weve|i have|we have|you|youve|you have) (?:have |got |show |see )?(?:got )?(?:\w+ ){0,2}(?:deliveries|delivery|orders?|boxes|shipments?|payments?|charges?|subscriptions?|installments?|instalments?) (?:going to|going out|scheduled|set for|set up|due|coming|pending|booked|on the way|remaining|left)\b/ },
  { kind: 'account_data', re: /\b(?:i|ive|we|weve|i have|we have) (?:got |have |show |see )?(?:\w+ ){0,2}(?:returned checks|returned payments|bounced checks|checks|charges|payments|transactions|invoices|bills|debts|accounts) (?:here |on file )?(?:from|totaling|totalling|for|adding up|in the amount|of)\b/ },
  { kind: 'account_data', re: /\b(?:you have|youve got|you got|theres|there is|you still have|you owe) (?:about |around |roughly |just |still )?(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|\d+) ){1,6}(?:remaining|left|outstanding|owing|due|to pay|still to pay|on the)\b(?! (?:days?|weeks?|months?|minutes?|hours?|years?)\b)/ },
  { kind: 'account_data', re: /\b(?:i can see|i see|it shows|its showing|the system shows|i show|theres|there is) (?:that )?(?:there is |theres |there was )?(?:a |an |the )?(?:fault|outage|ticket|case|repair|engineer|technician|work order|service request|complaint|port|porting|top up|topup|recharge|reading|meter reading|usage|hold|block|flag|note|dispute|fraud alert) (?!(?:on|at) the (?:exchange|cabinet|mast|tower|network|node)\b|in (?:the|your|that|this) (?:area|region|town|city|neighbou?rhood|suburb|postcode|zip)\b)(?:logged|open|opened|raised|booked|scheduled|on|at|of|for|that|went|was|is|completed|assigned|pending|showing|from)\b/ },
  { kind: 'account_data', re: /\b(?:the|your) (?:port|porting|transfer|switch|top up|topup|recharge|activation|installation|repair|upgrade|order|application|request|dispute|refund|claim|case|ticket) (?:from your old network |request )?(?:completed|went through|was completed|is complete|has completed|went onto|is with|has been (?:approved|completed|escalated|assigned|received))\b/ },
  { kind: 'account_action', re: /\b(?:dollars?|bucks|pounds?|euros?|money|funds|amount|it|that|payment|transfer|deposit) (?:has|have|was|were|is|will be) (?:been |now |already )?(?:transferred|moved|sent|deposited|paid|credited|refunded|reversed|withdrawn|applied|debited|scheduled)\b/ },
  // other domains: results, prescriptions, bookings, allowances tied to the customer
  { kind: 'account_data', re: /\b(?:your|her|his) (?:test |lab |blood |scan )?(?:results?|prescriptions?|refill|medication|flight|flights|booking|reservation|itinerary|tickets?|seat|miles|points|rewards|data|gigs|minutes|allowance|usage|repair|installation|service request|application|visa|membership|subscription|policy|coverage|delivery|shipment) (?:\w+ ){0,4}?(?:is|are|was|were|has|have|came|come|will|shows|showed|got|been|has been|have been) (?:now |already |all |just |still )?(?:back|ready|approved|denied|declined|confirmed|cancell?ed|moved|delayed|rescheduled|changed|normal|high|low|positive|negative|clear|pending|processing|processed|booked|scheduled|expired|renewed|used|left|remaining|shipped|completed|closed|open|assigned|on hold|available|credited|refunded|upgraded|active|inactive|suspended|lapsed|due|overdue|running|in|at|for|on)\b/, notAfterRequest: true },
  { kind: 'account_data', re: /\b(?:youve|you have|you ve) (?:already )?used (?:\w+ ){1,4}(?:of your|gigs|gb|minutes|data|texts|miles|points|allowance)\b|\b(?:you have|youve got|you got|theres|there is) (?:\w+ ){1,3}(?:gigs|gb|minutes|texts|miles|points|credits|days of cover) (?:left|remaining|available|to use)\b|\bi have you (?:booked|scheduled|down|registered|enrolled|listed|confirmed)\b/ },
  { kind: 'order_plan', re: /\b(?:youre|you are|youd be|you were) (?:fully |still |currently |only )?covered (?:for|up to|under|until|through)\b|\b(?:youre|you are) (?:currently |still |now )?paying (?:\w+ ){1,5}(?:a month|per month|monthly|a year|per year|a week)\b/ },
  { kind: 'bill', re: /\b(?:your|the) (?:last |latest |most recent |next |current )?(?:meter reading|reading|direct debit|autopay|auto pay|standing order|recurring payment|automatic payment) (?:is|was|shows|showed|comes out|goes out|will come out|will go out|is set|was set|came in|of)\b/, notAfterRequest: true },
  { kind: 'debt', re: /\b(?:your|the) (?:line|service|number|sim|phone|connection|internet|supply|power|gas|water|electricity|subscription|membership) (?:is|was|has been|got|is currently|is now) (?:now |currently |still |temporarily )?(?:suspended|disconnected|cut off|barred|blocked|restricted|deactivated|cancell?ed|on hold|scheduled for disconnection|due for disconnection)\b/ },
  { kind: 'account_data', re: /\b(?:your|the) (?:date of birth|birthday|dob|zip code|zip|postcode|social|social security number|mothers maiden name) (?:on file |we have |i have )?(?:is|was|shows as|is listed as) (?:\d|january|february|march|april|may|june|july|august|september|october|november|december|the|zero|oh|one|two|three|four|five|six|seven|eight|nine)/, notAfterRequest: true },
  { kind: 'bill', re: /\b(?:your|the) (?:autopay|auto pay|automatic payment|direct debit|recurring payment|payment|card|transfer|deposit|check|cheque|debit order) (?:has |had |just )?(?:failed|bounced|was declined|got declined|didnt go through|did not go through|was returned|got returned|was rejected|expired|was reversed)\b/ },
  { kind: 'transaction', re: /\b(?:you|youve|you have|you had) (?:already |just |recently |also )?(?:missed|skipped|made|paid|sent|scheduled|set up|disputed|reported|returned|cancell?ed|ordered|bought|purchased) (?:the|a|an|your|two|three|four|\d+|one|several|some|that|this) (?:\w+ )?(?:payments?|installments?|bills?|transfers?|deposits?|orders?|purchases?|charges?|transactions?|disputes?|claims?)\b(?! (?:online|through|by|at|with us before))/ },
  { kind: 'account_data', re: /\b(?:you have|youve got|you got|there are|i see|i show|it shows) (?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple|a few|a couple of|some) (?:\w+ ){0,2}(?:on|in|against|attached to|linked to|under) (?:the|your) (?:account|card|policy|plan|file|line|profile)\b/, notAfterRequest: true },
  { kind: 'account_data', re: /\b(?:your|the) (?:loan payoff|payoff amount|payoff balance|principal balance|remaining principal|escrow|escrow balance|loan balance|outstanding principal) (?:is|was|of|comes to|stands at|would be|will be)\b/, notAfterRequest: true },
  { kind: 'order_plan', re: /\b(?:we|i|weve|ive|we have|i have|we just|we already) (?:received|got|processed|refunded|approved|cancell?ed|shipped|restocked|inspected|accepted|rejected|logged) (?:your|the) (?:return|refund|order|package|payment|application|request|item|exchange|parcel|replacement|documents?|form)\b|\b(?:the|that|this) (?:\w+ ){0,2}(?:you|youve|you have) (?:ordered|bought|purchased|returned|sent back|placed|booked|reserved)\b|\bsigned for by\b|\b(?:it|the package|the parcel|your package|your parcel) was signed for\b/ },
  { kind: 'account_data', re: /\b(?:port|porting|number port|number transfer|activation|sim swap|sim change) (?:\w+ ){0,5}(?:is|was|has) (?:still |now |already )?(?:pending|complete|completed|done|processing|in progress|stuck|failed|gone through)\b|\bclaims (?:open|closed|approved|denied|declined|pending|settled|paid|been)\b|\b(?:activating|reactivating|unlocking|unblocking) (?:it|that|the card|your card|the sim|your sim|the line|your line|the account)\b|\b(?:thats|that s|its|it s) (?:now )?(?:active|activated|unlocked|unblocked)\b/ },
  { kind: 'account_data', re: /\b(?:you have|youve got|you got|there is|theres|there are|i see|i show|we have) (?:a|an|one|two|three|\d+|several) (?:pending|open|active|outstanding|scheduled|recent|new|unpaid|existing|upcoming|unresolved) (?:orders?|disputes?|claims?|tickets?|cases?|requests?|payments?|transfers?|applications?|refunds?|returns?|reservations?|bookings?|holds?|loans?|balances?)\b|\b(?:your|the) card (?:expires|expired|is expiring|will expire|was replaced|was reissued|has been reissued)\b|\byour credit score (?:is|was|dropped|went|has|fell|rose)\b|\b(?:the |your )?(?:last|latest|most recent) (?:login|log in|sign in|access|activity) (?:was|from|on|came)\b|\byour (?:loan|application|mortgage|credit application|card application|request|limit increase) (?:was|has been|is|got) (?:approved|declined|denied|rejected|pending|accepted|processed|under review)\b/ },
  // orders / plans tied to the account
  { kind: 'order_plan', re: /\b(?:your|the|that) (?:order|package|shipment|delivery|parcel|return|replacement|refund|exchange)s? (?:number \w+ )?(?:is|was|has|has been|will|should|shipped|arrived|went|left|got|is being|is still|is currently|came|shows)\b.{0,30}\b(?:shipped|delivered|transit|on its way|out for delivery|processed|cancelled|canceled|pending|delayed|arrive|arrived|arriving|back ?ordered|returned|received|dispatched|tomorrow|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|left|warehouse|approved|issued|refunded|tracking|picked up|lost|stuck|held|customs)\b/ },
  { kind: 'order_plan', re: /\b(?:youre|you are|you were|your account is|your line is) (?:currently |still |now )?(?:on|enrolled in|subscribed to|signed up for|paying for) (?:the|our|a|an) (?:\w+ ){0,3}(?:plan|package|tier|tariff|bundle|program|subscription|contract|membership)\b/ },
  { kind: 'order_plan', re: /\b(?:your|the current|your current) (?:plan|package|tier|tariff|bundle|subscription|contract|membership|policy|coverage|lease|loan|mortgage|warranty|promotion|promo|discount|rate plan) (?:is|includes|renews|expires|ends|covers|was|will renew|will expire|has|runs|started|costs you|comes with|gives you|goes until|lasts until|is set to)\b/, notAfterRequest: true },
  { kind: 'order_plan', re: /\btracking (?:shows|says|number is|indicates|has it)\b/ },
  { kind: 'order_plan', re: /\b(?:your|the|that) (?:order|package|delivery|shipment|parcel|box) (?:is|was|will be|is being) (?:going|being sent|shipping|headed|set to go|sent|delivered|shipped|coming) (?:out )?to\b/ },
  { kind: 'order_plan', re: /\b(?:the|your) (?:order|purchase) from (?:january|february|march|april|may|june|july|august|september|october|november|december|last|the|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:so )?(?:thats|that is|that s) the \w+(?: \w+)? (?:in|size) (?:small|medium|large|extra|xl|size|\w+)\b/ },
  { kind: 'contact_change', re: /\b(?:changing|changed|updating|updated|switching|switched|moving|moved) (?:that|it|the address|your address|the delivery|the delivery address|the shipping address|the email|the number|the phone number|your email|your number) (?:over )?to\b/ },

  // the address on file read out to the caller ("you're still at forty four larch crescent, right?")
  { kind: 'account_data', re: /\b(?:youre|you re|you are|are you|you) (?:still )?(?:at|living at|located at|residing at|based at|live at|living on|on) (?:number )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)(?: [a-z]+){1,4} (?:street|st|road|rd|avenue|ave|drive|dr|lane|ln|crescent|cres|court|ct|place|pl|way|boulevard|blvd|close|terrace|bend|circle|parkway|highway|hwy|grove|gardens|row|square|apartment|apt|unit|flat|trail|loop|heights|hill|park)\b/ },
  // an appointment or booking on file ("i have you on thursday at ten forty", "i've got you down for the twelfth")
  { kind: 'account_data', re: /\b(?:i have|ive got|i ve got|we have|weve got|i see|i can see|i show) you (?:checking in|checking out|arriving|flying|departing|staying|booked in|in for|coming in|scheduled|registered|enrolled)\b|\byou (?:have|ve got|got) (?:an|a|your) (?:appointment|booking|reservation|visit|consultation|check up|checkup) (?:on|for|at|with|this|next|tomorrow|booked)\b|\byour (?:appointment|booking|reservation|visit|consultation|flight|stay|check in) (?:is|was|s) (?:on|for|at|with|booked|confirmed|scheduled|set)\b/ },
  { kind: 'account_data', re: /\b(?:i have|ive got|i ve got|i got|we have|weve got|i see|i can see) you (?:down |booked |scheduled |in )?(?:on|for) (?:the )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|next|this|\w+(?:st|nd|rd|th)|\d+|january|february|march|april|june|july|august|september|october|november|december)\b/ },
  // where the customer's order is ("it shipped tuesday", "it's out for delivery today", "it's going to 7 kowhai street")
  { kind: 'order_plan', re: /\b(?:it|its|it s|they|theyre|they re|which|and it|that|that one|your order|your parcel|your package)(?: was| has| have| got| had| s| is| are| were)?(?: been| just| already)* (?:shipped|dispatched|sent out|posted out|delivered|signed for|picked up|out for delivery|in transit|on (?:its|the) way|left (?:the|our) (?:warehouse|depot|facility))(?= (?:on|yesterday|today|this|last|monday|tuesday|wednesday|thursday|friday|saturday|sunday|with|via|by|and|at|to|from|the|\w+(?:st|nd|rd|th))\b| $)/ },
  { kind: 'order_plan', re: /\b(?:its|it s|it is|its being|it s being|it was|theyre|they re|it ll be|itll be|they ll be) (?:going|being sent|being delivered|being shipped|headed|heading|addressed|sent|delivered|shipped|set to go|due to go) to (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|the address|your address|the house)\b/ },
  // a booking read out ("flying out on the twelfth, return on the nineteenth, hotel half board")
  { kind: 'order_plan', re: /^(?=.*\b(?:flights?|hotel|adults|room|passengers|cabin|booking|reservation|nights?|stay)\b).*?\b(?:outbound|return|returning|departing|departure|flying out|flying back|check in|checking in|check out|checking out) (?:is |flight |date is )?(?:on )?(?:the )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\w+(?:st|nd|rd|th)|\d+)\b/ },
  // the plan changed on the account ("i've switched you to the basic plan")
  { kind: 'account_action', re: /\b(?:ive|i ve|i have|weve|we ve|we have|i|we|i just|ive just|i went ahead and|ill|i ll|ill go ahead and) (?:just |now )?(?:switched|moved|changed|upgraded|downgraded|migrated|put|signed) you (?:over |up )?(?:to|onto|on|for) (?:the|our|a|an)(?: \w+){0,3} (?:plan|package|tier|tariff|bundle|contract|rate|deal)\b/ },
];

// ---------------------------------------------------------------- Spanish patterns
const ES_STRONG_OWN = /\b(?:disponibles?|a favor|en (?:su|tu|la) cuenta|le aparece|te aparece|le sale|te sale|efectivamente|su cuenta|su factura|su tarjeta|tu cuenta|tu factura|tu tarjeta|debe|debes|adeuda|saldo|deuda|adeudo|pendiente|vencid[oa]s?|mora|cobrado|cobraron|cobramos|cargaron|reembolso|devolucion|abonamos|lo veo|la veo|veo)\b/;
const ES_PRICE_CUE = /\b(?:por persona|por noche|al dia|por dia|por minuto|por mega|por giga|por semana|al ano|por ano|opcion|opciones|presupuesto|cotizacion|cotizar|saldria|costaria|tendria un costo|tiene un costo|cuesta|cuestan|vale|valen|precio|precios|tarifas? (?:es|son|cuesta|desde)|desde|a partir de|al mes|mensuales|por mes|promocion|oferta|solo|solamente|normalmente|generalmente|en general|por lo general|suele|tenemos (?:planes|el plan|un plan|paquetes|\w+ megas|\w+ gigas)|megas a|gigas a|instalacion gratis|planes? de)\b/;
const ES_OWN = /\b(?:pagad[oa]|ya pago|ya pagaste|disponibles?|a favor|en (?:su|tu|la) cuenta|veo|lo veo|la veo|los veo|tengo aqui|debe|debes|adeuda|saldo|deuda|adeudo|pendiente|vencid[oa]s?|mora|cargo|cobro|cobrado|cobraron|cobramos|cargaron|cargamos|descontaron|descontamos|reembolso|devolucion|abono|abonamos|registra|aparece|figura|consta|este mes|el mes pasado|totales?|en total|activad[oa]|su (?:cuenta|factura|recibo|tarjeta|cuota)|tu (?:cuenta|factura|recibo|tarjeta|cuota))\b/;

const ES_PATTERNS: Pattern[] = [
  // dinero que se movió en la cuenta ("le entró ayer una transferencia"), datos registrados leídos al cliente
  { kind: 'transaction', re: /\b(?:le|te|les) (?:entro|llego|ingreso|cayo|abonaron|depositaron|acreditaron|descontaron|cobraron|debitaron|devolvieron|reembolsaron)\b/ },
  { kind: 'account_data', re: /\b(?:su|tu) (?:correo|email|e mail|direccion|domicilio|telefono|celular|movil) (?:registrad[oa] |que tenemos |en el sistema |en la ficha |de contacto )?(?:es|seria|sale|aparece|figura)\b/ },
  { kind: 'account_data', re: /\barroba [a-z]+ punto (?:com|es|net|org|mx|co|ar|cl|pe)\b/ },
  // saldo
  { kind: 'balance', re: /\b(?:su|tu|el|la|del|el actual|el total del) saldo (?:actual |disponible |pendiente |deudor |total |vencido |a favor |en contra |de (?:la|su|tu) (?:cuenta|tarjeta)(?: \w+)? |de hoy |al dia de hoy |a fecha de hoy )?(?:es|era|seria|sera|queda|quedaria|asciende|esta en|son|de|figura|aparece|marca|arroja|muestra|ahora es|en este momento es|al momento es|actualmente es|suma|alcanza|llega)\b/, notAfterRequest: true },
  { kind: 'balance', re: /\b(?:tiene|tienes|tenes|tiene usted|dispone de|cuenta con|le queda|te queda|le quedan|te quedan|hay|registra|presenta|mantiene|muestra|figura|aparece) (?:un |una |el )?(?:saldo|balance)\b/ },
  { kind: 'balance', re: /\b(?:saldo|balance) (?:de|a favor de|en contra de|negativo de|pendiente de|deudor de|vencido de|es de|son) (?:\d|cero|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veint|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|doscient|trescient|cuatrocient|quinient|seiscient|setecient|ochocient|novecient|mil|menos)/ },
  { kind: 'debt', re: /\b(?:esta|estas|estan|va|vas|lleva|llevas) (?:usted |vos |tu )?atrasad[oa]s? (?:en |con )?(?:\w+ )?(?:cuotas|pagos|meses|recibos|facturas|mensualidades|letras)\b/ },
  { kind: 'balance', re: /\b(?:esta|estas|estan|queda|quedo) (?:en )?(?:numeros rojos|en descubierto|sobregirad[oa]|en negativo|sin saldo|sin fondos)\b/ },
  // movimientos / cargos
  { kind: 'transaction', re: /\b(?<!\bno )(?:veo|vemos|tengo|tenemos|aparece|aparecen|figura|figuran|consta|constan|hay|habia|registra|registran|se ve|se ven|me sale|me salen|sale|salen|observo|encuentro|muestra|muestran|tiene|tienes|tenes) (?:aqui |aca |ahi |en el sistema |en (?:su|tu) cuenta |en (?:su|tu) tarjeta |en (?:su|tu) (?:extracto|factura) )?(?:que )?(?:hay |tiene |tenes |tienes )?(?:un|una|dos|tres|el|la|los|las|ese|esa|este|esta|esos|esas|estos|estas|varios|varias|unos|unas|otro|otra|ambos|sus|tus)? ?(?:ultim[oa]s? |reciente |recientes |nuev[oa]s? |duplicad[oa]s? |doble |dos )?(?:cargos?|movimientos?|cobros?|pagos?|compras?|transferencias?|depositos?|retiros?|abonos?|transacciones|transaccion|domiciliaciones|domiciliacion|reembolsos?|devoluciones|devolucion|operaciones|operacion|consumos?|giros?|debitos?|creditos?|ingresos?)\b(?! que (?:usted|tu|vos) (?:quiera|quiere|desee|necesite))/ },
  { kind: 'transaction', re: /\b(?:su|tu|el|la) (?:ultim[oa]|mas recientes?|anterior|proxim[oa]|siguiente) (?:pago|movimiento|cargo|deposito|compra|transferencia|recibo|factura|cuota|abono|ingreso|retiro|cobro|pedido|envio|mensualidad|boleta) (?:fue|es|era|sera|de|por|que|el|se|lo|llego|salio|entro|quedo|vence|vino|tiene|ha sido|esta|aparece|figura|registrad)\b/, notAfterRequest: true },
  { kind: 'transaction', re: /\b(?:ese|este|el|aquel|dicho) (?:cargo|cobro|movimiento|pago|consumo|compra|deposito|retiro|debito|importe) (?:es|fue|corresponde|viene|se hizo|se realizo|se registro|aparece|esta|quedo|ya|sigue|se cobro|lo hizo|lo realizo)\b/ },
  // facturas / pagos / cuotas
  { kind: 'bill', re: /\b(?:su|tu|ultim[oa]|proxim[oa]) (?:factura|recibo|boleta|cuenta de cobro|estado de cuenta|extracto|cuota|mensualidad|prima|letra|pago minimo|importe|monto|pago) (?:de este mes |del mes |del mes pasado |de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre) |mensual |pendiente |actual |a pagar |total |minimo )?(?:es|fue|sale|salio|viene|vino|llego|asciende|suma|queda|quedo|sera|seria|trae|tiene un importe|por un importe|de|por|vence|vencio|esta|estaba|ya esta|ya fue|se (?:pago|cobro|emitio|genero|envio))\b/, notAfterRequest: true },
  { kind: 'bill', re: /\b(?:la|el|esta|este) (?:factura|recibo|boleta|cuenta de cobro|estado de cuenta|extracto|cuota|mensualidad|pago minimo|importe|monto|pago) (?:de este mes |del mes |del mes pasado |de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre) |mensual |pendiente |actual |a pagar |total |minimo )?(?:es|fue|sale|salio|viene|vino|llego|asciende|suma|queda|quedo|sera|seria|trae|tiene un importe|por un importe|de|por|vence|vencio|esta|estaba|ya esta|ya fue|se (?:pago|cobro|emitio|genero|envio))\b/, notAfterRequest: true, needsAmount: true },
  { kind: 'bill', re: /\b(?:vence|vencio|se vence|vencia|vencera|tiene que pagarse|hay que pagar|debe pagarse) (?:el (?:dia )?(?:\d+|uno|primero|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieci\w+|veint\w+|treinta)|este|el proximo|mañana|manana|hoy|la semana)\b/ },
  { kind: 'bill', re: /\b(?:hemos|he|ya) (?:recibido|registrado|aplicado|procesado) (?:su|tu|el) (?:ultimo )?pago\b/ },
  { kind: 'bill', re: /\b(?:su|tu|el) pago (?:ya )?(?:fue|ha sido|esta|quedo|se) (?:recibido|registrado|aplicado|procesado|rechazado|devuelto|acreditado|pendiente|reflejado|cobrado|hecho|realizado)\b/ },
  // deuda / mora
  { kind: 'debt', re: /\b(?:tiene|tienes|tenes|usted tiene|mantiene|registra|presenta|hay|existe|figura|aparece|consta|arrastra|acumula) (?:una |un |unos |unas |dos |tres |\w+ )?(?:deudas?|adeudos?|importes? pendientes?|pagos? pendientes?|montos? pendientes?|cuotas? (?:pendientes?|vencidas?|atrasadas?|impagadas?|sin pagar)|facturas? (?:pendientes?|vencidas?|impagadas?|sin pagar|atrasadas?)|recibos? (?:pendientes?|impagados?|devueltos?|sin pagar)|atrasos?|mora|saldo vencido|deuda vencida|deuda pendiente)\b/ },
  { kind: 'debt', re: /\b(?:debe|debes|adeuda|adeudas|usted debe|vos debes|le falta pagar|te falta pagar|le faltan|te faltan|nos debe|nos debes)\b/, needsAmount: true },
  { kind: 'debt', re: /\b(?:por|sobre|acerca de|respecto a|con respecto a|de) (?:una|la|su|tu) (?:deuda|obligacion|cuenta|factura|cuota|credito|prestamo) (?:pendiente|vencida|en mora|atrasada|impaga|impagada|sin pagar|morosa)\b/ },
  { kind: 'debt', re: /\b(?:su|tu) (?:deuda|saldo|cuenta|factura|cuota|credito|prestamo) (?:pendiente|vencid[oa]|atrasad[oa]|impagad[oa]|en mora|morosa|sin pagar)\b/ },
  { kind: 'debt', re: /\b(?:debe|debes|adeuda|usted debe|nos debe) (?:un total de|la cantidad de|el importe de|un importe de|un monto de|unos|unas|mas de|casi|alrededor de)\b/ },
  // the address on file read back ("usted todavía vive en la calle Loíza…", "veo la línea con la dirección en la calle…")
  { kind: 'account_data', re: /\b(?:todavia|aun|sigue|sigues) (?:vive|vives|vivis|viviendo|esta|estas) en (?:la |el )?(?:calle|avenida|av|carrera|jiron|pasaje|colonia|barrio|urbanizacion|edificio|paseo|plaza|camino)\b|\b(?:con|y) (?:la )?direccion (?:en|de) (?:la |el )?(?:calle|avenida|av|carrera|jiron|pasaje|colonia|paseo|plaza)\b/ },
  // a relative's debt told to whoever answered ("su marido tiene un descubierto de…")
  { kind: 'debt', re: /\b(?:su|tu) (?:marido|esposo|esposa|mujer|hijo|hija|hermano|hermana|padre|madre|papa|mama|pareja|novio|novia|compañero|compañera|companero|companera) (?:tiene|debe|lleva|mantiene|arrastra) (?:un |una |unos |unas )?(?:descubierto|deuda|saldo|atraso|impago|cuotas?|pago pendiente|mora|recibos?)\b/ },
  { kind: 'debt', re: /\b(?:su|tu|la|el) (?:cuenta|deuda|credito|prestamo|tarjeta|factura|recibo|poliza|pago|cuota|linea|servicio) (?:esta|estan|se encuentra|ya esta|lleva|quedo|sigue|figura|aparece|consta|tiene) (?:en |con )?(?:vencid[oa]s?|en mora|mora|atrasad[oa]s?|pendientes? de pago|en cobranza|en cobro|en recobro|en morosidad|moros[oa]|impagad[oa]|suspendid[oa]|cortad[oa]|bloquead[oa]|cancelad[oa]|al dia|activ[oa]|bloqueo|atraso|retraso|(?:\w+ )?dias de (?:atraso|mora|retraso))\b/ },
  { kind: 'debt', re: /\b(?:\d+|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince|veinte|treinta|cuarenta|cuarenta y cinco|sesenta|noventa|ciento veinte|cien) (?:dias|meses|cuotas|pagos|recibos|facturas) (?:de (?:atraso|mora|retraso)|vencid[oa]s|atrasad[oa]s|sin pagar|impagad[oa]s|pendientes)\b/ },
  { kind: 'debt', re: /\b(?:la|su|tu|una) (?:deuda|adeudo|mora|importe pendiente|monto pendiente|cantidad pendiente|cantidad adeudada|suma adeudada|monto adeudado|importe adeudado|monto total|importe total|total a pagar|total adeudado) (?:es|de|asciende|suma|queda|seria|son|esta en|llega|alcanza|total|actual)\b/ },
  // reclamaciones / siniestros / expedientes
  { kind: 'claim', re: /\b(?:su|tu|la|el) (?:reclamacion|reclamo|siniestro|expediente|solicitud de reembolso|reembolso|devolucion|queja|incidencia|tramite|caso|parte|peticion|solicitud) (?:numero \w+ )?(?:ya )?(?:esta|fue|ha sido|se ha|se|sigue|se encuentra|quedo|ha quedado|esta siendo|continua|lleva|aparece|figura|consta)\b.{0,24}\b(?:aprobad[oa]|rechazad[oa]|denegad[oa]|en tramite|en proceso|en revision|en estudio|en curso|en evaluacion|en analisis|pendiente|resuelt[oa]|cerrad[oa]|abiert[oa]|pagad[oa]|procesad[oa]|aceptad[oa]|admitid[oa]|abonad[oa]|autorizad[oa]|asignad[oa]|resolvio|aprobo|rechazo|cerro|proceso|peritad[oa]|tramitad[oa]|valorad[oa])\b/ },
  { kind: 'contact_change', re: /\b(?:a que|a cual|cual es la|cual seria la) (?:nueva )?(?:direccion|domicilio) (?:se lo |se la |lo |la |le |te )?(?:cambio|cambiamos|envio|enviamos|mando|mandamos|actualizo|modifico|redirijo)\b|^ (?:ya |listo |ok |vale |perfecto |bueno )*(?:cambiad[oa]|actualizad[oa]|modificad[oa]|corregid[oa])\b/ },
  { kind: 'claim', re: /\b(?:hemos|han|ya se|se ha|se le ha|el perito ha|ya) (?:aprobado|rechazado|denegado|pagado|abonado|cerrado|resuelto|tramitado|aceptado|autorizado) (?:su|tu|la|el) (?:reclamacion|reclamo|siniestro|expediente|reembolso|solicitud|parte)\b/ },
  // cambios de datos de contacto / datos de la cuenta leídos
  { kind: 'contact_change', re: /\b(?:le |te |se lo |se la |ya )?(?:he|hemos|ya|acabo de|voy a|vamos a|le voy a|te voy a|procedo a|paso a|puedo|lo|la)? ?(?:cambiad[oa]|actualizad[oa]|modificad[oa]|corregid[oa]|registrad[oa]|anotad[oa]|agregad[oa]|añadid[oa]|anadid[oa]|cambiar(?:le|te|la|lo)?|actualizar(?:le|te|la|lo)?|modificar(?:le|te|la|lo)?|corregir(?:le|te|la|lo)?|cambie|actualice|modifique|corregi|cambio|actualizo|modifico|cambiamos|actualizamos|modificamos) (?:ya )?(?:su|tu|la|el|sus|tus|los|el nuevo|la nueva|esa|ese) ?(?:nuev[oa] )?(?:direccion|domicilio|correo|email|e mail|mail|telefono|numero de (?:telefono|celular|movil|contacto)|celular|movil|datos de contacto|direccion de (?:envio|facturacion|correo)|correo electronico)\b/, notHowTo: true },
  { kind: 'contact_change', re: /\b(?:su|tu|la|el) (?:nuev[oa] )?(?:direccion|domicilio|correo|email|mail|telefono|celular|movil|numero|correo electronico|datos de contacto) (?:ya )?(?:queda|quedo|ha quedado|esta|fue|ha sido|se ha|se) (?:ya )?(?:actualizad[oa]s?|cambiad[oa]s?|modificad[oa]s?|registrad[oa]s?|guardad[oa]s?|corregid[oa]s?|actualizo|cambio|modifico)\b/ },
  { kind: 'contact_change', re: /\b(?:cual es|cual seria|me (?:da|dice|indica|facilita|pasa|dicta|deletrea)|dame|deme|digame|dime|indiqueme|me puede (?:dar|decir|indicar|facilitar)|me podria (?:dar|decir|indicar|facilitar)|me podes (?:dar|decir|pasar)) (?:su |tu |la |el )?(?:nuev[oa]) (?:direccion|domicilio|correo|email|mail|telefono|numero|celular|movil|codigo postal)\b/, notHowTo: true },
  { kind: 'account_data', re: /\b(?:su|tu|la|el) (?:direccion|domicilio|correo|email|e mail|mail|correo electronico|telefono|numero de (?:telefono|celular|contacto)|celular|movil) (?:registrad[oa] |que (?:tenemos|tengo|figura|consta|aparece|tiene registrad[oa]|nos dio) |de contacto |actual |en el sistema |en (?:su|tu) ficha |en la cuenta )(?:es|seria|aparece como|figura como|consta como|termina en|acaba en)\b/, notAfterRequest: true },
 { kind: 'account_data', re: /\b(?:su|tu) (?:direccion|domicilio|correo|email|mail|correo electronico|telefono|celular|movil|beneficiari[oa]|beneficiari[oa]s|titular|cotitular|fecha de (?:pago|corte|vencimiento)) (?:actual |registrad[oa] )?(?:es|son|seria|queda|sigue siendo)\b/, notAfterRequest: true },
  { kind: 'account_data', re: /\b(?:tarjeta|cuenta) (?:terminada|que termina|acabada|que acaba|finalizada) en (?:\d|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)/, notAfterRequest: true },
  { kind: 'transaction', re: /\b(?:pagad[oa]|cobrad[oa]|cargad[oa]|abonad[oa]) con (?:la|su|tu) tarjeta\b|\b(?:aqui |aca |ya )?(?:la|lo) veo (?:la|el|su|tu|una|un) \w+/ },
  { kind: 'order_plan', re: /\b(?:va|van|llega|llegan|se envia|se envian|sale|va dirigid[oa]) (?:a|para) (?:la|el) (?:calle|avenida|carrera|jiron|colonia|direccion|domicilio|pasaje|barrio|urbanizacion)\b/ },
  { kind: 'contact_change', re: /\b(?:cual es|cual seria|me (?:da|dice|indica|pasa)|digame|dime|deme|dame) (?:su |tu |el |la )?(?:direccion|domicilio|correo|email|mail|telefono|numero|celular|movil) nuev[oa]\b/ },
  { kind: 'contact_change', re: /\b(?:te|le|se) (?:la|lo) (?:cambio|actualizo|modifico|corrijo|cambie|actualice|modifique)\b/ },
  { kind: 'account_data', re: /\b(?:le|te|lo|la) tengo (?:registrad[oa] |anotad[oa] |apuntad[oa] )?(?:con|en|como) (?:la |el )?(?:direccion|domicilio|correo|calle|avenida|numero)\b/ },
  { kind: 'account_data', re: /\b(?:veo|vemos|vi|vimos|note|notamos|observo|me aparece|me sale|me figura|aparece|figura|consta|se ve) (?:aqui |aca |en el sistema |en pantalla )?(?:que )?(?:usted |vos |tu |(?:el|la|su|tu) \w+ )?(?:hay|tiene|tienes|tenes|hizo|hiciste|realizo|realizaste|pago|pagaste|pagó|debe|debes|esta|estas|estaba|cuenta con|contrato|contrataste|tenia|tuvo|solicito|solicitaste|llamo|pidio|pediste|abrio|cancelo|quedo|se atraso|dejo de pagar|no ha pagado|no pago|no has pagado|lleva|fue|le cobramos|te cobramos|se le cobro|se te cobro|le cobraron|te cobraron|le llego|te llego|recibio|recibiste)\b(?! (?:llamando|interes|dudas))/ },
  { kind: 'account_data', re: /\b(?:en|de) (?:su|tu) (?:cuenta|ficha|expediente|historial|contrato|poliza|tarjeta|linea) (?:aparece|aparecen|figura|figuran|consta|constan|veo|se ve|hay|tiene|tienes|tenes|registra|muestra|me sale|tengo|tenemos)\b/ },
  { kind: 'account_data', re: /\b(?:segun|de acuerdo (?:con|a)|conforme a|por lo que veo en) (?:nuestros|mis|los|el|nuestro|mi) (?:registros|sistema|datos|expediente|historial)\b/, strength: 'weak' },
  { kind: 'account_data', re: /\b(?:tiene|tienes|tenes|usted tiene|cuenta con|veo|hay) (?:dos|tres|cuatro|cinco|\d+|varias|varios) (?:cuentas|lineas|tarjetas|polizas|prestamos|creditos|contratos|productos) (?:activ[oa]s|abiert[oa]s|a su nombre|a tu nombre|con nosotros|contratad[oa]s|registrad[oa]s|vigentes)\b/ },
  { kind: 'account_data', re: /\b(?:su|tu) (?:limite de credito|credito disponible|limite|cupo|cupo disponible|tasa de interes|tasa|tipo de interes|fecha de (?:pago|vencimiento|corte)|fecha limite de pago|deducible|franquicia|cobertura|pago minimo|cuota mensual|mensualidad|consumo|consumo de datos|puntos|saldo de puntos|numero de cuenta termina|tarjeta termina) (?:es|era|sera|seria|de|queda|esta en|asciende|son|actual es|vence|termina|llega)\b/, notAfterRequest: true },
  // acciones sobre la cuenta
  { kind: 'account_action', re: /\b(?:le |te |se le |se te |ya )?(?:he|hemos|ya|acabo de|acabamos de|se ha|se han|quedo|queda|esta|ha sido|fue) (?:le |te |se )?(?:procesad[oa]|aplicad[oa]|realizad[oa]|hech[oa]|programad[oa]|cancelad[oa]|anulad[oa]|reembolsad[oa]|devuelt[oa]|abonad[oa]|transferid[oa]|condonad[oa]|eliminad[oa]|retirad[oa]|quitad[oa]|bonificad[oa]|registrad[oa]|generad[oa]|emitid[oa]|tramitad[oa]|gestionad[oa]|activad[oa]|desactivad[oa]|suspendid[oa]|reactivad[oa]|dado de baja|dado de alta|ampliad[oa]|aplazad[oa]|reprogramad[oa]|ajustad[oa]|rebajad[oa]|descontad[oa]|acreditad[oa]|cargad[oa]|cobrad[oa]|enviad[oa]|solicitad[oa]|ingresad[oa]|pasad[oa]|puesto|creado|cread[oa]|hecho) (?:ya )?(?:el|la|un|una|su|tu|los|las|sus|tus|ese|esa|este|esta)? ?(?:pago|transferencia|reembolso|devolucion|abono|cargo|cobro|plan de pagos|plan de pago|acuerdo de pago|convenio de pago|convenio|refinanciacion|refinanciamiento|cancelacion|baja|bonificacion|descuento|credito|nota de credito|pedido|orden|suscripcion|poliza|contrato|cuota|aplazamiento|prorroga|ajuste|promesa de pago|reclamacion|reclamo|siniestro|disputa|contracargo|tarifa|plan|linea|servicio|cuenta|portabilidad|domiciliacion|limite|cupo|importe|cantidad|deposito|retiro|giro)\b/ },
  { kind: 'account_action', re: /\b(?:le |te )?(?:aplique|aplicamos|procese|procesamos|realice|realizamos|hice|hicimos|programe|programamos|cancele|cancelamos|anule|anulamos|devolvi|devolvimos|abone|abonamos|transferi|transferimos|reembolse|reembolsamos|bonifique|bonificamos|genere|generamos|emiti|emitimos|tramite|tramitamos|acredite|acreditamos|descontamos|desconte|quite|quitamos|elimine|eliminamos|suspendi|suspendimos|reactive|reactivamos|active|activamos|di de baja|dimos de baja|ajuste|ajustamos|aplace|aplazamos|registre|registramos|cobre|cobramos|cargue|cargamos|ingrese|ingresamos) (?:ya )?(?:el|la|un|una|su|tu|los|las|sus|tus)? ?(?:pago|transferencia|reembolso|devolucion|abono|cargo|cobro|plan de pagos|acuerdo de pago|convenio|cancelacion|baja|bonificacion|descuento|credito|nota de credito|pedido|orden|suscripcion|poliza|cuota|aplazamiento|prorroga|ajuste|promesa de pago|reclamacion|reclamo|disputa|contracargo|importe|cantidad|deposito|servicio|linea|cuenta|domiciliacion)\b/ },
  { kind: 'account_action', re: /\b(?:reembolso|devolucion|abono|credito|bonificacion|descuento|pago|transferencia|ajuste|nota de credito|cargo) (?:de|por) (?:\w+ ){0,8}(?:euros?|pesos?|soles?|dolares?|\d+) (?:ya |se )?(?:esta|fue|ha sido|se ha|queda|quedo|sera|va a|le llegara|te llegara|se vera|se reflejara|aparecera|se aplico|se aplicara|se hizo|se realizo|aplicad[oa]|procesad[oa]|realizad[oa]|le|te|en su|en tu|a su|a tu)\b/ },
  { kind: 'account_action', re: /\b(?:he|hemos|ya|le|te|se le ha|se te ha|acabo de|acabamos de) ?(?:le |te )?(?:solicitad[oa]|pedid[oa]|enviad[oa]|emitid[oa]|tramitad[oa]|solicite|pedi|envie|emiti|tramite|gestionad[oa]|gestione|mandad[oa]|mande) (?:ya )?(?:la |el |una |un |su |tu )?(?:reposicion de (?:la |su |tu )?|duplicado de (?:la |su |tu )?)?(?:nuev[oa] )?(?:tarjeta|plastico|chequera|talonario|pin|clave)\b/ },
  { kind: 'account_action', re: /\b(?:su|tu|la) (?:nueva )?(?:tarjeta|chequera|talonario) (?:nueva |de reposicion )?(?:le |te )?(?:llegara|llega|va a llegar|sera enviada|queda|quedo|ya esta|ha sido|fue|esta) (?:ya )?(?:solicitada|enviada|pedida|en camino|bloqueada|cancelada|anulada|desbloqueada|activada|en (?:\w+ )?dias|a su|a tu|en su|en tu)?\b/ },
  { kind: 'account_action', re: /\b(?:he|hemos|ya|le he|te he|acabo de) (?:bloqueado|bloquear|cancelado|anulado|desbloqueado|activado|congelado|suspendido|dado de baja) (?:la |su |tu |el |sus )?(?:tarjeta|tarjetas|cuenta|linea|plastico|servicio)\b|\b(?:bloquee|cancele|anule|desbloquee|active|congele|suspendi) (?:la |su |tu )?(?:tarjeta|cuenta|linea)\b/ },
  { kind: 'account_action', re: /\b(?:le |te )(?:bloqueo|cancelo|anulo|desbloqueo|activo|envio|mando|reactivo|suspendo|doy de baja|aplico|abono|devuelvo|reembolso|bonifico|descuento|cargo|cobro) (?:ya )?(?:la|el|su|tu|una|un)? ?(?:tarjeta|usuario|clave|cuenta|linea|servicio|pago|importe|cargo|cobro|reembolso|devolucion|descuento|credito|cuota|nueva|nuevo)\b|\b(?:le|te) llega (?:una|la|su|tu) (?:nueva|tarjeta|chequera|factura)\b/ },
  { kind: 'account_action', re: /\b(?:le |te |ya )?(?:desbloquee|bloquee|restableci|resetee|reinicie|reactive|cambie|genere|envie|active|desactive|cancele|anule|corte|reconecte|suspendi|porte) (?:ya )?(?:el|la|su|tu|los|las)? ?(?:usuario|clave|contrasena|acceso|cuenta|tarjeta|linea|servicio|suministro|portabilidad|equipo|sim|chip|plan|contrato|pedido|orden|suscripcion|poliza)\b|\b(?:la|lo) (?:cancelo|anulo|activo|desactivo|bloqueo|desbloqueo|proceso|tramito|gestiono) (?:ahora|ya|en este momento|enseguida)\b/ },
  { kind: 'account_action', re: /\b(?:listo |ya )?(?:pagad[oa]|abonad[oa]|procesad[oa]|cancelad[oa]|cobrad[oa]|anulad[oa]|reembolsad[oa]|activad[oa]|desbloquead[oa]|bloquead[oa]) (?:y |ya |entonces )?(?:llega|le llega|te llega|queda|quedo|el|la|listo)\b/ },
  // otros ámbitos: resultados, recetas, reservas, consumos ligados al cliente
  { kind: 'account_data', re: /\b(?:su|tu|sus|tus) (?:resultados?|analisis|receta|recetas|medicamentos?|vuelos?|reservas?|billetes?|boletos?|pasajes?|asiento|millas|puntos|datos moviles|gigas|megas|minutos|consumo|reparacion|instalacion|solicitud|visado|visa|membresia|suscripcion|poliza|cobertura|envio) (?:\w+ ){0,4}?(?:esta|estan|salio|salieron|ha sido|han sido|se ha|se han|fue|fueron|queda|quedan|sigue|siguen|llego|llegaron|aparece|aparecen|dio|dieron|viene|vienen|sale|salen) (?:ya |todo |todos |bien |muy )?(?:list[oa]s?|aprobad[oa]s?|rechazad[oa]s?|denegad[oa]s?|confirmad[oa]s?|cancelad[oa]s?|retrasad[oa]s?|adelantad[oa]s?|cambiad[oa]s?|modificad[oa]s?|normal(?:es)?|alt[oa]s?|baj[oa]s?|positiv[oa]s?|negativ[oa]s?|pendientes?|procesad[oa]s?|reservad[oa]s?|vencid[oa]s?|renovad[oa]s?|disponibles?|consumid[oa]s?|enviad[oa]s?|bien|perfect[oa]s?|a las|para el|del|en)\b/, notAfterRequest: true },
  { kind: 'account_data', re: /\b(?:le|te) (?:quedan|queda|faltan) (?:\w+ ){1,3}(?:gigas|megas|minutos|datos|puntos|millas|sms|mensajes|dias de cobertura)\b|\b(?:ha|has|habeis) (?:consumido|gastado|usado) (?:\w+ ){1,4}(?:gigas|megas|minutos|datos|de sus|de tus)\b|\b(?:sus|tus) resultados ya (?:estan|salieron|llegaron)\b/ },
  { kind: 'account_data', re: /\b(?:tengo|tenemos|le tengo|te tengo|me figura|me aparece|aparece|figura|consta) (?:registrad[oa] |anotad[oa] |como |puesta |puesto )?(?:la|el|su|tu) (?:direccion|domicilio|correo|email|mail|telefono|celular|movil|numero de contacto|fecha de nacimiento) (?:\w+ )?(?:como|en (?:la )?(?:calle|avenida|carrera|jiron|colonia|pasaje|urbanizacion)|calle|avenida|carrera|arroba|que termina|acabado en|terminado en|el (?:dia )?(?:\d|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieci\w+|veint\w+|treinta))\b/ },
  { kind: 'order_plan', re: /\b(?:esta|estas|estan|queda|quedaria) (?:usted |vos |tu )?(?:cubiert[oa]s?|asegurad[oa]s?) (?:por|hasta|para|con|en)\b|\b(?:esta|estas|estan) (?:pagando|abonando) (?:\w+ ){1,6}(?:al mes|mensuales|por mes|cada mes|al ano|anuales)\b/ },
  { kind: 'bill', re: /\b(?:su|tu) (?:ultima |proxima |actual )?(?:lectura|lectura del contador|domiciliacion|debito automatico|cargo automatico|pago automatico) (?:es|fue|era|sera|marca|marco|se hace|se hara|se pasa|se cobra|esta)\b/, notAfterRequest: true },
  { kind: 'debt', re: /\b(?:su|tu|la) (?:linea|servicio|suministro|luz|conexion|internet|fibra|numero|sim) (?:esta|quedo|ha quedado|fue|se encuentra|sigue) (?:ya )?(?:suspendid[oa]|cortad[oa]|dad[oa] de baja|bloquead[oa]|restringid[oa]|desconectad[oa]|inactiv[oa])\b/ },
  { kind: 'debt', re: /\b(?:el|su|tu|lo) (?:monto|importe|total|saldo|valor) (?:a|por|que (?:tiene|tienes|tenes|debe|debes) que) (?:cancelar|pagar|abonar)\b|\b(?:tiene|tienes|tenes|usted tiene|queda|quedo|le queda|te queda) pendiente (?:de pago )?(?:el|la|un|una|su|tu)? ?(?:pago|cuota|factura|recibo|importe|saldo|monto|deuda|abono|mensualidad|boleta)\b|\b(?:debe|debes|adeuda|adeudas|nos debe|nos debes) (?:\w+ ){0,2}(?:cuotas|meses|recibos|facturas|pagos|mensualidades|letras|boletas)\b/ },
  { kind: 'transaction', re: /\b(?:se le|se te|ya le|ya te) (?:debito|cargo|cobro|desconto|aplico|abono|devolvio|reembolso|acredito|retuvo|congelo)\b|\b(?:le|te) (?:debitamos|cargamos|cobramos|descontamos|abonamos|devolvimos|reembolsamos|acreditamos|debitaron|cargaron|cobraron|descontaron|abonaron|devolvieron|acreditaron)\b/ },
  { kind: 'account_action', re: /\b(?:le|te) (?:hicimos|hice|realizamos|realice|aplicamos|aplique|procesamos|procese|generamos|genere) (?:el|la|un|una|su|tu) (?:debito|cargo|cobro|pago|abono|devolucion|reembolso|transferencia|descuento|ajuste|nota de credito)\b/ },
  { kind: 'account_data', re: /\b(?:la|el|esa|ese) (?:compra|pedido|pago|cargo|transferencia|deposito|retiro|reserva|orden) que (?:usted |vos |tu )?(?:hizo|hiciste|realizo|realizaste|pago|pagaste|hicieron|tiene|tenes|tienes|nos hizo|le hicimos|le cobramos|te cobramos)\b/ },
  { kind: 'order_plan', re: /\b(?:recibimos|hemos recibido|ya recibimos|procesamos|hemos procesado|ya procesamos|aprobamos|hemos aprobado|cancelamos|hemos cancelado|enviamos|hemos enviado|despachamos) (?:su|tu|el|la) (?:devolucion|pedido|pago|reclamo|reclamacion|solicitud|paquete|cambio|reembolso|documentacion|formulario|orden)\b|\b(?:el|la|su|tu) (?:reembolso|devolucion|pago|pedido|cambio|reclamo|reclamacion|solicitud|transferencia) (?:se esta|esta siendo|ya esta siendo|se encuentra|sigue|ya se esta) (?:procesando|procesad[oa]|tramitando|tramitad[oa]|gestionando|revisando|en proceso|en tramite|en revision)\b|(?<!\b(?:con|por|en|desde) )\b(?:el|la|los|las) (?:\w+ ){0,2}que (?:usted |vos |tu )?(?:pidio|pediste|compro|compraste|encargo|encargaste|reservo|reservaste|devolvio|devolviste|nos envio|nos enviaste)\b/ },
  { kind: 'account_data', re: /\b(?:tuvo|tuviste|ha tenido|has tenido|tiene|tienes|tenes|registra|registro|marca|marco) (?:usted |vos )?un consumo de\b|\bsu consumo (?:fue|es|de este mes|del mes)\b/ },
  { kind: 'account_action', re: /\b(?:voy a|le voy a|te voy a|vamos a|le vamos a|te vamos a|procedo a) (?:reembolsar|devolver|abonar|anular|bonificar|descontar|acreditar|transferir|reintegrar|reponer|reenviar|cancelar|dar de baja|bloquear|desbloquear|reactivar)(?:le|te|lo|la|les|los|las)?\b|\b(?:ya )?(?:te|le) (?:devolvi|reembolse|abone|bonifique|desconte|anule|cobre|cargue|acredite|transferi|reintegre|repuse|reenvie)\b/ },
  { kind: 'order_plan', re: /\b(?:es|seria|era) el pedido (?:de|del|que)\b/, notAfterRequest: true },
  { kind: 'account_data', re: /\b(?:tiene|tienes|tenes|hay|veo|tengo|le aparece|te aparece|usted tiene) (?:un|una|dos|tres|\d+|varios|varias) (?:pedidos?|reclamaciones|reclamacion|reclamos?|disputas?|solicitudes|solicitud|casos?|incidencias?|ordenes|orden|pagos?|transferencias?|devoluciones|devolucion|reservas?|retenciones|retencion|bloqueos?) (?:pendientes?|abiert[oa]s?|activ[oa]s?|en curso|en tramite|programad[oa]s?|vigentes?|sin resolver)\b|\b(?:le|te) (?:puse|pusimos|coloque|colocamos|aplique|aplicamos|active|activamos|deje|dejamos) (?:un|una|el|la) (?:bloqueo|retencion|nota|marca|alerta|limite|suspension|aviso)\b|\b(?:hay|tengo|veo|figura|aparece|consta) (?:un|una|\w+) (?:nota|marca|alerta|bloqueo|anotacion|observacion|incidencia) (?:en|sobre) (?:su|tu) (?:cuenta|ficha|tarjeta|linea|expediente)\b|\b(?:su|tu) (?:cuenta|tarjeta|linea|contrato|poliza|suscripcion) se (?:abrio|dio de alta|activo|cancelo|cerro|renovo|emitio|bloqueo|suspendio)\b|\b(?:su|tu) tarjeta (?:vence|caduca|vencio|caduco|expira|expiro)\b|\b(?:el |su |tu )?(?:ultimo) (?:acceso|inicio de sesion|ingreso|login|movimiento) (?:fue|desde|el)\b|\b(?:su|tu) (?:prestamo|credito|solicitud|hipoteca|tarjeta|cuenta|linea|ampliacion|aumento de cupo|aumento de limite) (?:fue|ha sido|quedo|esta|salio) (?:aprobad[oa]|rechazad[oa]|denegad[oa]|concedid[oa]|preaprobad[oa]|en estudio|en revision)\b|\b(?:tiene|tienes|tenes|usted tiene) (?:dos|tres|cuatro|\d+|varias|varios) (?:tarjetas|cuentas|lineas|productos|polizas|prestamos) (?:asociad[oa]s|vinculad[oa]s|registrad[oa]s|a su nombre|a tu nombre)\b/ },
  // pedidos / planes ligados a la cuenta
  { kind: 'order_plan', re: /\b(?:su|tu) pedido (?:numero \w+ |\w+ (?:\w+ ){0,6})?(?:es|son|incluye|contiene|trae|lleva|consiste)\b|\bel pedido (?:numero \w+ )?(?:es|son|incluye|contiene|trae|lleva|consiste) (?:un|una|unos|unas|el|la|los|las|dos|tres)\b|\b(?:despachad[oa]s?|enviad[oa]s?|entregad[oa]s?) a (?:la|su|tu|el) (?:direccion|calle|carrera|avenida|domicilio|casa|apartamento|piso)\b|\b(?:la transportadora|el transportista|la mensajeria|el repartidor|el courier) (?:lo|la|los|las) (?:tiene|reporta|dejo|entrego|devolvio)\b/ },
  { kind: 'order_plan', re: /\b(?:su|tu|el|la) (?:pedido|envio|paquete|orden|compra|devolucion|cambio|reposicion|encomienda)s? (?:numero \w+ )?(?:ya )?(?:esta|estan|fue|salio|sale|llega|llegara|llego|se (?:envio|entrego|despacho|cancelo|retraso|devolvio|encuentra)|ha sido|va|viene|sigue|quedo|aparece|figura|consta|tiene)\b.{0,30}\b(?:enviad[oa]|entregad[oa]|despachad[oa]|en camino|en transito|en reparto|en preparacion|preparad[oa]|cancelad[oa]|retrasad[oa]|demorad[oa]|devuelt[oa]|recibid[oa]|mañana|manana|hoy|ayer|lunes|martes|miercoles|jueves|viernes|sabado|domingo|almacen|aduana|bodega|centro de distribucion|reembolsad[oa]|procesad[oa]|pendiente|extraviad[oa]|perdid[oa]|retenid[oa]|semana|dias)\b/ },
  { kind: 'order_plan', re: /\b(?:usted |vos |tu )?(?:tiene|tienes|tenes|cuenta con|contaste con|contrato|contrataste) (?:el|la|un|una|su|tu) (?:plan|tarifa|paquete|pack|abono|bono) (?:de|con|del|que|ilimitad[oa]|basic[oa]|premium|actual)\b|\b(?:le|te) (?:quedan|faltan) (?:\w+ ){0,2}(?:cuotas|pagos|meses|recibos|mensualidades|letras)\b/ },
  { kind: 'order_plan', re: /\b(?:usted |vos |tu )?(?:tiene|tienes|tenes) (?:contratad[oa]|activ[oa]|asignad[oa]|suscrit[oa]) (?:el|la|un|una|su|tu)? ?(?:\w+ ){0,2}(?:plan|tarifa|paquete|pack|seguro|poliza|servicio|modalidad|cobertura|linea|fibra|contrato)\b/ },
  { kind: 'order_plan', re: /\b(?:su|tu) (?:plan|tarifa|paquete|contrato|poliza|seguro|suscripcion|linea|cobertura|permanencia|promocion|descuento|bono|financiacion|financiamiento|prestamo|credito|hipoteca|garantia) (?:actual |contratad[oa] |vigente |que tiene |que tenes |que tienes )?(?:es|incluye|vence|termina|finaliza|tiene|cubre|se renueva|esta|era|caduca|expira|acaba|dura|le cubre|te cubre|va hasta|sigue|le da|te da|le ofrece|cuesta|le cuesta|te cuesta|le sale|te sale)\b/, notAfterRequest: true },
  { kind: 'order_plan', re: /\b(?:el|la) (?:seguimiento|rastreo|numero de seguimiento|guia) (?:dice|indica|muestra|marca|aparece|figura)\b/ },
  // una cita o un teléfono en la ficha ("tiene cita el martes a las diez", "el móvil que acaba en treinta y ocho"), resultados listos
  { kind: 'account_data', re: /\b(?:tiene|tienes|tenes|usted tiene|le tengo|te tengo|lo tengo|la tengo|veo|le veo|te veo|figura|aparece) (?:una |la |su |tu )?(?:cita|turno|hora|consulta|reserva|visita|revision|control)(?: \w+){0,2} (?:el|para el|para|a las|con|este|esta|el proximo|la proxima|manana|hoy)\b|\b(?:su|tu) (?:cita|turno|consulta|reserva|visita) (?:es|era|esta|queda|quedo|sigue) (?:el|para|a las|con|confirmad[oa]|programad[oa]|agendad[oa])\b|\b(?:tarjeta|cuenta) (?:que )?(?:acaba|termina|terminado|terminada|finaliza|finalizado) en (?:\d|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieci|veint|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)/, notAfterRequest: true },
  { kind: 'account_data', re: /\b(?:los |sus |tus )?(?:resultados|analisis|examenes) (?:ya )?(?:estan|salieron|llegaron|estan listos|ya estan)\b|\bya (?:estan|salieron|llegaron) (?:listos )?(?:los |sus |tus )?(?:resultados|analisis|examenes)\b/ },
  // una reserva leída al cliente ("dos adultos, ida el viernes cinco en el vuelo de las siete, vuelta el lunes")
  { kind: 'order_plan', re: /^(?=.*\b(?:vuelos?|hotel|adultos|habitacion|pasajeros|pension|reserva)\b).*?\b(?:ida|vuelta|salida|regreso|entrada|llegada) el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|dia|\d+|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieci\w+|veinte|veinti\w+|treinta\w*)\b/ },
  // hecho sobre la cuenta ("ya está cobrado", "quedó bloqueada", "cargado")
  { kind: 'account_action', re: /\b(?:ya )?(?:esta|estan|quedo|quedaron|queda|quedan|ha quedado|han quedado) (?:ya )?(?:cobrad[oa]s?|cargad[oa]s?|abonad[oa]s?|reembolsad[oa]s?|devuelt[oa]s?|anulad[oa]s?|bloquead[oa]s?|desbloquead[oa]s?|reprogramad[oa]s?|reactivad[oa]s?|dad[oa]s? de baja|tramitad[oa]s?|aplicad[oa]s?)\b|^ (?:ya |listo |vale |perfecto |ok )*(?:cobrado|cargado|abonado|pagado|bloqueada|bloqueado)\b/ },
  // cambio de plan en la cuenta ("ya le cambié a la tarifa básica", "te pasé al plan de cien megas")
  { kind: 'account_action', re: /\b(?:ya )?(?:le|te|lo|la) (?:he |hemos )?(?:cambiado|cambie|cambiamos|pasado|pase|pasamos|subido|subi|subimos|bajado|baje|bajamos|migrado|migre|migramos|dejado|deje|dejamos|puesto|puse|pusimos|dado de alta|di de alta|dimos de alta|activado|active|activamos) (?:a |al |en |de |con )?(?:la |el |un |una )?(?:nuev[oa] )?(?:tarifa|plan|paquete|pack|modalidad|bono|contrato)\b/ },
];

// an agent asking for the data rather than disclosing it ("what is your new address", "can you confirm the email on file is…")
const REQUEST_BEFORE = /\b(?:how much|how many|when|roughly|cuanto|cuanta|cuando|what|whats|what s|which|confirm|verify|tell me|give me|know|read me|can you|could you|would you|do you|cual|cuál|confirma|confirmar|confirmarme|confirme|verificar|digame|decirme|indicarme|me dice|me indica|me da|dame|deme|dime|me puede|me podria|sabe|sabes|recuerda|recuerdas)\b(?:\W+\w+){0,3}\W*$/;
// general "how do I" guidance: the agent explains how it is done, does not do it
const HOW_TO = /\b(?:le ayudo a|te ayudo a|ayudarle a|ayudarte a|lo ayudo a|la ayudo a|help you (?:to )?(?:update|change|reset|cancel|set up)|you can|you could|youd|you would|you will need to|youll need to|youll have to|you have to|you need to|you just|just go|go to|online|website|web site|app|portal|log in|login|sign in|puede|puedes|podes|podria|tiene que|tienes que|tenes que|tendria que|debe|debes|hay que|se puede|entrando|entre en|ingrese|ingresa|ingresando|en linea|la web|pagina|aplicacion|app|oficina|sucursal|formulario)\b/;
const HOW_TO_DOING = /\b(?:i|ive|i have|we|weve|i just|he|hemos|ya|acabo de|le he|te he)\b/;

const CUSTOMER_TOPIC: Record<AnalysisLanguage, RegExp> = {
  en: /\b(?:charge|charges|charged|transaction|transactions|payment|bill|balance|statement|debit|withdrawal|deposit|refund|order|claim)\b/,
  es: /\b(?:cargo|cobro|cobraron|movimiento|factura|saldo|pago|compra|recibo|comision|reembolso|devolucion|pedido|reclamacion|reclamo|siniestro)\b/,
};
// the customer speaking of their own account (not a general question such as "do you charge a fee for wires")
const CUSTOMER_OWN: Record<AnalysisLanguage, RegExp> = {
  en: /\b(?:my|mine|i was|i got|ive got|i have|ive|i had|i paid|i made|i see|i saw|there is|theres|there was|there are|one from|we were|we got|our)\b/,
  es: /\b(?:me|mi|mis|tengo|hice|pague|compre|veo|vi|hay|habia|uno de|una de|nos|nuestra|nuestro)\b/,
};
const COND_START: Record<AnalysisLanguage, RegExp> = {
  en: /^ (?:uh |um |well |so )?(?:if|when|whenever|usually|normally|generally|typically)\b/,
  es: /^ (?:eh |bueno |pues )?(?:si (?:el|la|los|las|su|tu|usted|no|se|hay|tiene|tienes|tenes|quiere|lo|le|te|me|un|una)|cuando|normalmente|generalmente|por lo general)\b/,
};
const CONFIRM_START: Record<AnalysisLanguage, RegExp> = {
  en: /^ (?:uh |um |so |okay |ok |well )?(?:yes|yeah|yep|yup|right|correct|thats right|thats correct|that is correct|exactly|indeed|i see (?:that|it|the|those|them|both)|i can see (?:that|it|the|those|them|both)|that (?:charge|payment|transaction|fee|amount|one|was|is)|those (?:charges|payments)|it was|that was|it is|it looks like)\b/,
  es: /^ (?:eh |este |bueno |pues |vale |ok |mire |mira )?(?:si|sí|correcto|asi es|efectivamente|exacto|eso es|en efecto|claro|lo veo|la veo|los veo|las veo|ya lo veo|ya la veo|veo (?:ese|esa|el|la|los|las|que)|ese (?:cargo|cobro|pago|importe|movimiento)|esa (?:compra|transferencia|factura)|eso (?:es|fue|corresponde)|es (?:un|una|el|la) (?:cargo|cobro|pago|comision|cuota))\b/,
};
const CONFIRM_BODY: Record<AnalysisLanguage, RegExp> = {
  en: /\b(?:see|shows|showing|charge|charges|payment|payments|fee|amount|balance|transaction|purchase|posted|pending|was|from|correct|right|that is|thats|it is|its|on your account)\b/,
  es: /\b(?:veo|aparece|figura|consta|cargo|cobro|pago|importe|monto|saldo|comision|cuota|movimiento|compra|corresponde|es de|fue|viene|correcto|asi es|efectivamente)\b/,
};
const DEFER: Record<AnalysisLanguage, RegExp> = {
  en: /\b(?:let me|before|first|can i|could i|may i|i need to|i will need|ill need|ill just need|i just need|verify|confirm your|security|look into|check on|check that|help you with|can help|happy to|look at that|take a look|pull up)\b/,
  es: /\b(?:dejeme|dejame|permitame|permiteme|antes|primero|necesito|voy a (?:revisar|mirar|consultar|verificar|comprobar)|verificar|comprobar|confirmar|seguridad|le ayudo|te ayudo|con gusto|lo reviso|lo miro|lo consulto|un momento|ayudarle|ayudarte|revisar|revisarlo|mirarlo)\b/,
};

function amountIsHypothetical(t: string, lang: AnalysisLanguage, yesSi: boolean): boolean {
  const m = (lang === 'es' ? ES_AMOUNT : EN_AMOUNT).exec(t);
  if (!m) return false;
  const clause = t.slice(Math.max(0, m.index - 60), m.index);
  if (lang === 'es') return /\b(?:cuando|en caso de|normalmente|generalmente|por lo general|suele|suelen|habitualmente)\b/.test(clause) || (!yesSi && /\bsi (?:el|la|los|las|su|tu|usted|no|se|hay|tiene|tienes|tenes|quiere|lo|le|te|me|un|una)\b/.test(clause));
  return /\b(?:if|whenever|unless|in case|usually|normally|typically|generally)\b/.test(clause);
}

// an amount said without a currency word ("the balance on your account is four twelve fifty", "usted nos debe ochocientos")
const EN_W = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|grand|\\d+)';
const ES_W = '(?:uno?|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieci\\w+|veinte|veinti\\w+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|\\w+cient[oa]s|quinient[oa]s|mil|millon|millones|\\d+)';
const BARE_AMOUNT: Record<AnalysisLanguage, RegExp> = {
  en: new RegExp(`\\b(?:${EN_W} (?:and )?){1,7}(?:hundred|thousand|grand)\\b|\\b${EN_W} (?:(?:and|oh) )?${EN_W}\\b|\\b\\d{2,}\\b`),
  es: new RegExp(`\\b(?:${ES_W} (?:y |con )?){0,7}(?:cien|ciento|\\w+cient[oa]s|quinient[oa]s|mil|millon|millones)\\b|\\b\\d{2,}\\b`),
};
const BARE_BIG: Record<AnalysisLanguage, RegExp> = {
  en: /\b(?:hundred|thousand|grand)\b/,
  es: /\b(?:cien|ciento|\w+cient[oa]s|quinient[oa]s|mil|millon|millones)\b/,
};
const BARE_ANCHOR: Record<AnalysisLanguage, RegExp> = {
  en: /\b(?:balance|owe|owing|owed|past due|overdue|outstanding|remaining|overdrawn|in your (?:savings|checking|account)|on your (?:account|card|loan)|on the (?:account|card|loan)|available (?:balance|credit)|amount due|payoff)\b/,
  es: /\b(?:saldo|debe|debes|adeuda|adeudas|deuda|pendiente|vencid[oa]s?|en (?:la|su|tu) cuenta|en (?:su|tu) tarjeta|disponibles?|a favor|le quedan|te quedan|atrasad[oa]s?|en mora)\b/,
};
const NOT_MONEY_AFTER = /^ (?:days?|weeks?|months?|years?|minutes?|hours?|percent|por ciento|dias|semanas|meses|anos|minutos|horas|veces|times|cuotas|payments|pagos|digits|digitos|numeros|gigas|megas)\b/;

function bareAmountIsSpecific(t: string, lang: AnalysisLanguage, yesSi: boolean): boolean {
  if (!BARE_ANCHOR[lang].test(t)) return false;
  const m = BARE_AMOUNT[lang].exec(t);
  if (!m) return false;
  if (NOT_MONEY_AFTER.test(t.slice(m.index + m[0].length))) return false;
  const clause = t.slice(Math.max(0, m.index - 60), m.index);
  if (lang === 'es') return !(/\b(?:cuando|en caso de|normalmente|generalmente|por lo general|suele|suelen|habitualmente|minimo|maximo)\b/.test(clause) || (!yesSi && /\bsi (?:el|la|los|las|su|tu|usted|no|se|hay|tiene|tienes|tenes|quiere|lo|le|te|me|un|una)\b/.test(clause)));
  return !/\b(?:if|whenever|unless|in case|usually|normally|typically|generally|minimum|maximum|below|above|over|under)\b/.test(clause);
}

export interface AccountSpecificOptions {
  /** extra phrases (fuzzy-matched, agent only) that mark an account specific */
  extraPhrases?: string[];
}

// cheap pre-test: every pattern needs one of these words (keeps a long call's scan fast)
const GATE: Record<AnalysisLanguage, RegExp> = {
  en: /\b(?:balance|charg\w*|transaction\w*|payment\w*|pay|paid|pays|paying|bill\w*|statement\w*|invoice\w*|premium\w*|instal\w*|owe\w*|owing|debt\w*|due|arrears|overdue|outstanding|overdrawn|negative|overdraft|behind|claim\w*|refund\w*|credit\w*|debit\w*|deposit\w*|withdr\w*|transfer\w*|fees?|accounts?|address\w*|e ?mail\w*|phone|cell|mobile|number|contact|order\w*|package\w*|deliver\w*|shipment\w*|ship\w*|parcel\w*|box\w*|plan\w*|polic\w*|cards?|check\w*|cheque\w*|password\w*|passcode\w*|pin|limit\w*|rate|apr|usage|see|show\w*|records?|system|file|screen|notes|updat\w*|chang\w*|add\w*|remov\w*|new|ending|ends|tracking|top|topups?|recharge\w*|fault|outage|ticket|case|port\w*|subscri\w*|contract\w*|coverage|deductible|copay|processed|issued|applied|waived|reversed|scheduled|cancel\w*|block\w*|froze\w*|lock\w*|unlock\w*|reset|resent|sent|send\w*|mail\w*|skip\w*|paus\w*|declin\w*|attempts?|purchas\w*|returned|bounced|amount|total\w*|remaining|left|dollars?|pounds?|euros?|bucks|cents?|quid|lakhs?|rupees?|grand|mortgage|loan|lease|interest|points|tier|tariff|bundle|membership|program|repair|engineer|technician|request|dispute|suspend\w*|activat\w*|deactivat\w*|reactivat\w*|enroll\w*|upgrad\w*|downgrad\w*|extend\w*|moved?|moving|switch\w*|corrected|edited|entered|replac\w*|approved|denied|declined|pending|settled|routing|adjust\w*|backdat\w*|reconnect\w*|disconnect\w*|arriv\w*|dispatch\w*|transit|warehouse|delay\w*|stuck|held|customs|according|based|looking|reading|hold|flag|alert|fraud|lowered|raised|increased|decreased|deferred|extension|arrangement|autopay|auto|settlement|promise|payoff|principal|savings|checking|current|available|recent|last|latest|previous|upcoming|next|minimum|registered|listed|record|shows|dollar|purchase|promotion|promo|discount|warranty|setup|set|made|put|placed|emailed|mailed|filed|submitted|escalated|closed|opened|filed|called|requested|signed|bought|ordered|used|went|live|returned|charged|data|usage|went|size|small|medium|large|results?|prescriptions?|refill|medication|flights?|booking|reservation|itinerary|tickets?|seat|miles|gigs|gb|allowance|application|visa|used|booked|covered|paying|reading|line|service|sim|supply|connection|internet|power|gas|water|electricity|disconnect\w*|cut|birth|birthday|dob|zip|postcode|social|maiden|autopay|expired|failed|missed|skipped|made|profile|payoff|escrow|principal|received|got|refunded|approved|shipped|restocked|inspected|accepted|rejected|logged|bought|purchased|reserved|signed|port|porting|activation|claims|activating|reactivating|unlocking|unblocking|active|activated|unlocked|unblocked|pending|open|unresolved|disputes?|holds?|expires|expiring|score|login|log|sign|activity|loan|mortgage)\b|\d/,
  es: /\b(?:saldo|balance|cargo\w*|cobr\w*|movimiento\w*|pag\w*|factura\w*|recibo\w*|boleta\w*|cuota\w*|mensualidad\w*|prima|letra|importe\w*|monto\w*|deuda\w*|adeud\w*|debe\w*|mora|moros\w*|atras\w*|retraso|vencid\w*|vence\w*|vencio|vencia|pendiente\w*|numeros|descubierto|sobregirad\w*|negativo|fondos|reclam\w*|siniestro\w*|expediente|solicitud|queja|incidencia|tramite|caso|parte|peticion|reembols\w*|devol\w*|abon\w*|credito\w*|debito\w*|deposit\w*|retir\w*|transfer\w*|transacci\w*|operaci\w*|domicilia\w*|consumo\w*|giro\w*|comision\w*|interes\w*|ingreso\w*|compra\w*|cuenta\w*|direccion|domicilio|correo|email|mail|telefono|celular|movil|numero|contacto|datos|beneficiari\w*|titular|cotitular|pedido\w*|envio\w*|paquete\w*|orden|encomienda|reposicion|cambio|plan|tarifa|pack|bono|contrat\w*|poliza|seguro|suscri\w*|linea|cobertura|permanencia|promocion|descuento|financiaci\w*|financiamiento|prestamo|hipoteca|garantia|fibra|servicio|modalidad|tarjeta\w*|chequera|talonario|plastico|clave|pin|usuario|contrasena|acceso|limite|cupo|tasa|tipo|fecha|deducible|franquicia|puntos|veo|vemos|vi|vimos|note|notamos|observo|aparece\w*|figura\w*|consta\w*|sale|salen|registr\w*|muestra\w*|tengo|tenemos|hay|habia|segun|acuerdo|conforme|cambi\w*|actualiz\w*|modific\w*|corregi\w*|corrij\w*|anotad\w*|agregad\w*|añadid\w*|anadid\w*|nuev\w*|procesad\w*|aplic\w*|realiz\w*|hech\w*|hice|hicimos|program\w*|cancel\w*|anul\w*|condon\w*|elimin\w*|quit\w*|bonific\w*|gener\w*|emit\w*|gestion\w*|activ\w*|desactiv\w*|suspend\w*|reactiv\w*|baja|alta|ampli\w*|aplaz\w*|reprogram\w*|ajust\w*|rebaj\w*|descont\w*|acredit\w*|carg\w*|enviad\w*|envie|mand\w*|solicit\w*|ingres\w*|pasad\w*|puesto|cread\w*|bloque\w*|desbloque\w*|restableci|resetee|reinicie|genere|corte|reconecte|porte|portabilidad|equipo|sim|chip|pidi\w*|pedi|tramit\w*|llega\w*|llego|despach\w*|entreg\w*|camino|transito|reparto|transportadora|transportista|mensajeria|repartidor|courier|seguimiento|rastreo|guia|calle|avenida|carrera|jiron|colonia|piso|terminada|termina|acabada|acaba|finalizada|aprobad\w*|rechazad\w*|denegad\w*|resuelt\w*|cerrad\w*|abiert\w*|pagad\w*|aceptad\w*|admitid\w*|autorizad\w*|asignad\w*|peritad\w*|valorad\w*|dias|meses|euros?|pesos?|soles?|dolares?|bolivares?|colones?|quetzales?|lempiras?|cordobas?|guaranies?|reales?|lucas?|luquitas|bolivianos?|balboas?|centimos?|centavos?|mil|millones|efectivamente|ultim\w*|proxim\w*|anterior|siguiente|actual|total|tiene|tienes|tenes|quedan|faltan|queda|quedo|resultados?|analisis|recetas?|medicamentos?|vuelos?|reservas?|billetes?|boletos?|pasajes?|asiento|millas|gigas|megas|minutos|visado|visa|membresia|consumid\w*|gastado|usado|cubiert\w*|asegurad\w*|pagando|abonando|lectura|conexion|internet|luz|suministro|suspendid\w*|cortad\w*|restringid\w*|desconectad\w*|inactiv\w*|tengo|tenemos|monto|valor|cancelar|debito|debitamos|debitaron|desconto|acredito|retuvo|congelo|hicimos|hice|realizamos|realice|procese|procesamos|hizo|hiciste|realizo|realizaste|recibimos|recibido|aprobamos|cancelamos|enviamos|despachamos|procesando|tramitando|gestionando|revisando|proceso|pidio|pediste|compro|compraste|encargo|encargaste|reservo|reservaste|devolvio|devolviste|tuvo|tuviste|tenido|marca|marco|reembolsar|devolver|abonar|anular|bonificar|descontar|acreditar|transferir|reintegrar|reponer|reenviar|devolvi|reembolse|abone|bonifique|desconte|anule|cobre|cargue|acredite|transferi|reintegre|repuse|reenvie|pedido|pedidos|puse|pusimos|coloque|colocamos|deje|dejamos|nota|marca|alerta|bloqueo|anotacion|observacion|abrio|emitio|caduca|caduco|expira|expiro|acceso|ingreso|login|prestamo|solicitud|tarjetas|cuentas|lineas|productos|polizas|prestamos|asociad\w*|vinculad\w*)\b|\d/,
};

// the words of the patterns above that the gate's list does not already hold
GATE.en = new RegExp(`${GATE.en.source}|\\b(?:went|came|cleared|bounced|taken|debited|credited|returned|email|address|number|dot|street|st|road|rd|avenue|ave|drive|dr|lane|ln|crescent|cres|court|ct|place|pl|way|boulevard|blvd|close|terrace|bend|circle|parkway|highway|hwy|grove|gardens|row|square|apartment|apt|unit|flat|trail|loop|heights|hill|park|you|shipped|dispatched|delivered|transit|signed|flights?|hotel|outbound|departing|departure|switched|migrated)\\b`);
GATE.es = new RegExp(`${GATE.es.source}|\\b(?:vuelos?|hotel|adultos|habitacion|pasajeros|pension|ida|vuelta|salida|regreso|esta|estan|quedo|quedaron|queda|quedan|cobrado|cargado|abonado|pagado|bloqueada|bloqueado|tarifa|plan|paquete|pack|modalidad|bono|entro|llego|ingreso|cayo|abonaron|depositaron|acreditaron|descontaron|cobraron|debitaron|devolvieron|reembolsaron|correo|email|direccion|domicilio|telefono|celular|movil|arroba)\\b`);

const GLOBAL = new WeakMap<RegExp, RegExp>();
for (const p of [...EN_PATTERNS, ...ES_PATTERNS]) GLOBAL.set(p.re, new RegExp(p.re.source, 'g'));

// a conditional or a general rule ("if your balance falls below…", "your order will usually arrive…", "si el saldo queda en negativo…")
const HYPOTHETICAL: Record<AnalysisLanguage, RegExp> = {
  en: /\b(?:if|whenever|unless|in case|once|as soon as|until|usually|normally|typically|generally|in general|as a rule|tend to|tends to)\b(?: \w+){0,5} $/,
  es: /\b(?:si|cuando|en caso de|en caso de que|una vez|una vez que|en cuanto|apenas|hasta que|normalmente|generalmente|por lo general|suele|suelen|habitualmente|en general)\b(?: \w+){0,5} $/,
};
const GENERIC_INSIDE: Record<AnalysisLanguage, RegExp> = {
  en: /\b(?:usually|normally|typically|generally|tend to|tends to)\b/,
  es: /\b(?:normalmente|generalmente|por lo general|suele|suelen|habitualmente)\b/,
};
const PRODUCT_RULE: Record<AnalysisLanguage, RegExp> = {
  en: /\b(?:keep|keeping|maintain|maintaining|require|requires|required|need|needs|as long as|minimum|average daily)\b(?: \w+){0,4} $/,
  es: /\b(?:mantener|mantenga|mantiene|manteniendo|requiere|se requiere|exige|necesita|siempre que|minimo|promedio)\b(?: \w+){0,4} $/,
};
const COMPANY_CONTACT: Record<AnalysisLanguage, RegExp> = {
  en: /\b(?:email|e mail|write to|writing to|send (?:it|them|those|the \w+) to|sending (?:it|them) to|reach us at|contact us at|our (?:email|address) is|forward (?:it|them) to)\b(?: \w+){0,2} $/,
  es: /\b(?:escribiendo a|escriba a|escribir a|escribanos a|escribenos a|mande(?:nos)? a|mandar(?:nos)? a|envie(?:nos)? a|enviar(?:nos)? a|enviarlo a|enviarlas a|mandarlas a|mandarlo a|le doy la direccion|te doy la direccion|al correo|contactar(?:nos)? en|nuestro correo es)\b(?: \w+){0,2} $/,
};
const YES_SI = /(?:^|[^\p{L}])s[íÍ](?:[^\p{L}]|$)/iu;

function patternHit(p: Pattern, t: string, hasAmount: boolean, lang: AnalysisLanguage, yesSi: boolean): boolean {
  if (p.needsAmount && !hasAmount) return false;
  if (!p.re.test(t)) return false;
  if (p.notHowTo) {
    const m = p.re.exec(t)!;
    if (HOW_TO.test(t) && !HOW_TO_DOING.test(t.slice(Math.max(0, m.index - 12), m.index + 4))) return false;
    // a rule, not this customer's case: "we will send you a new card if yours is damaged"
    if (/^ (?:if|when|whenever|unless|si|cuando|en caso de) /.test(t.slice(m.index + m[0].length, m.index + m[0].length + 14))) return false;
  }
  const g = GLOBAL.get(p.re)!;
  g.lastIndex = 0;
  for (let m = g.exec(t); m; m = g.exec(t)) {
    g.lastIndex = m.index + 1;
    const pre = t.slice(Math.max(0, m.index - 40), m.index);
    // the agent asking for the data ("what is your new address", "can you confirm your balance is…") is not a disclosure
    if (p.notAfterRequest && REQUEST_BEFORE.test(t.slice(Math.max(0, m.index - 40), m.index + 1))) continue;
    // "may I have the order number?", "can we see your statement?": a question, not what the agent found
    if (/^(?:i|we) /.test(m[0]) && /\b(?:can|may|could|might|shall|should|would|do|did|will)\s$/.test(pre)) continue;
    if (HYPOTHETICAL[lang].test(pre) && !(yesSi && !/\b(?:cuando|en caso de|normalmente|generalmente|por lo general|suele|suelen|habitualmente|en general)\b/.test(pre))) continue;
    if (GENERIC_INSIDE[lang].test(m[0])) continue;
    // a product rule, not this customer's balance ("no fee as long as you keep a minimum balance of one thousand")
    if (p.kind === 'balance' && (PRODUCT_RULE[lang].test(pre) || /^(?:minimum|minimo|saldo minimo) /.test(m[0]))) continue;
    // the agent giving the company's own address to write to ("escribiendo a privacidad arroba…")
    if (p.kind === 'account_data' && COMPANY_CONTACT[lang].test(pre)) continue;
    return true;
  }
  return false;
}

function scanPatterns(patterns: Pattern[], gate: RegExp, t: string, amount: boolean, segment: number, lang: AnalysisLanguage, yesSi: boolean): AccountSpecific | null {
  if (!gate.test(t)) return null;
  let found: AccountSpecific | null = null;
  for (const p of patterns) {
    if (patternHit(p, t, amount, lang, yesSi)) {
      const strength = p.strength ?? 'strong';
      if (!found || (found.strength === 'weak' && strength === 'strong')) found = { segment, kind: p.kind, strength };
      if (strength === 'strong') break;
    }
  }
  return found;
}

/** Account specifics by segment, in order: at most one per segment (the strongest kind found). */
export function findAccountSpecifics(pt: PreparedTranscript, opts: AccountSpecificOptions = {}, stopAtFirstStrong = false): AccountSpecific[] {
  const lang = pt.language;
  const texts = matchTexts(pt);
  const patterns = lang === 'es' ? ES_PATTERNS : EN_PATTERNS;
  const gate = GATE[lang];
  const priceCue = lang === 'es' ? ES_PRICE_CUE : EN_PRICE_CUE;
  const own = lang === 'es' ? ES_OWN : EN_OWN;
  const strongOwn = lang === 'es' ? ES_STRONG_OWN : EN_STRONG_OWN;
  const extra = (opts.extraPhrases ?? []).map((p) => compiled(pt, p)).filter((c) => c !== null);
  const out: AccountSpecific[] = [];
  // distances are counted in speaker turns, not segments: a turn split into two segments is still one turn
  let customerSpecificAt = -10;
  let customerTopicAt = -10;
  let turn = 0;
  for (let i = 0; i < texts.length; i++) {
    const seg = pt.segments[i];
    if (i > 0 && pt.segments[i - 1].speaker !== seg.speaker) turn++;
    const t = texts[i];
    if (t.length < 4) continue;
    const amount = hasMoneyAmount(t, seg.text, lang);
    // 'sí' (yes) and 'si' (if) fold to the same word: an accented sí in the original is never a condition
    const yesSi = lang === 'es' && YES_SI.test(seg.text);
    let found = scanPatterns(patterns, gate, t, amount, i, lang, yesSi);
    // a disclosure split over two segments of the same turn ("your password reset link" / "has been sent to your phone")
    const next = pt.segments[i + 1];
    if (!found && seg.speaker === 'Agent' && next && next.speaker === 'Agent' && next.start - seg.end <= 2 && pt.tokens[i].length <= 8) {
      const joined = scanPatterns(patterns, gate, t + texts[i + 1].slice(1), amount, i + 1, lang, yesSi);
      if (joined) {
        out.push(joined);
        if (stopAtFirstStrong && joined.strength === 'strong') break;
        i++;
        continue;
      }
    }
    // a short segment that continues the same speaker's turn is read with what came just before ("veo que llamó por el
    // reembolso" / "el de ciento ochenta mil pesos")
    const prev = pt.segments[i - 1];
    const withPrev = prev && prev.speaker === seg.speaker && seg.start - prev.end <= 2 && pt.tokens[i].length <= 8 ? texts[i - 1] + t.slice(1) : t;
    // (an inferred specific that also names an amount on the account is a clear one)
    if ((!found || found.strength === 'weak') && amount && own.test(withPrev) && !(priceCue.test(t) && !strongOwn.test(withPrev)) && !amountIsHypothetical(t, lang, yesSi)) found = { segment: i, kind: found?.kind ?? 'amount', strength: 'strong' };
    if (!found && !amount && bareAmountIsSpecific(t, lang, yesSi) && !(priceCue.test(t) && !strongOwn.test(t))) found = { segment: i, kind: 'amount', strength: 'strong' };
    if (seg.speaker !== 'Agent') {
      // what the customer reads out does not count by itself; remember it for the agent's reply
      if (found) customerSpecificAt = turn;
      if (found || ((amount || CUSTOMER_TOPIC[lang].test(t)) && CUSTOMER_OWN[lang].test(t))) customerTopicAt = turn;
      continue;
    }
    // the agent answering the customer's account question with an amount ("Saturday, one nineteen fifty, Dan Murphy's")
    const conditional = lang === 'es' ? !yesSi && COND_START.es.test(t) : COND_START.en.test(t);
    if (!found && (amount || BARE_BIG[lang].test(t)) && turn - customerTopicAt <= 3 && !priceCue.test(t) && !DEFER[lang].test(t) && !conditional && !amountIsHypothetical(t, lang, yesSi)) found = { segment: i, kind: 'confirmed_customer_specific', strength: 'weak' };
    if (!found && extra.length) {
      for (const c of extra) {
        if (matchPhrase(pt.tokens[i], c, lang, 0.85, pt.tokens[i].length).some((m) => !m.negated)) {
          found = { segment: i, kind: 'custom_phrase', strength: 'strong' };
          break;
        }
      }
    }
    if (!found && !conditional && turn - customerSpecificAt <= 2 && CONFIRM_START[lang].test(t) && CONFIRM_BODY[lang].test(t) && !DEFER[lang].test(t)) {
      found = { segment: i, kind: 'confirmed_customer_specific', strength: 'weak' };
    }
    if (found) {
      out.push(found);
      if (stopAtFirstStrong && found.strength === 'strong') break;
    }
  }
  return out;
}

/** The first agent segment disclosing or acting on an account specific (strong preferred; a weak one is returned when nothing strong precedes it). */
export function firstAccountSpecific(pt: PreparedTranscript, opts: AccountSpecificOptions = {}): { first: AccountSpecific | null; firstStrong: AccountSpecific | null; all: AccountSpecific[] } {
  const all = findAccountSpecifics(pt, opts, true);
  return { first: all[0] ?? null, firstStrong: all.find((a) => a.strength === 'strong') ?? null, all };
}

/** @internal for tests: the patterns and the keyword gate that must let every one of them through */
export const __PATTERNS = { en: EN_PATTERNS, es: ES_PATTERNS };
export const __GATE = GATE;
