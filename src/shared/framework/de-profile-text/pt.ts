import { pt as tuoc } from '../tuoc-text/pt.ts';
import { tuocPrinciples } from './principles.ts';
import type { ProfileText } from './types.ts';

/** The development-effectiveness profile in Portuguese (European/African norm). */
export const pt: ProfileText = {
  name: 'Perfil de eficácia do desenvolvimento da parceria',
  description:
    'Até que ponto a nossa parceria segue os princípios da eficácia do desenvolvimento? Cada parceiro dá uma pontuação a cada afirmação sobre a forma como trabalhamos em conjunto, de 1 (nada) a 5 (totalmente), e pode explicar porquê.',
  scale: ['Nada', 'Um pouco', 'Em parte', 'Em grande parte', 'Totalmente'],
  groups: {
    planning: 'Planeamento e conceção',
    working: 'Trabalhar em conjunto',
    monitoring: 'Acompanhamento e relatórios',
    after: 'Depois do projeto',
  },
  items: {
    'planned-with-members': { label: 'Planeado com os membros', explanation: 'O projeto foi planeado em conjunto com os membros, e não apenas com a direção.' },
    'demand-driven': { label: 'Responde às nossas necessidades', explanation: 'O projeto responde a necessidades que a própria organização beneficiária identificou.' },
    'own-priorities': { label: 'Encaixa no nosso plano', explanation: 'O projeto está de acordo com o plano estratégico e as prioridades da própria organização beneficiária.' },
    'joint-budget': { label: 'Um orçamento acordado por ambos', explanation: 'Os dois parceiros acordaram o orçamento e sabem como é gasto.' },
    'equal-say': { label: 'Igual peso nas decisões', explanation: 'Os dois parceiros têm o mesmo peso nas decisões durante o projeto.' },
    'own-structures': { label: 'Através das nossas estruturas', explanation: 'O projeto funciona através das estruturas da própria organização beneficiária, e não de estruturas paralelas.' },
    'coordinated-support': { label: 'Apoio coordenado', explanation: 'O apoio dos diferentes parceiros e doadores é coordenado: não se duplica nem puxa em direções diferentes.' },
    'women-youth-informal': {
      label: 'Mulheres, jovens e trabalhadores informais também decidem',
      explanation: 'As mulheres, os jovens trabalhadores e os trabalhadores da economia informal participam nas decisões e beneficiam do projeto.',
    },
    'shared-monitoring': { label: 'Acompanhamento conjunto', explanation: 'Os parceiros acompanham juntos o progresso, com indicadores acordados por ambos.' },
    'mutual-reporting': { label: 'Relatórios nos dois sentidos', explanation: 'Cada parceiro presta contas ao outro sobre o dinheiro, as atividades e os resultados.' },
    'report-to-members': { label: 'Contas prestadas aos membros', explanation: 'A organização beneficiária presta contas do projeto aos seus próprios membros e órgãos eleitos.' },
    'open-information': { label: 'Informação aberta', explanation: 'A informação sobre o projeto está acessível aos membros e parceiros que a pedirem.' },
    'exit-plan': { label: 'Um plano para depois do projeto', explanation: 'Existe um plano acordado sobre a forma como o trabalho continua quando o projeto terminar.' },
    'own-resources': { label: 'O nosso dinheiro vai sustentá-lo', explanation: 'As quotas sindicais e as receitas próprias da organização vão sustentar o trabalho depois do projeto.' },
    'lasting-voice': { label: 'Uma voz duradoura nas políticas', explanation: 'O projeto reforça a voz do sindicato nas políticas públicas, para além da duração do projeto.' },
    'environment': { label: 'Cuidar do ambiente', explanation: 'O projeto cuida do ambiente e prepara uma transição justa.' },
    'members-carry-on': { label: 'Os membros dão continuidade', explanation: 'Os membros e os dirigentes eleitos, e não apenas os funcionários, vão dar continuidade ao trabalho.' },
  },
  dimensions: {
    ...tuocPrinciples(tuoc),
    // The profile's own word: the TUOC framework says 'Controlo democrático pelos membros'.
    'democratic-ownership': 'Apropriação democrática',
    partnership: 'Parceria',
    transparency: 'Transparência',
    accountability: 'Prestação de contas',
    'sustainability-democratic': 'Sustentabilidade: democrática',
    'sustainability-political': 'Sustentabilidade: política',
    'sustainability-organisational': 'Sustentabilidade: organizacional',
    'sustainability-financial': 'Sustentabilidade: financeira',
    'sustainability-environmental': 'Sustentabilidade: ambiental',
  },
};
