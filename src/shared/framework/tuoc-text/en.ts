import type { FrameworkText } from './types.ts';

/** The default TUOC framework in English: the reference every translation follows. */
export const en: FrameworkText = {
  name: 'TUOC – Trade Union Organisational Capacity',
  description: 'How strong is our union today? Score each capacity and principle from your own experience.',
  scale: ['Not at all', 'A little', 'Partly', 'Largely', 'Fully'],
  groups: {
    influence: 'Capacities to influence and deliver',
    internal: 'Internal organisational capacities',
    relate: 'Capacities to relate',
    principles: 'Key operating principles',
  },
  items: {
    'collective-bargaining': {
      label: 'Collective bargaining',
      explanation: 'We negotiate agreements that improve pay and conditions, and we make employers keep them.',
      questions: ['Did we sign or renew agreements in the last two years?', 'Do members know what the agreements give them?'],
    },
    'influencing-policy': {
      label: 'Influencing government, business and society',
      explanation: 'Our positions reach those who decide laws and policies, and sometimes change them.',
      questions: ['Name a law or policy we changed or stopped.', 'Are we invited to the tables where it is decided?'],
    },
    'services-legal-support': {
      label: 'Service delivery and legal support',
      explanation: 'Members get help when they need it: advice, legal support, social services.',
      questions: ['Where does a member go with a dismissal or an unpaid wage?', 'Do informal-economy members get services too?'],
    },
    'organising-mobilising': {
      label: 'Organising and mobilising',
      explanation: 'We recruit new members, including hard-to-reach workers, and can bring people out when it counts.',
      questions: ['Is membership growing, and among whom?', 'When did we last mobilise members, and how many came?'],
    },
    'structures-procedures': {
      label: 'Structures and procedures',
      explanation: 'Our statutes, bodies, membership records and finances work as written.',
      questions: ['Do elected bodies meet as the statutes say?', 'Is the membership register up to date?'],
    },
    'resource-mobilisation': {
      label: 'Resource mobilisation',
      explanation: 'Dues and our own income pay for our core work; outside funding adds to it.',
      questions: ['What share of our budget comes from members’ dues?', 'Could we keep going if a donor left?'],
    },
    'strategic-planning-learning': {
      label: 'Strategic planning and learning',
      explanation: 'We plan ahead, check what works and change course when needed.',
      questions: ['Do we have a current strategic plan that members helped write?', 'How do we learn from what did not work?'],
    },
    'education-training': {
      label: 'Education and training',
      explanation: 'Members, shop stewards and leaders get the training they need.',
      questions: ['Who was trained last year, and on what?', 'Do women and young workers take part in training?'],
    },
    'communication-networking': {
      label: 'Communication and networking',
      explanation: 'We reach members and the public, and work with allies at home and abroad.',
      questions: ['How does a member hear about a decision?', 'Which alliances helped us win something?'],
    },
    'democratic-ownership': {
      label: 'Democratic ownership',
      explanation: 'Members decide priorities through elected bodies, and leaders answer to them.',
      questions: ['Who set this year’s priorities?'],
    },
    'transparency-accountability': {
      label: 'Transparency and accountability',
      explanation: 'Finances and decisions are open to members and reported on time.',
      questions: ['Do members see the accounts?'],
    },
    'inclusiveness-equality': {
      label: 'Inclusiveness and equality',
      explanation: 'Women, young, migrant and informal workers take part and hold office.',
      questions: ['Who sits in our leadership?'],
    },
    'autonomy': {
      label: 'Autonomy',
      explanation: 'We decide for ourselves, independent of government, employers, parties and donors.',
      questions: ['Who could make us change a position?'],
    },
    'coherence': {
      label: 'Coherence',
      explanation: 'What we say, plan and do fits together, at every level of the union.',
      questions: ['Do our actions follow our congress decisions?'],
    },
    'sustainability': {
      label: 'Sustainability',
      explanation: 'What we build lasts: it keeps going without a project or a single leader.',
      questions: ['What would remain if the project ended tomorrow?'],
    },
  },
  factors: {
    'legal-framework': 'Labour law and its enforcement',
    'political-climate': 'Political climate and civic space',
    'economy': 'Economic situation and the labour market',
    'employers': 'Employers and their organisations',
    'social-dialogue': 'Social dialogue institutions',
    'informal-economy': 'Size and shape of the informal economy',
    'allies': 'Allies: other unions, civil society, international partners',
    'funding': 'Donor and partner funding',
    'technology': 'Technology and digital change',
    'climate': 'Climate change and the just transition',
  },
};
