// Built-in compliance policy `spain`, version 1: `default` plus the GDPR / LOPDGDD basic information owed to a
// caller in Spain (its own check: a jurisdiction duty is never folded into the recording notice).
import type { PolicyDocument, PolicyRule } from '../schemas.ts';
import { COMPLIANCE_DEFAULT } from './complianceDefault.ts';

export const DATA_PROTECTION_INFORMATION_RULE: PolicyRule = {
  id: 'data_protection_information',
  title: { en: 'Data-protection information (GDPR / LOPDGDD)', es: 'Información de protección de datos (RGPD / LOPDGDD)' },
  category: 'regulatory',
  severity: 'major',
  kind: 'detector',
  detector: 'data_protection_information',
  speaker: 'Agent',
  coaching: {
    recommendation: {
      en: 'When you handle personal data, tell the caller who processes it, for what purpose, and how to exercise their rights.',
      es: 'Cuando trate datos personales, informe al cliente de quién es el responsable, para qué se usan y cómo ejercer sus derechos.',
    },
    example_phrase: {
      en: 'Your data is processed by us to manage your request; you can exercise your rights of access, rectification and erasure as described in our privacy policy.',
      es: 'Sus datos serán tratados por nuestra entidad para gestionar su solicitud; puede ejercer sus derechos de acceso, rectificación y supresión como indica nuestra política de privacidad.',
    },
  },
};

export const COMPLIANCE_SPAIN: PolicyDocument = {
  id: 'spain',
  version: 1,
  name: 'Spain compliance',
  description: 'The default policy plus the GDPR / LOPDGDD data-protection information.',
  events: COMPLIANCE_DEFAULT.events,
  rules: [...COMPLIANCE_DEFAULT.rules, DATA_PROTECTION_INFORMATION_RULE],
};
