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
      'Num iPad ou iPhone, os seus dados ficam mais seguros com a aplicação no ecrã principal: o Safari pode apagar os dados de um site após algumas semanas sem uso. Toque em Partilhar e depois em «Adicionar ao ecrã principal».',
    gotIt: 'Entendido',
    plainHttpTitle: 'Este endereço não é seguro (http simples)',
    cannotStart: 'A aplicação não consegue arrancar neste endereço.',
    plainHttp:
      'Em http simples, a aplicação não funciona sem ligação nem pode ser instalada, e os telemóveis não podem juntar-se a um workshop. Abra-a no seu endereço https://; quem gere o servidor pode configurá-lo com a receita HTTPS do guia de administração.',
    hideForNow: 'Ocultar por agora',
  },
} as const;
