import type { FrameworkText } from './types.ts';

/** The default TUOC framework in Portuguese (European/African norm). */
export const pt: FrameworkText = {
  name: 'TUOC – Capacidade Organizacional Sindical',
  description: 'Quão forte é hoje o nosso sindicato? Dê uma pontuação a cada capacidade e a cada princípio, com base na sua própria experiência.',
  scale: ['Nada', 'Um pouco', 'Em parte', 'Em grande parte', 'Totalmente'],
  groups: {
    influence: 'Capacidades para influenciar e obter resultados',
    internal: 'Capacidades organizacionais internas',
    relate: 'Capacidades de relacionamento',
    principles: 'Princípios-chave de funcionamento',
  },
  items: {
    'collective-bargaining': {
      label: 'Negociação coletiva',
      explanation: 'Negociamos acordos que melhoram os salários e as condições de trabalho, e fazemos com que os empregadores os cumpram.',
      questions: ['Assinámos ou renovámos acordos nos últimos dois anos?', 'Os membros sabem o que os acordos lhes garantem?'],
    },
    'influencing-policy': {
      label: 'Influenciar o governo, as empresas e a sociedade',
      explanation: 'As nossas posições chegam a quem decide as leis e as políticas e, por vezes, conseguem mudá-las.',
      questions: ['Dê o exemplo de uma lei ou política que mudámos ou travámos.', 'Somos convidados para as mesas onde as decisões são tomadas?'],
    },
    'services-legal-support': {
      label: 'Prestação de serviços e apoio jurídico',
      explanation: 'Os membros recebem ajuda quando precisam: aconselhamento, apoio jurídico, serviços sociais.',
      questions: ['A quem se dirige um membro em caso de despedimento ou de salário em atraso?', 'Os membros da economia informal também recebem serviços?'],
    },
    'organising-mobilising': {
      label: 'Organização e mobilização',
      explanation: 'Recrutamos novos membros, incluindo trabalhadores difíceis de alcançar, e conseguimos mobilizar as pessoas quando é preciso.',
      questions: ['O número de membros está a crescer? Em que grupos?', 'Quando foi a última vez que mobilizámos os membros, e quantos vieram?'],
    },
    'structures-procedures': {
      label: 'Estruturas e procedimentos',
      explanation: 'Os nossos estatutos, órgãos, registo de membros e finanças funcionam como está escrito.',
      questions: ['Os órgãos eleitos reúnem-se como mandam os estatutos?', 'O registo de membros está atualizado?'],
    },
    'resource-mobilisation': {
      label: 'Mobilização de recursos',
      explanation: 'As quotas sindicais e as nossas receitas próprias pagam o trabalho essencial; o financiamento externo é um complemento.',
      questions: ['Que parte do nosso orçamento vem das quotas dos membros?', 'Conseguiríamos continuar se um doador se retirasse?'],
    },
    'strategic-planning-learning': {
      label: 'Planeamento estratégico e aprendizagem',
      explanation: 'Planeamos com antecedência, verificamos o que funciona e mudamos de rumo quando é preciso.',
      questions: ['Temos um plano estratégico em vigor, feito com a participação dos membros?', 'Como aprendemos com o que não funcionou?'],
    },
    'education-training': {
      label: 'Educação e formação',
      explanation: 'Os membros, os delegados sindicais e os dirigentes recebem a formação de que precisam.',
      questions: ['Quem recebeu formação no ano passado, e sobre que temas?', 'As mulheres e os jovens trabalhadores participam nas formações?'],
    },
    'communication-networking': {
      label: 'Comunicação e trabalho em rede',
      explanation: 'Chegamos aos membros e ao público, e trabalhamos com aliados no país e no estrangeiro.',
      questions: ['Como é que um membro fica a saber de uma decisão?', 'Que alianças nos ajudaram a conquistar alguma coisa?'],
    },
    'democratic-ownership': {
      label: 'Controlo democrático pelos membros',
      explanation: 'Os membros decidem as prioridades através dos órgãos eleitos, e os dirigentes prestam-lhes contas.',
      questions: ['Quem definiu as prioridades deste ano?'],
    },
    'transparency-accountability': {
      label: 'Transparência e prestação de contas',
      explanation: 'As finanças e as decisões estão abertas aos membros e são comunicadas a tempo.',
      questions: ['Os membros têm acesso às contas?'],
    },
    'inclusiveness-equality': {
      label: 'Inclusão e igualdade',
      explanation: 'As mulheres, os jovens, os migrantes e os trabalhadores da economia informal participam e ocupam cargos.',
      questions: ['Quem faz parte da nossa direção?'],
    },
    'autonomy': {
      label: 'Autonomia',
      explanation: 'Decidimos por nós próprios, com independência em relação ao governo, aos empregadores, aos partidos e aos doadores.',
      questions: ['Quem nos poderia obrigar a mudar de posição?'],
    },
    'coherence': {
      label: 'Coerência',
      explanation: 'O que dizemos, o que planeamos e o que fazemos estão de acordo, a todos os níveis do sindicato.',
      questions: ['As nossas ações seguem as decisões do congresso?'],
    },
    'sustainability': {
      label: 'Sustentabilidade',
      explanation: 'O que construímos perdura: continua a funcionar sem depender de um projeto ou de um único dirigente.',
      questions: ['O que ficaria se o projeto acabasse amanhã?'],
    },
  },
  factors: {
    'legal-framework': 'Legislação laboral e a sua aplicação',
    'political-climate': 'Clima político e espaço cívico',
    'economy': 'Situação económica e mercado de trabalho',
    'employers': 'Empregadores e as suas organizações',
    'social-dialogue': 'Instituições de diálogo social',
    'informal-economy': 'Dimensão e características da economia informal',
    'allies': 'Aliados: outros sindicatos, sociedade civil, parceiros internacionais',
    'funding': 'Financiamento de doadores e parceiros',
    'technology': 'Tecnologia e transformação digital',
    'climate': 'Alterações climáticas e transição justa',
  },
};
