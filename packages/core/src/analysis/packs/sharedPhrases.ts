// Phrase groups shared by the built-in compliance packs and the default scorecard.
import type { PhrasesByLanguage, PolicyEvent } from '../schemas.ts';

export const AGENT_IDENTIFICATION_PHRASES: PhrasesByLanguage = {
  en: [
    {
      label: 'agent name',
      any_of: ['my name is', "my name's", 'this is * speaking', "you're speaking with", 'you are speaking with', "you're speaking to", 'you are speaking to', "you're talking to", 'this is {agent_name}', "i'm {agent_name}", 'i am {agent_name}'],
    },
    {
      label: 'company',
      any_of: ['thank you for calling *', 'thanks for calling *', 'welcome to *', "you've reached *", 'you have reached *', 'this is * bank', 'calling from *', '{company_name}'],
    },
  ],
  es: [
    {
      label: 'nombre del agente',
      any_of: ['mi nombre es', 'me llamo', 'le atiende *', 'le habla *', 'soy {agent_name}', 'habla con *', 'está hablando con *'],
    },
    {
      label: 'empresa',
      any_of: ['gracias por llamar a *', 'gracias por comunicarse con *', 'bienvenido a *', 'bienvenida a *', 'ha llamado a *', 'ha contactado con *', 'le llamo de *', 'le llamamos de *', 'le atiende * de *', 'le habla * de *', '{company_name}'],
    },
  ],
};

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
