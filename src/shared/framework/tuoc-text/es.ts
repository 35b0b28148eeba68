import type { FrameworkText } from './types.ts';

/** The default TUOC framework in Spanish. */
export const es: FrameworkText = {
  name: 'TUOC – Capacidad Organizativa Sindical',
  description: '¿Qué tan fuerte es hoy nuestro sindicato? Puntúe cada capacidad y cada principio según su propia experiencia.',
  scale: ['Nada', 'Un poco', 'En parte', 'En gran parte', 'Totalmente'],
  groups: {
    influence: 'Capacidades para influir y obtener resultados',
    internal: 'Capacidades organizativas internas',
    relate: 'Capacidades para relacionarse',
    principles: 'Principios clave de funcionamiento',
  },
  items: {
    'collective-bargaining': {
      label: 'Negociación colectiva',
      explanation: 'Negociamos convenios que mejoran los salarios y las condiciones de trabajo, y hacemos que los empleadores los cumplan.',
      questions: ['¿Firmamos o renovamos convenios colectivos en los últimos dos años?', '¿Saben nuestros afiliados/as lo que les dan los convenios?'],
    },
    'influencing-policy': {
      label: 'Incidencia ante el gobierno, las empresas y la sociedad',
      explanation: 'Nuestras posiciones llegan a quienes deciden las leyes y las políticas, y a veces logran cambiarlas.',
      questions: ['Mencione una ley o política que hayamos cambiado o frenado.', '¿Nos invitan a las mesas donde se toman las decisiones?'],
    },
    'services-legal-support': {
      label: 'Prestación de servicios y asesoría jurídica',
      explanation: 'Los afiliados/as reciben ayuda cuando la necesitan: orientación, asesoría jurídica, servicios sociales.',
      questions: ['¿A dónde acude una persona afiliada ante un despido o un salario no pagado?', '¿Los afiliados/as de la economía informal también reciben servicios?'],
    },
    'organising-mobilising': {
      label: 'Organización y movilización',
      explanation: 'Afiliamos a nuevos miembros, también a trabajadores/as difíciles de alcanzar, y logramos movilizar a la gente cuando hace falta.',
      questions: ['¿Está creciendo la afiliación? ¿Entre quiénes?', '¿Cuándo movilizamos a la afiliación por última vez, y cuántas personas participaron?'],
    },
    'structures-procedures': {
      label: 'Estructuras y procedimientos',
      explanation: 'Nuestros estatutos, órganos, registros de afiliación y finanzas funcionan como está escrito.',
      questions: ['¿Los órganos electos se reúnen como dicen los estatutos?', '¿Está al día el registro de afiliados/as?'],
    },
    'resource-mobilisation': {
      label: 'Movilización de recursos',
      explanation: 'Las cuotas sindicales y nuestros ingresos propios pagan nuestro trabajo básico; la financiación externa lo complementa.',
      questions: ['¿Qué parte de nuestro presupuesto viene de las cuotas de los afiliados/as?', '¿Podríamos seguir adelante si un donante se retirara?'],
    },
    'strategic-planning-learning': {
      label: 'Planificación estratégica y aprendizaje',
      explanation: 'Planificamos con anticipación, revisamos lo que funciona y cambiamos el rumbo cuando hace falta.',
      questions: ['¿Tenemos un plan estratégico vigente que los afiliados/as ayudaron a elaborar?', '¿Cómo aprendemos de lo que no funcionó?'],
    },
    'education-training': {
      label: 'Educación y formación',
      explanation: 'Los afiliados/as, delegados/as sindicales y dirigentes reciben la formación que necesitan.',
      questions: ['¿Quiénes recibieron formación el año pasado, y sobre qué temas?', '¿Participan en la formación las mujeres y la juventud trabajadora?'],
    },
    'communication-networking': {
      label: 'Comunicación y trabajo en red',
      explanation: 'Llegamos a los afiliados/as y a la opinión pública, y trabajamos con aliados en el país y en el extranjero.',
      questions: ['¿Cómo se entera una persona afiliada de una decisión?', '¿Qué alianzas nos ayudaron a conseguir algo?'],
    },
    'democratic-ownership': {
      label: 'Apropiación democrática',
      explanation: 'Los afiliados/as deciden las prioridades a través de órganos electos, y la dirección les rinde cuentas.',
      questions: ['¿Quién fijó las prioridades de este año?'],
    },
    'transparency-accountability': {
      label: 'Transparencia y rendición de cuentas',
      explanation: 'Las finanzas y las decisiones están abiertas a los afiliados/as y se informan a tiempo.',
      questions: ['¿Los afiliados/as pueden ver las cuentas?'],
    },
    'inclusiveness-equality': {
      label: 'Inclusión e igualdad',
      explanation: 'Las mujeres, la juventud, y los trabajadores/as migrantes e informales participan y ocupan cargos.',
      questions: ['¿Quiénes integran nuestra dirección?'],
    },
    'autonomy': {
      label: 'Autonomía',
      explanation: 'Decidimos por nuestra cuenta, con independencia del gobierno, los empleadores, los partidos y los donantes.',
      questions: ['¿Quién podría obligarnos a cambiar una posición?'],
    },
    'coherence': {
      label: 'Coherencia',
      explanation: 'Lo que decimos, planificamos y hacemos va en la misma dirección, en todos los niveles del sindicato.',
      questions: ['¿Nuestras acciones siguen las resoluciones del congreso?'],
    },
    'sustainability': {
      label: 'Sostenibilidad',
      explanation: 'Lo que construimos perdura: sigue adelante sin un proyecto y sin depender de un solo dirigente.',
      questions: ['¿Qué quedaría si el proyecto terminara mañana?'],
    },
  },
  factors: {
    'legal-framework': 'Legislación laboral y su aplicación',
    'political-climate': 'Clima político y espacio cívico',
    'economy': 'Situación económica y mercado de trabajo',
    'employers': 'Empleadores y sus organizaciones',
    'social-dialogue': 'Instituciones de diálogo social',
    'informal-economy': 'Tamaño y características de la economía informal',
    'allies': 'Aliados: otros sindicatos, sociedad civil, contrapartes internacionales',
    'funding': 'Financiación de donantes y contrapartes',
    'technology': 'Tecnología y cambio digital',
    'climate': 'Cambio climático y transición justa',
  },
};
