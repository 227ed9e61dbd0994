// Built-in compliance policy `default`, version 1.
import type { PolicyDocument, PolicyRule } from '../schemas.ts';
import { ACCOUNT_DETAILS_EVENT } from './sharedPhrases.ts';

export const RECORDING_DISCLOSURE_RULE: PolicyRule = {
  id: 'recording_disclosure',
  title: { en: 'Recording disclosure', es: 'Aviso de grabación' },
  category: 'disclosure',
  severity: 'critical',
  kind: 'detector',
  detector: 'recording_disclosure',
  speaker: 'Agent',
  coaching: {
    recommendation: {
      en: 'Give the recording notice within the first 30 seconds, before anything else is discussed.',
      es: 'Diga el aviso de grabación en los primeros 30 segundos, antes de tratar cualquier otro asunto.',
    },
    example_phrase: {
      en: 'Before we begin, please note this call may be recorded for quality and training purposes.',
      es: 'Antes de empezar, le informo de que esta llamada puede ser grabada por motivos de calidad.',
    },
  },
};

export const AGENT_IDENTIFICATION_RULE: PolicyRule = {
  id: 'agent_identification',
  title: { en: 'Agent identification', es: 'Identificación del agente' },
  category: 'disclosure',
  severity: 'major',
  kind: 'detector',
  detector: 'agent_identification',
  speaker: 'Agent',
  coaching: {
    recommendation: {
      en: 'Open every call with your name and the company name so the customer knows who they are talking to.',
      es: 'Empiece cada llamada diciendo su nombre y el de la empresa para que el cliente sepa con quién habla.',
    },
    example_phrase: { en: 'Thank you for calling Harper Valley Bank, my name is Alex.', es: 'Gracias por llamar a Banco Harper Valley, le atiende Alex.' },
  },
};

export const IDENTITY_VERIFICATION_RULE: PolicyRule = {
  id: 'identity_verification',
  title: { en: 'Identity verification before account details', es: 'Verificación de identidad antes de datos de la cuenta' },
  category: 'security',
  severity: 'critical',
  kind: 'detector',
  detector: 'identity_verification',
  speaker: 'Agent',
  coaching: {
    recommendation: {
      en: 'Verify the caller’s identity (security questions, date of birth) before giving any balance or account detail.',
      es: 'Verifique la identidad del cliente (preguntas de seguridad, fecha de nacimiento, DNI) antes de dar cualquier saldo o dato de la cuenta.',
    },
    example_phrase: {
      en: 'Before I look at your account, can I verify your identity with your date of birth and the last four digits of your social?',
      es: 'Antes de consultar su cuenta, ¿me puede confirmar su fecha de nacimiento y los últimos cuatro dígitos de su DNI para verificar su identidad?',
    },
  },
};

export const PROHIBITED_LANGUAGE_RULE: PolicyRule = {
  id: 'prohibited_language',
  title: { en: 'No prohibited language', es: 'Sin lenguaje prohibido' },
  category: 'conduct',
  severity: 'critical',
  kind: 'detector',
  detector: 'prohibited_language',
  speaker: 'Agent',
  coaching: {
    recommendation: {
      en: 'Keep language professional at all times; never use profanity, insults or threats, even when the customer does.',
      es: 'Mantenga un lenguaje profesional en todo momento; nunca use palabrotas, insultos ni amenazas, aunque el cliente lo haga.',
    },
    example_phrase: { en: 'I understand you are upset, and I want to help you sort this out.', es: 'Entiendo que esté molesto y quiero ayudarle a resolverlo.' },
  },
};

export const PCI_CARD_DATA_RULE: PolicyRule = {
  id: 'pci_card_data',
  title: { en: 'No card data spoken (PCI DSS)', es: 'Sin datos de tarjeta en la llamada (PCI DSS)' },
  category: 'security',
  severity: 'critical',
  kind: 'detector',
  detector: 'pci_card_data',
  speaker: 'any',
  // an expiry date alone is not a violation (ANALYSIS-CHECKS.md); it is still detected and redacted as PII
  params: { types: ['card_number', 'card_cvv'] },
  coaching: {
    recommendation: {
      en: 'Never let card numbers, expiry dates or security codes be read out; transfer the customer to the secure payment line (DTMF) instead.',
      es: 'No permita que se digan en voz alta números de tarjeta, caducidad o código de seguridad; transfiera al cliente a la línea de pago segura (DTMF).',
    },
    example_phrase: {
      en: "Please don't read your card number to me; I'll transfer you to our secure line where you can key it in.",
      es: 'Por favor, no me diga el número de su tarjeta; le paso a nuestra línea segura para que lo marque en el teclado.',
    },
  },
};

export const PII_EXPOSURE_RULE: PolicyRule = {
  id: 'pii_exposure',
  title: { en: 'No personal data read out by the agent', es: 'El agente no lee datos personales' },
  category: 'privacy',
  severity: 'major',
  kind: 'detector',
  detector: 'pii_exposure',
  speaker: 'Agent',
  params: { types: ['card_number', 'card_cvv', 'ssn', 'dni', 'nie', 'iban'] },
  coaching: {
    recommendation: {
      en: 'Ask the customer to confirm sensitive data instead of reading it out; refer to it by its last digits only.',
      es: 'Pida al cliente que confirme los datos sensibles en lugar de leerlos; mencione solo los últimos dígitos.',
    },
    example_phrase: { en: 'I have the account ending in 42 on file; is that the right one?', es: 'Tengo la cuenta que termina en 42; ¿es la correcta?' },
  },
};

export const COMPLIANCE_DEFAULT: PolicyDocument = {
  id: 'default',
  version: 2,
  name: 'Default compliance',
  description: 'Recording disclosure, agent identification, identity verification, prohibited language, PCI card data, PII exposure.',
  events: [ACCOUNT_DETAILS_EVENT],
  rules: [RECORDING_DISCLOSURE_RULE, AGENT_IDENTIFICATION_RULE, IDENTITY_VERIFICATION_RULE, PROHIBITED_LANGUAGE_RULE, PCI_CARD_DATA_RULE, PII_EXPOSURE_RULE],
};
