/** Portuguese: installing the app, the home screen on iPad and iPhone, and the plain-http warning. */
export const install = {
  install: {
    title: 'A aplicação neste dispositivo',
    offer: 'Instale a aplicação neste dispositivo: passa a abrir a partir do ecrã principal e funciona sem rede.',
    action: 'Instalar a aplicação',
    notNow: 'Agora não',
    installed: 'A aplicação está instalada neste dispositivo: abra-a a partir do ecrã principal.',
    fromMenu: 'Para instalar a aplicação, abra o menu do navegador e escolha «Instalar aplicação» ou «Adicionar ao ecrã principal».',
    homeScreen:
      'O Safari pode apagar os dados deste site após semanas sem uso: sincronize com frequência. Uma app no ecrã principal (Partilhar → Adicionar ao ecrã principal) é poupada mas começa vazia: adicione-a antes de começar e abra nela a sua ligação de chave (ou para aderir).',
    homeScreenSteps:
      'Num iPad ou iPhone, o Safari pode apagar os dados deste site após algumas semanas sem uso, por isso sincronize com frequência. Uma aplicação adicionada ao ecrã principal (toque em Partilhar e depois em «Adicionar ao ecrã principal») é poupada, mas tem armazenamento próprio e começa vazia: adicione-a antes de começar a trabalhar e abra nela a sua ligação de chave (ou a ligação para aderir). Já trabalha no Safari? Sincronize primeiro: as alterações ainda não sincronizadas ficam no Safari.',
    gotIt: 'Entendido',
    plainHttpTitle: 'Este endereço não é seguro (http simples)',
    cannotStart: 'A aplicação não consegue arrancar neste endereço.',
    plainHttp:
      'Em http simples, a aplicação não funciona sem ligação nem pode ser instalada, e os telemóveis não podem juntar-se a um workshop. Abra-a no seu endereço https://; quem gere o servidor pode configurá-lo com a receita HTTPS do guia de administração.',
    hideForNow: 'Ocultar por agora',
  },
} as const;
