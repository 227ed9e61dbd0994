// data_protection_information (the `spain` pack): the GDPR / LOPDGDD basic information a Spanish company owes a
// caller whose personal data it handles: who processes the data and/or why, and the caller's rights (access,
// rectification, erasure...) or where to read the privacy policy. Its own check, never folded into the recording notice.
import type { AnalysisLanguage } from '../schemas.ts';
import type { CheckDetector } from './checkVerdict.ts';
import { segmentTexts } from './callText.ts';

const INFO: Record<AnalysisLanguage, RegExp> = {
  es: / (proteccion de datos|responsable del tratamiento|responsable de (sus|tus|los) datos|(sus|tus) datos (personales )?(seran|son|van a ser|se) (tratados|utilizados|usados)|tratamiento de (sus|tus|los) datos|tratara (sus|tus) datos|derechos? (de )?(acceso|rectificacion|supresion|oposicion|portabilidad|arco)|acceso rectificacion|rectificacion|supresion|portabilidad|politica de privacidad|aviso de privacidad|rgpd|lopd|lopdgdd|reglamento general de proteccion|finalidad (del tratamiento|de gestionar|de tramitar))/,
  en: / (data protection|data controller|controller of your data|your (personal )?data (will be|is) (processed|used|handled)|process(es|ing)? your (personal )?data|privacy (policy|notice)|gdpr|right(s)? (of|to) (access|rectification|erasure|object)|rectification|erasure)/,
};
const PERSONAL_DATA: Record<AnalysisLanguage, RegExp> = {
  es: / (dni|nie|nif|pasaporte|fecha de nacimiento|direccion|domicilio|correo|email|e mail|telefono|movil|celular|iban|nombre completo|apellidos?|codigo postal|numero de (cuenta|tarjeta|poliza|contrato|cliente|socio)|datos personales|su nombre|tu nombre)/,
  en: / (date of birth|address|email|phone|account|card|postcode|zip|full name|surname|details|policy number|customer)/,
};

const T = {
  en: {
    passed: 'The agent gave the data-protection information (controller, purpose or rights).',
    missing: 'Personal data was handled but the agent never gave the data-protection information (controller, purpose, rights).',
    na: 'Not applicable: no personal data was handled.',
  },
  es: {
    passed: 'El agente dio la información básica de protección de datos (responsable, finalidad o derechos).',
    missing: 'Se trataron datos personales pero el agente no dio la información básica de protección de datos (responsable, finalidad, derechos).',
    na: 'No aplica: no se trataron datos personales.',
  },
};

export const detectDataProtectionInformation: CheckDetector = (pt) => {
  const t = T[pt.language];
  const texts = segmentTexts(pt);
  const given = pt.segments.findIndex((s, i) => s.speaker === 'Agent' && INFO[pt.language].test(texts[i]));
  if (given >= 0) return { status: 'passed', evidence: [given], explanation: t.passed, confidence: 0.85 };
  const personal = pt.segments.findIndex((_, i) => PERSONAL_DATA[pt.language].test(texts[i]));
  if (personal < 0) return { status: 'not_applicable', evidence: [], explanation: t.na, confidence: 0.6 };
  return { status: 'failed', evidence: [personal], explanation: t.missing, confidence: 0.8 };
};
