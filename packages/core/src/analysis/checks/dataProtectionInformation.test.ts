// data_protection_information (checks/dataProtectionInformation.ts): the GDPR / LOPDGDD basic information in any
// wording; failed only when the caller's personal data is collected or discussed; not applicable otherwise.
// Sentences written for these tests.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { detectDataProtectionInformation } from './dataProtectionInformation.ts';
import { transcript } from './testTranscript.ts';
import type { Line } from './testTranscript.ts';
import type { PolicyRule } from '../schemas.ts';

const RULE = { id: 'data_protection_information' } as PolicyRule;
const status = (lines: Line[]) => detectDataProtectionInformation(transcript('es', lines), RULE).status;

const OPEN: Line[] = [['A', 'Buenos días, Energía Ribera, le atiende Pablo.'], ['C', 'Hola, quería cambiar la tarifa de la luz.'], ['A', 'Claro, ¿me dice su DNI y su nombre completo?'], ['C', 'Cinco cuatro tres dos uno cero nueve ocho, Laura Gil.']];
const END: Line[] = [['C', 'Vale.'], ['A', 'Listo, tarifa cambiada. ¿Algo más?'], ['C', 'No, gracias.']];

describe('data protection information given, in other words', () => {
  const given = [
    'Le informo de que Energía Ribera es la responsable del tratamiento de sus datos; puede ejercer sus derechos de acceso, rectificación y supresión en nuestra web.',
    'Sus datos los trataremos para gestionar su solicitud; tiene más información sobre protección de datos en ribera punto es barra privacidad.',
    'Por la normativa de protección de datos, puede acceder a sus datos, corregirlos o pedir que los borremos escribiendo a privacidad arroba ribera punto es.',
    'le comento que sus datos se tratan para la gestión del contrato y que puede ejercitar los derechos que le reconoce la ley escribiendo a nuestro delegado de protección de datos',
    'Sus datos se usarán solo para esta gestión y puede solicitar su acceso, modificación o eliminación cuando quiera llamando a este mismo número.',
    'antes de seguir le informo que trataremos sus datos para el cambio, y que puede consultar la informacion adicional sobre privacidad en nuestra pagina web',
    'los datos que me ha dado los usamos solo para el contrato; si quiere consultarlos, corregirlos o borrarlos, puede hacerlo desde el área de clientes',
    'y si no está conforme con el tratamiento puede reclamar ante la Agencia Española de Protección de Datos',
    'ah, y lo de sus datos: los tenemos nosotros y los usamos solo para su siniestro; si quiere verlos, corregirlos o que los borremos, escriba a protecciondatos arroba segurostajo punto es',
  ];
  for (const g of given) test(g.slice(0, 60), () => assert.equal(status([...OPEN, ['A', g], ...END]), 'passed'));
});

describe('data protection information not given', () => {
  test('personal data collected and only "conforme al RGPD" or reassurance: failed', () => {
    assert.equal(status([...OPEN, ['A', 'Le informo que cumplimos con el RGPD.'], ...END]), 'failed');
    assert.equal(status([...OPEN, ['A', 'Sus datos están protegidos, no se preocupe.'], ...END]), 'failed');
  });
  test('self-service talk about the data is not the GDPR information', () => {
    assert.equal(status([...OPEN, ['A', 'Puede modificar sus datos bancarios cuando quiera desde el área de clientes.'], ...END]), 'failed');
    assert.equal(status([...OPEN, ['A', 'Le envío información adicional sobre la tarifa y sus datos de acceso a la app.'], ...END]), 'failed');
  });
  test('the caller\'s own bill discussed without any identifier asked: failed', () => {
    assert.equal(status([['A', 'Buenas, Telered, le atiende Pablo.'], ['C', 'Hola, en mi factura de marzo hay un cargo que no entiendo.'], ['A', 'Ese cargo es el de la permanencia.'], ['C', 'Vale, gracias.']]), 'failed');
  });
});

describe('personal data taken down in other ways', () => {
  test('a name and a contact phone for an appointment, with no privacy information: failed', () => {
    assert.equal(status([['A', 'Buenas, Clínica Sol.'], ['C', 'Quería pedir cita con el dermatólogo.'], ['A', 'Vale, ¿a nombre de quién?'], ['C', 'De Laura Gil.'], ['A', '¿Y un teléfono de contacto?'], ['C', 'Seis uno dos tres cuatro cinco seis siete ocho.'], ['A', 'Apuntado para el martes.']]), 'failed');
  });
});

describe('no personal data involved: not applicable', () => {
  const calls: Line[][] = [
    [['A', 'Buenos días, Tiendas Sol, le atiende Pablo.'], ['C', 'Hola, ¿a qué hora abre la tienda de la calle Mayor?'], ['A', 'Abrimos de diez a nueve. La dirección es calle Mayor doce.'], ['C', 'Gracias.']],
    [['A', 'Buenas tardes, Movired.'], ['C', 'Hola, ¿qué tarifas de móvil tienen?'], ['A', 'Una de diez euros con llamadas ilimitadas al teléfono fijo y móvil. Si consume mucho, le sale mejor la de quince; lo mira en la factura de su compañía actual.'], ['C', 'Vale, lo pensaré.']],
    [['A', 'Buenas, Seguros Mar.'], ['C', 'Hola, ¿cuál es el teléfono de asistencia en carretera?'], ['A', 'Es el nueve cero cero uno dos tres cuatro cinco seis.'], ['C', 'Gracias.']],
    [['A', 'Buenos días, Banco Ría.'], ['C', '¿Qué documentación necesito para abrir una cuenta?'], ['A', 'Solo el DNI en vigor y un justificante de domicilio.'], ['C', 'Vale, gracias.']],
  ];
  for (const [k, c] of calls.entries()) test(`general question ${k + 1}`, () => assert.equal(status(c), 'not_applicable'));
});

describe('the right of access said in plain words', () => {
  test('"si quiere saber qué datos tenemos suyos, nos lo puede pedir"', () => {
    assert.equal(status([...OPEN, ['A', 'Por cierto, si quiere saber qué datos tenemos suyos o cambiarlos, nos lo puede pedir cuando quiera.'], ...END]), 'passed');
    assert.equal(status([...OPEN, ['A', 'Y puede consultar los datos que guardamos de usted en el área de clientes.'], ...END]), 'passed');
  });
  test('saying which data are needed is not the right of access', () => {
    assert.equal(status([...OPEN, ['A', 'Para el cambio necesito saber qué datos de contacto prefiere.'], ...END]), 'failed');
  });
});
