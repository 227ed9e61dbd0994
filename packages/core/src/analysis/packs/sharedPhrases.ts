// Phrase groups shared by the built-in compliance packs and the default scorecard.
import type { PhrasesByLanguage, PolicyEvent } from '../schemas.ts';

export const AGENT_IDENTIFICATION_PHRASES: PhrasesByLanguage = {
  en: [
    {
      label: 'agent name',
      // `{name}`: a name-like word (see nameLikeToken.ts), so "this is sam" counts without metadata.agent_name
      any_of: [
        'my name is', "my name's", 'this is {name}', "i'm {name}", 'i am {name}', '{name} speaking',
        "you're speaking with {name}", 'you are speaking with {name}', "you're speaking to {name}", 'you are speaking to {name}', "you're talking to {name}", 'you are talking to {name}',
        'this is {agent_name}', "i'm {agent_name}", 'i am {agent_name}',
      ],
    },
    {
      label: 'company',
      any_of: ['thank you for calling *', 'thanks for calling *', 'welcome to *', "you've reached *", 'you have reached *', 'this is * bank', 'calling from *', 'this is {name} from *', 'this is {name} at *', 'this is {name} with *', "i'm {name} from *", "i'm {name} with *", 'i am {name} from *', '{company_name}'],
    },
  ],
  es: [
    {
      label: 'nombre del agente',
      any_of: [
        'mi nombre es', 'me llamo', 'le atiende {name}', 'te atiende {name}', 'le habla {name}', 'te habla {name}', 'soy {name}', 'habla con {name}', 'hablas con {name}',
        'está hablando con {name}', 'estás hablando con {name}', 'soy {agent_name}', 'le atiende {agent_name}',
      ],
    },
    {
      label: 'empresa',
      any_of: ['gracias por llamar a *', 'gracias por comunicarse con *', 'bienvenido a *', 'bienvenida a *', 'ha llamado a *', 'ha contactado con *', 'le llamo de *', 'le llamamos de *', 'le atiende * de *', 'le habla * de *', 'soy {name} de *', 'habla con {name} de *', '{company_name}'],
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
