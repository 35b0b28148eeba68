import type { FrameworkDocument } from './schema.ts';

const item = (id: string, label: string, explanation: string, questions: string[]) => ({
  id,
  label: { en: label },
  explanation: { en: explanation },
  questions: questions.map((q) => ({ en: q })),
});

/**
 * The default TUOC self-assessment, written in our own words from the framework's published
 * structure (TUDCN / HIVA KU Leuven, 2019): three types of capacity and six operating principles.
 * Item ids match the TUOC ids used to tag notes and practices.
 */
export const DEFAULT_TUOC: FrameworkDocument = {
  format: 'workshop-companion/framework',
  id: 'tuoc',
  version: 1,
  name: { en: 'TUOC – Trade Union Organisational Capacity' },
  description: { en: 'How strong is our union today? Score each capacity and principle from your own experience.' },
  scale: {
    min: 1,
    max: 5,
    labels: [{ en: 'Not at all' }, { en: 'A little' }, { en: 'Partly' }, { en: 'Largely' }, { en: 'Fully' }],
    dontKnow: true,
  },
  groups: [
    {
      id: 'influence',
      label: { en: 'Capacities to influence and deliver' },
      items: [
        item('collective-bargaining', 'Collective bargaining', 'We negotiate agreements that improve pay and conditions, and we make employers keep them.', [
          'Did we sign or renew agreements in the last two years?',
          'Do members know what the agreements give them?',
        ]),
        item('influencing-policy', 'Influencing government, business and society', 'Our positions reach those who decide laws and policies, and sometimes change them.', [
          'Name a law or policy we changed or stopped.',
          'Are we invited to the tables where it is decided?',
        ]),
        item('services-legal-support', 'Services and legal support', 'Members get help when they need it: advice, legal support, social services.', [
          'Where does a member go with a dismissal or an unpaid wage?',
          'Do informal-economy members get services too?',
        ]),
        item('organising-mobilising', 'Organising and mobilising', 'We recruit new members, including hard-to-reach workers, and can bring people out when it counts.', [
          'Is membership growing, and among whom?',
          'When did we last mobilise members, and how many came?',
        ]),
      ],
    },
    {
      id: 'internal',
      label: { en: 'Internal organisational capacities' },
      items: [
        item('structures-procedures', 'Structures and procedures', 'Our statutes, bodies, membership records and finances work as written.', [
          'Do elected bodies meet as the statutes say?',
          'Is the membership register up to date?',
        ]),
        item('resource-mobilisation', 'Resource mobilisation', 'Dues and our own income pay for our core work; outside funding adds to it.', [
          'What share of our budget comes from members’ dues?',
          'Could we keep going if a donor left?',
        ]),
        item('strategic-planning-learning', 'Strategic planning and learning', 'We plan ahead, check what works and change course when needed.', [
          'Do we have a current strategic plan that members helped write?',
          'How do we learn from what did not work?',
        ]),
        item('education-training', 'Education and training', 'Members, shop stewards and leaders get the training they need.', [
          'Who was trained last year, and on what?',
          'Do women and young workers take part in training?',
        ]),
      ],
    },
    {
      id: 'relate',
      label: { en: 'Capacities to relate' },
      items: [
        item('communication-networking', 'Communication and networking', 'We reach members and the public, and work with allies at home and abroad.', [
          'How does a member hear about a decision?',
          'Which alliances helped us win something?',
        ]),
      ],
    },
    {
      id: 'principles',
      label: { en: 'Operating principles' },
      items: [
        item('democratic-ownership', 'Democratic ownership', 'Members decide priorities through elected bodies, and leaders answer to them.', ['Who set this year’s priorities?']),
        item('transparency-accountability', 'Transparency and accountability', 'Finances and decisions are open to members and reported on time.', ['Do members see the accounts?']),
        item('inclusiveness-equality', 'Inclusiveness and equality', 'Women, young, migrant and informal workers take part and hold office.', ['Who sits in our leadership?']),
        item('autonomy', 'Autonomy', 'We decide for ourselves, independent of government, employers, parties and donors.', ['Who could make us change a position?']),
        item('coherence', 'Coherence', 'What we say, plan and do fits together, at every level of the union.', ['Do our actions follow our congress decisions?']),
        item('sustainability', 'Sustainability', 'What we build lasts: it keeps going without a project or a single leader.', ['What would remain if the project ended tomorrow?']),
      ],
    },
  ],
  factors: [
    { id: 'legal-framework', label: { en: 'Labour law and its enforcement' } },
    { id: 'political-climate', label: { en: 'Political climate and civic space' } },
    { id: 'economy', label: { en: 'Economic situation and the labour market' } },
    { id: 'employers', label: { en: 'Employers and their organisations' } },
    { id: 'social-dialogue', label: { en: 'Social dialogue institutions' } },
    { id: 'informal-economy', label: { en: 'Size and shape of the informal economy' } },
    { id: 'allies', label: { en: 'Allies: other unions, civil society, international partners' } },
    { id: 'funding', label: { en: 'Donor and partner funding' } },
    { id: 'technology', label: { en: 'Technology and digital change' } },
    { id: 'climate', label: { en: 'Climate change and the just transition' } },
  ],
};
