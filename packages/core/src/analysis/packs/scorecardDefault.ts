// Built-in quality scorecard `default`, version 1 (weights sum to 100).
import type { ScorecardDocument } from '../schemas.ts';

export const SCORECARD_DEFAULT: ScorecardDocument = {
  id: 'default',
  version: 2,
  name: 'Default quality scorecard',
  items: [
    {
      id: 'greeting',
      title: { en: 'Greeting', es: 'Saludo' },
      weight: 10,
      kind: 'phrase_groups',
      speaker: 'Agent',
      window: { first_seconds: 30 },
      phrases: {
        en: [{ label: 'greeting', any_of: ['hello', 'hi', 'hey', 'good morning', 'good afternoon', 'good evening', 'thank you for calling', 'thanks for calling', 'welcome to', "you've reached *", 'this is * bank'] }],
        es: [{ label: 'saludo', any_of: ['hola', 'buenos días', 'buenas tardes', 'buenas noches', 'buen día', 'gracias por llamar', 'bienvenido', 'bienvenida', 'ha llamado a *', 'le atiende *'] }],
      },
      coaching: {
        recommendation: { en: 'Greet the customer warmly in the first seconds of the call.', es: 'Salude al cliente con amabilidad en los primeros segundos de la llamada.' },
        example_phrase: { en: 'Good morning, thank you for calling Harper Valley Bank.', es: 'Buenos días, gracias por llamar a Banco Harper Valley.' },
      },
    },
    {
      id: 'agent_identification',
      title: { en: 'Agent identification', es: 'Identificación del agente' },
      weight: 10,
      kind: 'detector',
      params: { detector: 'agent_identification' },
      speaker: 'Agent',
      phrases: {},
      coaching: {
        recommendation: { en: 'Say your name and the company name when you open the call.', es: 'Diga su nombre y el de la empresa al abrir la llamada.' },
        example_phrase: { en: 'My name is Alex, and I’ll be helping you today.', es: 'Mi nombre es Alex y hoy le voy a ayudar yo.' },
      },
    },
    {
      id: 'active_listening',
      title: { en: 'Active listening', es: 'Escucha activa' },
      weight: 15,
      kind: 'phrase_count',
      speaker: 'Agent',
      params: { target: 2, interruption_penalty: 0.2 },
      phrases: {
        en: [
          {
            label: 'acknowledge or paraphrase',
            any_of: [
              'i understand', 'i see', 'i hear you', 'got it', "so you're saying", 'so you would like', "so you'd like", 'let me make sure i understand', 'if i understand correctly',
              'just to confirm', 'just to clarify', 'you mentioned', 'that makes sense', 'let me repeat', 'so what you need',
            ],
          },
        ],
        es: [
          {
            label: 'reconocer o parafrasear',
            any_of: ['entiendo', 'comprendo', 'ya veo', 'de acuerdo', 'si le entiendo bien', 'para confirmar', 'para asegurarme', 'me comenta que', 'usted menciona', 'lo que necesita es', 'le confirmo', 'me dice que'],
          },
        ],
      },
      coaching: {
        recommendation: {
          en: 'Acknowledge what the customer says and paraphrase the request before acting; let them finish before you speak.',
          es: 'Reconozca lo que dice el cliente y parafrasee su petición antes de actuar; déjele terminar antes de hablar.',
        },
        example_phrase: { en: 'So, just to confirm, you would like to replace your debit card?', es: 'Entonces, para confirmar, ¿quiere sustituir su tarjeta de débito?' },
      },
    },
    {
      id: 'empathy',
      title: { en: 'Empathy', es: 'Empatía' },
      weight: 15,
      kind: 'empathy',
      speaker: 'Agent',
      params: { negative_threshold: -0.3, neutral_score: 0.7 },
      phrases: {
        en: [
          {
            label: 'empathy',
            any_of: [
              "i'm sorry to hear", 'sorry to hear that', 'i apologize', 'i understand how frustrating', 'i understand your frustration', 'i can imagine', 'that must be',
              "i'm so sorry", 'sorry for the inconvenience', 'i completely understand', "i'd be happy to help", 'happy to help', "don't worry", 'i know how',
            ],
          },
        ],
        es: [
          {
            label: 'empatía',
            any_of: [
              'lamento', 'lo siento', 'siento mucho', 'disculpe las molestias', 'perdone las molestias', 'entiendo su frustración', 'entiendo perfectamente', 'me imagino',
              'comprendo su situación', 'no se preocupe', 'con mucho gusto le ayudo', 'encantado de ayudarle', 'encantada de ayudarle',
            ],
          },
        ],
      },
      coaching: {
        recommendation: {
          en: 'When the customer sounds worried or upset, name the feeling and apologise before moving to the solution.',
          es: 'Cuando el cliente se muestre preocupado o molesto, reconozca cómo se siente y discúlpese antes de pasar a la solución.',
        },
        example_phrase: { en: "I'm sorry to hear that, I can imagine how frustrating it is. Let's fix it together.", es: 'Lamento mucho lo ocurrido, entiendo su frustración. Vamos a solucionarlo juntos.' },
      },
    },
    {
      id: 'issue_identification',
      title: { en: 'Issue identification', es: 'Identificación del motivo' },
      weight: 10,
      kind: 'phrase_groups',
      speaker: 'Agent',
      phrases: {
        en: [
          { label: 'open question', any_of: ['how can i help', 'how may i help', 'what can i do for you', 'how can i assist', 'what can i help you with', 'how may i assist', 'how can i help you today'] },
          {
            label: 'clarifying question',
            any_of: ['can you tell me', 'could you tell me', 'can i have', 'may i have', 'which card', 'which account', 'can you confirm', 'what kind of', 'what type of', 'how much', 'when would you like', 'is that correct', 'can you repeat'],
          },
        ],
        es: [
          { label: 'pregunta abierta', any_of: ['en qué puedo ayudarle', 'en qué le puedo ayudar', 'cómo puedo ayudarle', 'qué puedo hacer por usted', 'en qué le puedo servir', 'en qué puedo ayudarte'] },
          { label: 'pregunta aclaratoria', any_of: ['me puede decir', 'me podría indicar', 'me indica', 'cuál es', 'qué tipo de', 'cuánto', 'cuándo le gustaría', 'es correcto', 'me confirma', 'qué tarjeta', 'qué cuenta'] },
        ],
      },
      coaching: {
        recommendation: { en: 'Ask an open question, then a clarifying one, to pin down the exact need.', es: 'Haga una pregunta abierta y después una aclaratoria para concretar la necesidad.' },
        example_phrase: { en: 'How can I help you today? … Which card would you like to replace?', es: '¿En qué puedo ayudarle hoy? … ¿Qué tarjeta desea sustituir?' },
      },
    },
    {
      id: 'resolution',
      title: { en: 'Resolution', es: 'Resolución' },
      weight: 20,
      kind: 'phrase_groups',
      speaker: 'any',
      params: { negative_end_threshold: -0.3, negative_end_factor: 0.5 },
      phrases: {
        en: [
          {
            label: 'action confirmed',
            speaker: 'Agent',
            any_of: [
              "you're all set", 'you are all set', 'all set', 'has been processed', 'has been sent', 'has been scheduled', 'has been updated', 'has been transferred', 'has been reset',
              "i've processed", 'i have processed', "i've sent", 'i have sent', "i've scheduled", 'i have scheduled', "i've updated", 'i have updated', "i've ordered", 'i have ordered',
              "i've transferred", 'i have transferred', 'i went ahead and', "i've gone ahead and", 'you will receive', "you'll receive", 'should arrive', 'will be sent', 'is done',
              'your balance is', 'your new card', 'is open from', "i've reset", 'i have reset',
            ],
          },
          {
            label: 'customer satisfied',
            speaker: 'Customer',
            any_of: ['thank you', 'thanks', 'great', 'perfect', "that's all", "that's it", 'that helps', 'awesome', 'wonderful', 'appreciate it', 'sounds good'],
          },
        ],
        es: [
          {
            label: 'acción confirmada',
            speaker: 'Agent',
            any_of: [
              'ya está', 'ya lo tiene', 'está hecho', 'he procesado', 'he enviado', 'he programado', 'he actualizado', 'he realizado', 'he solicitado', 'hemos enviado', 'queda registrado',
              'queda programado', 'recibirá', 'le llegará', 'le enviaremos', 'ha sido enviado', 'ha sido procesado', 'ha sido actualizado', 'ha sido realizada', 'su saldo es', 'su nueva tarjeta', 'listo',
            ],
          },
          { label: 'cliente satisfecho', speaker: 'Customer', any_of: ['gracias', 'muchas gracias', 'perfecto', 'genial', 'estupendo', 'muy bien', 'de acuerdo', 'eso es todo', 'nada más'] },
        ],
      },
      coaching: {
        recommendation: {
          en: 'Confirm clearly what you have done and what happens next, and check the customer is satisfied.',
          es: 'Confirme claramente lo que ha hecho y los siguientes pasos, y compruebe que el cliente queda satisfecho.',
        },
        example_phrase: { en: "I've ordered your new card; it should arrive within five business days. Does that solve it for you?", es: 'He solicitado su nueva tarjeta; le llegará en cinco días hábiles. ¿Queda resuelto?' },
      },
    },
    {
      id: 'hold_etiquette',
      title: { en: 'Hold etiquette', es: 'Gestión de esperas' },
      weight: 10,
      kind: 'hold_etiquette',
      speaker: 'Agent',
      params: { ask_within_seconds: 30, thank_within_seconds: 30 },
      phrases: {
        en: [
          {
            label: 'ask before hold',
            any_of: ['can you hold', 'could you hold', 'may i place you on hold', 'can i put you on hold', 'do you mind holding', 'bear with me', 'one moment please', 'just a moment', 'give me a moment', 'please hold', 'let me check'],
          },
          { label: 'thank after hold', any_of: ['thank you for holding', 'thanks for holding', 'thank you for waiting', 'thanks for waiting', 'thank you for your patience', 'sorry for the wait', 'sorry to keep you waiting'] },
        ],
        es: [
          {
            label: 'pedir permiso',
            any_of: ['le importa esperar', 'puede esperar un momento', 'un momento por favor', 'permítame un momento', 'no cuelgue', 'le pongo en espera', 'deme un momento', 'déjeme comprobar', 'un segundo por favor'],
          },
          { label: 'agradecer la espera', any_of: ['gracias por esperar', 'gracias por la espera', 'gracias por su paciencia', 'disculpe la espera', 'perdone la espera', 'siento la espera'] },
        ],
      },
      coaching: {
        recommendation: { en: 'Ask permission before a hold and thank the customer when you return.', es: 'Pida permiso antes de poner en espera y agradezca la paciencia al volver.' },
        example_phrase: { en: 'May I place you on a brief hold while I check? … Thank you for holding.', es: '¿Le importa esperar un momento mientras lo compruebo? … Gracias por la espera.' },
      },
    },
    {
      id: 'closing',
      title: { en: 'Closing', es: 'Cierre' },
      weight: 10,
      kind: 'closing',
      speaker: 'Agent',
      window: { last_seconds: 60 },
      phrases: {
        en: [
          { label: 'anything else', any_of: ['anything else i can help', 'is there anything else', 'anything else today', 'can i help you with anything else', 'anything else i can do'] },
          { label: 'thanks and farewell', any_of: ['thank you for calling', 'thanks for calling', 'have a great day', 'have a nice day', 'have a good day', 'goodbye', 'bye', 'take care', 'thank you for being', 'thank you', 'thanks'] },
        ],
        es: [
          { label: 'algo más', any_of: ['algo más en lo que pueda ayudarle', 'puedo ayudarle en algo más', 'necesita algo más', 'hay algo más', 'le puedo ayudar en algo más'] },
          { label: 'agradecimiento y despedida', any_of: ['gracias por llamar', 'gracias por su llamada', 'que tenga un buen día', 'que tenga buen día', 'hasta luego', 'adiós', 'que pase un buen día', 'gracias por contactar', 'gracias', 'muchas gracias'] },
        ],
      },
      coaching: {
        recommendation: { en: 'Before ending, ask if there is anything else, then thank the customer and say goodbye.', es: 'Antes de terminar, pregunte si necesita algo más, agradezca la llamada y despídase.' },
        example_phrase: { en: 'Is there anything else I can help you with today? Thank you for calling, have a great day!', es: '¿Hay algo más en lo que pueda ayudarle? Gracias por llamar, ¡que tenga un buen día!' },
      },
    },
  ],
};
