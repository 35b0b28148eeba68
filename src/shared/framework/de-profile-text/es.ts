import { es as tuoc } from '../tuoc-text/es.ts';
import { tuocPrinciples } from './principles.ts';
import type { ProfileText } from './types.ts';

/** The development-effectiveness profile in Spanish. */
export const es: ProfileText = {
  name: 'Perfil de eficacia del desarrollo de la asociación',
  description:
    '¿En qué medida nuestra asociación sigue los principios de la eficacia del desarrollo? Cada contraparte puntúa cada afirmación sobre cómo trabajamos en conjunto, de 1 (nada) a 5 (totalmente), y puede explicar por qué.',
  scale: ['Nada', 'Un poco', 'En parte', 'En gran parte', 'Totalmente'],
  groups: {
    planning: 'Planificación y diseño',
    working: 'Trabajo en conjunto',
    monitoring: 'Seguimiento e informes',
    after: 'Después del proyecto',
  },
  items: {
    'planned-with-members': { label: 'Planificado con la afiliación', explanation: 'El proyecto se planificó junto con la afiliación, no solo con la dirección.' },
    'demand-driven': { label: 'Responde a nuestras necesidades', explanation: 'El proyecto responde a necesidades que la organización que recibe el apoyo identificó por sí misma.' },
    'own-priorities': { label: 'Encaja en nuestro propio plan', explanation: 'El proyecto encaja en el plan estratégico y las prioridades propias de la organización que recibe el apoyo.' },
    'joint-budget': { label: 'Un presupuesto acordado por ambas', explanation: 'Ambas contrapartes acordaron el presupuesto y saben en qué se gasta.' },
    'equal-say': { label: 'Igual voz y voto', explanation: 'Ambas contrapartes tienen el mismo peso en las decisiones durante el proyecto.' },
    'own-structures': {
      label: 'Con nuestras propias estructuras',
      explanation: 'El proyecto funciona a través de las estructuras propias de la organización que recibe el apoyo, no de estructuras paralelas.',
    },
    'coordinated-support': { label: 'Apoyo coordinado', explanation: 'El apoyo de las distintas contrapartes y donantes está coordinado: no se duplica ni tira en direcciones diferentes.' },
    'women-youth-informal': {
      label: 'Mujeres, jóvenes y trabajadores/as informales también deciden',
      explanation: 'Las mujeres, la juventud trabajadora y los trabajadores/as de la economía informal participan en las decisiones y se benefician del proyecto.',
    },
    'shared-monitoring': { label: 'Seguimiento conjunto', explanation: 'Las contrapartes siguen juntas los avances, con indicadores acordados por ambas.' },
    'mutual-reporting': { label: 'Informes en ambos sentidos', explanation: 'Cada contraparte informa a la otra sobre el dinero, las actividades y los resultados.' },
    'report-to-members': { label: 'Se informa a la afiliación', explanation: 'La organización que recibe el apoyo informa sobre el proyecto a sus propios afiliados/as y a sus órganos electos.' },
    'open-information': { label: 'Información abierta', explanation: 'La información sobre el proyecto está abierta a los afiliados/as y a las contrapartes que la soliciten.' },
    'exit-plan': { label: 'Un plan para después del proyecto', explanation: 'Hay un plan acordado sobre cómo seguirá el trabajo cuando termine el proyecto.' },
    'own-resources': { label: 'Nuestro propio dinero lo sostendrá', explanation: 'Las cuotas sindicales y los ingresos propios de la organización sostendrán el trabajo después del proyecto.' },
    'lasting-voice': { label: 'Una voz duradera en las políticas', explanation: 'El proyecto fortalece la voz del sindicato en las políticas públicas, más allá de la duración del proyecto.' },
    'environment': { label: 'Cuidado del medio ambiente', explanation: 'El proyecto cuida el medio ambiente y prepara una transición justa.' },
    'members-carry-on': { label: 'La afiliación le da continuidad', explanation: 'Los afiliados/as y los dirigentes electos, no solo el personal contratado, darán continuidad al trabajo.' },
  },
  dimensions: {
    ...tuocPrinciples(tuoc),
    partnership: 'Asociación',
    transparency: 'Transparencia',
    accountability: 'Rendición de cuentas',
    'sustainability-democratic': 'Sostenibilidad: democrática',
    'sustainability-political': 'Sostenibilidad: política',
    'sustainability-organisational': 'Sostenibilidad: organizativa',
    'sustainability-financial': 'Sostenibilidad: financiera',
    'sustainability-environmental': 'Sostenibilidad: ambiental',
  },
};
