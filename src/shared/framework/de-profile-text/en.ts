import { en as tuoc } from '../tuoc-text/en.ts';
import { tuocPrinciples } from './principles.ts';
import type { ProfileText } from './types.ts';

/** The development-effectiveness profile in English: the reference every translation follows. */
export const en: ProfileText = {
  name: 'Development-effectiveness profile of the partnership',
  description:
    'How well does our partnership follow the principles of development effectiveness? Each partner scores each statement about how we work together, from 1 (not at all) to 5 (totally), and may say why.',
  scale: ['Not at all', 'A little', 'Partly', 'Largely', 'Totally'],
  groups: {
    planning: 'Planning and design',
    working: 'Working together',
    monitoring: 'Monitoring and reporting',
    after: 'After the project',
  },
  items: {
    'planned-with-members': { label: 'Planned with the membership', explanation: 'The project was planned together with the membership, not only with the leadership.' },
    'demand-driven': { label: 'Answers our own needs', explanation: 'The project answers needs the receiving organisation identified itself.' },
    'own-priorities': { label: 'Fits our own plan', explanation: 'The project fits the receiving organisation’s own strategic plan and priorities.' },
    'joint-budget': { label: 'A budget both agreed', explanation: 'Both partners agreed the budget and know how it is spent.' },
    'equal-say': { label: 'An equal say', explanation: 'Both partners have an equal say in decisions during the project.' },
    'own-structures': { label: 'Through our own structures', explanation: 'The project works through the receiving organisation’s own structures, not parallel ones.' },
    'coordinated-support': { label: 'Coordinated support', explanation: 'Support from different partners and donors is coordinated, not duplicated or pulling in different directions.' },
    'women-youth-informal': {
      label: 'Women, youth and informal workers decide too',
      explanation: 'Women, young workers and informal-economy workers take part in decisions and benefit from the project.',
    },
    'shared-monitoring': { label: 'Monitored together', explanation: 'The partners follow progress together, with indicators both agreed.' },
    'mutual-reporting': { label: 'Reporting both ways', explanation: 'Each partner reports to the other, on money, activities and results.' },
    'report-to-members': { label: 'Reported to our members', explanation: 'The receiving organisation reports on the project to its own members and elected bodies.' },
    'open-information': { label: 'Open information', explanation: 'Information about the project is open to members and partners who ask for it.' },
    'exit-plan': { label: 'A plan for after the project', explanation: 'There is an agreed plan for how the work continues when the project ends.' },
    'own-resources': { label: 'Our own money will carry it', explanation: 'Dues and the organisation’s own income will carry the work after the project.' },
    'lasting-voice': { label: 'A lasting voice in policy', explanation: 'The project strengthens the union’s voice in policy beyond the project’s life.' },
    'environment': { label: 'Care for the environment', explanation: 'The project takes care of the environment and prepares a just transition.' },
    'members-carry-on': { label: 'Members carry it on', explanation: 'Members and elected leaders, not only staff, will carry the work on.' },
  },
  dimensions: {
    ...tuocPrinciples(tuoc),
    partnership: 'Partnership',
    transparency: 'Transparency',
    accountability: 'Accountability',
    'sustainability-democratic': 'Sustainability: democratic',
    'sustainability-political': 'Sustainability: political',
    'sustainability-organisational': 'Sustainability: organisational',
    'sustainability-financial': 'Sustainability: financial',
    'sustainability-environmental': 'Sustainability: environmental',
  },
};
