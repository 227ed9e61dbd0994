// Phrase groups shared by the built-in compliance packs and the default scorecard.
import type { PolicyEvent } from '../schemas.ts';

export const ACCOUNT_DETAILS_EVENT: PolicyEvent = {
  id: 'account_details',
  speaker: 'Agent',
  phrases: {
    en: [
      {
        label: 'account details',
        any_of: ['your balance is', 'your account balance', 'your current balance', 'your available balance', 'the balance on your account', 'your last transaction', 'your recent transactions', 'your account shows', 'i can see on your account', 'your statement shows', 'you have a balance of', 'your outstanding balance', 'you owe', 'the amount owed'],
      },
    ],
    es: [
      {
        label: 'datos de la cuenta',
        any_of: ['su saldo es', 'el saldo de su cuenta', 'su saldo actual', 'su saldo disponible', 'sus últimos movimientos', 'su última transacción', 'en su cuenta veo', 'su cuenta muestra', 'tiene un saldo de', 'su saldo pendiente', 'usted debe', 'el importe adeudado', 'la deuda asciende a'],
      },
    ],
  },
};
