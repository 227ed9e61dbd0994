// data_protection_information (the `spain` pack): the GDPR / LOPDGDD basic information a Spanish company owes a
// caller whose personal data it handles: who processes the data and/or why, and the caller's rights (access,
// rectification, erasure...) or where to read the privacy policy. Its own check, never folded into the recording notice.
// Passed when the rights or where to read the privacy information are given (a bare "conforme al RGPD", or a purpose
// without rights or policy, is not the basic information); failed when personal data is handled and that never comes.
import type { AnalysisLanguage } from '../schemas.ts';
import type { CheckDetector } from './checkVerdict.ts';
import { segmentTexts } from './callText.ts';

// the caller's rights, or where to read the privacy information: the part that makes it the GDPR basic information
const RIGHTS_OR_POLICY: Record<AnalysisLanguage, RegExp> = {
  es: / (derechos? (de |a )?(acceso|rectificacion|supresion|oposicion|portabilidad|limitacion|arco|cancelacion|acceder|rectificar|suprimir|oponerse|oponer|cancelar|borrar|eliminar|limitar|portar|solicitar (el acceso|la rectificacion|la supresion))|(puede|puedes|podra|podras|pueden) (acceder a|rectificar|suprimir|cancelar|oponerse a|pedir que (borremos|eliminemos|supriman))( (sus|tus|los) datos)?|(ejercer|ejercitar) (sus|tus|los|esos|dichos) derechos|acceso rectificacion|rectificacion|supresion|portabilidad|(politica|aviso|apartado|seccion|pagina|clausula|informacion) de (privacidad|proteccion de datos)|barra (privacidad|proteccion de datos|legal)|privacidad (lo|la) (tiene|tienes|puede|puedes)|informacion (adicional|ampliada|completa|detallada) (sobre|de) (proteccion de datos|privacidad|sus datos|el tratamiento))/,
  en: / (right(s)? (of|to) (access|rectification|erasure|object|portability|restrict|correct|delete|see|a copy|ask us)|your (data protection )?rights|rectification|erasure|privacy (policy|notice|statement|page)|slash privacy)/,
};
// controller or purpose alone ("conforme al RGPD", "sus datos los usamos para la renovación"): not enough by itself
const CONTROLLER_OR_PURPOSE: Record<AnalysisLanguage, RegExp> = {
  es: / (proteccion de datos|responsable del tratamiento|responsable de (sus|tus|los) datos|(sus|tus) datos (personales )?(seran|son|van a ser|se) (tratados|utilizados|usados)|tratamiento de (sus|tus|los) datos|tratara (sus|tus) datos|rgpd|lopd|lopdgdd|reglamento general de proteccion|finalidad)/,
  en: / (data protection|data controller|controller of your data|your (personal )?data (will be|is) (processed|used|handled)|process(es|ing)? your (personal )?data|gdpr)/,
};
const PERSONAL_DATA: Record<AnalysisLanguage, RegExp> = {
  es: / (dni|nie|nif|pasaporte|fecha de nacimiento|direccion|domicilio|correo|email|e mail|telefono|movil|celular|iban|nombre completo|apellidos?|codigo postal|numero de (cuenta|tarjeta|poliza|contrato|cliente|socio)|datos personales|su nombre|tu nombre)/,
  en: / (date of birth|address|email|phone|account|card|postcode|zip|full name|surname|details|policy number|customer)/,
};

const T = {
  en: {
    passed: 'The agent gave the data-protection information (the customer\'s rights or where to read the privacy policy).',
    partial: 'Personal data was handled and the agent only mentioned data protection (controller or purpose), without the customer\'s rights or where to read the privacy policy.',
    missing: 'Personal data was handled but the agent never gave the data-protection information (controller, purpose, rights).',
    na: 'Not applicable: no personal data was handled.',
  },
  es: {
    passed: 'El agente dio la información básica de protección de datos (los derechos del cliente o dónde leer la política de privacidad).',
    partial: 'Se trataron datos personales y el agente solo mencionó la protección de datos (responsable o finalidad), sin los derechos del cliente ni dónde leer la política de privacidad.',
    missing: 'Se trataron datos personales pero el agente no dio la información básica de protección de datos (responsable, finalidad, derechos).',
    na: 'No aplica: no se trataron datos personales.',
  },
};

export const detectDataProtectionInformation: CheckDetector = (pt) => {
  const t = T[pt.language];
  const texts = segmentTexts(pt);
  const agentSays = (re: RegExp) => pt.segments.findIndex((s, i) => s.speaker === 'Agent' && re.test(texts[i]));
  const given = agentSays(RIGHTS_OR_POLICY[pt.language]);
  if (given >= 0) return { status: 'passed', evidence: [given], explanation: t.passed, confidence: 0.85 };
  const personal = pt.segments.findIndex((_, i) => PERSONAL_DATA[pt.language].test(texts[i]));
  if (personal < 0) return { status: 'not_applicable', evidence: [], explanation: t.na, confidence: 0.6 };
  const partial = agentSays(CONTROLLER_OR_PURPOSE[pt.language]);
  if (partial >= 0) return { status: 'failed', evidence: [partial], explanation: t.partial, confidence: 0.6 };
  return { status: 'failed', evidence: [personal], explanation: t.missing, confidence: 0.8 };
};
