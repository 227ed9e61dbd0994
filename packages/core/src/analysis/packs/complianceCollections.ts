// Built-in compliance policy `collections`, version 1: `default` plus debt-collection rules.
import type { PolicyDocument, PolicyRule } from '../schemas.ts';
import { COMPLIANCE_DEFAULT } from './complianceDefault.ts';

export const MINI_MIRANDA_RULE: PolicyRule = {
  id: 'mini_miranda',
  title: { en: 'Mini-Miranda debt collection notice', es: 'Aviso de cobro de deuda (mini-Miranda)' },
  category: 'disclosure',
  severity: 'critical',
  kind: 'detector',
  detector: 'mini_miranda',
  speaker: 'Agent',
  coaching: {
    recommendation: {
      en: 'State the mini-Miranda notice at the start of every collection call, right after identifying the debtor.',
      es: 'Diga el aviso de cobro al inicio de cada llamada de recobro, justo después de identificar al deudor.',
    },
    example_phrase: {
      en: 'This is an attempt to collect a debt and any information obtained will be used for that purpose.',
      es: 'Este es un intento de cobrar una deuda y cualquier información obtenida será utilizada para ese fin.',
    },
  },
};

export const NO_THREATS_RULE: PolicyRule = {
  id: 'no_threats',
  title: { en: 'No threats or harassment', es: 'Sin amenazas ni acoso' },
  category: 'conduct',
  severity: 'critical',
  auto_fail: true,
  kind: 'detector',
  detector: 'threats',
  speaker: 'Agent',
  coaching: {
    recommendation: {
      en: 'Explain the real, lawful next steps calmly; never threaten arrest, lawsuits, seizure or contacting employers or family.',
      es: 'Explique con calma los pasos legales reales; nunca amenace con detenciones, demandas, embargos ni con contactar con su empresa o familia.',
    },
    example_phrase: {
      en: 'If we can agree on a payment plan today, we can stop further collection steps on this account.',
      es: 'Si acordamos hoy un plan de pagos, podemos detener otras gestiones de cobro sobre esta cuenta.',
    },
  },
};

export const CALL_TIME_WINDOW_RULE: PolicyRule = {
  id: 'call_time_window',
  title: { en: 'Call placed within permitted hours', es: 'Llamada dentro del horario permitido' },
  category: 'regulatory',
  severity: 'critical',
  kind: 'detector',
  detector: 'call_time_window',
  params: { start_hour: 8, end_hour: 21, metadata_keys: ['customer_local_time', 'call_local_time', 'call_started_at_local', 'call_started_at'] },
  coaching: {
    recommendation: {
      en: 'Only place collection calls between 8 am and 9 pm in the customer’s local time.',
      es: 'Realice llamadas de cobro solo entre las 8:00 y las 21:00, hora local del cliente.',
    },
    example_phrase: { en: 'When is a good time between 8 am and 9 pm to reach you?', es: '¿A qué hora entre las 8:00 y las 21:00 le viene bien que le llamemos?' },
  },
};

export const COMPLIANCE_COLLECTIONS: PolicyDocument = {
  id: 'collections',
  version: 2,
  name: 'Debt collections compliance',
  description: 'The default policy plus mini-Miranda notice, no threats, and calling hours.',
  events: COMPLIANCE_DEFAULT.events,
  rules: [...COMPLIANCE_DEFAULT.rules, MINI_MIRANDA_RULE, NO_THREATS_RULE, CALL_TIME_WINDOW_RULE],
};
