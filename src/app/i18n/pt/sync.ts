/** Portuguese: sync status and errors, shown from the first screen on. */
export const sync = {
  sync: {
    now: 'Sincronizar agora',
    syncing: 'A sincronizar…',
    progress: '{{ done }} de {{ total }} alterações enviadas',
    never: 'Ainda não sincronizado',
    done: 'Todas as alterações estão sincronizadas.',
    last: 'Última sincronização: {{ when }}',
    justNow: 'agora mesmo',
    errors: {
      offline: 'Sem ligação ao servidor. As suas alterações estão seguras neste dispositivo e serão enviadas quando a ligação voltar.',
      unauthorized: 'O servidor não aceitou a chave de acesso deste dispositivo: pode ter sido revogada. Peça uma nova ao/à administrador/a ou ao/à facilitador/a e introduza-a em «Definições».',
      protocol_outdated: 'Esta versão da aplicação é demasiado antiga para o servidor. Recarregue a aplicação para a atualizar.',
      server_error: 'O servidor teve um problema. As suas alterações estão seguras neste dispositivo; a sincronização vai tentar de novo.',
      rate_limited: 'O servidor pediu a este dispositivo que abrandasse. As suas alterações estão seguras; a sincronização vai tentar de novo dentro de pouco tempo.',
      server_busy: 'O servidor está ocupado. As suas alterações estão seguras; a sincronização vai tentar de novo dentro de momentos.',
      cofacilitator_removed: {
        one: 'Este dispositivo já não facilita um workshop: o proprietário retirou-o. {{ count }} alteração não foi enviada; fica aqui. Guarde-a num ficheiro nas Definições para o proprietário, ou peça-lhe que o acrescente de novo.',
        other:
          'Este dispositivo já não facilita um workshop: o proprietário retirou-o. {{ count }} alterações não foram enviadas; ficam aqui. Guarde-as num ficheiro nas Definições para o proprietário, ou peça-lhe que o acrescente de novo.',
      },
      rejected: {
        zero: 'O servidor recusou {{ count }} alterações. Continuam guardadas neste dispositivo; fale com o/a facilitador/a.',
        one: 'O servidor recusou {{ count }} alteração. Continua guardada neste dispositivo; fale com o/a facilitador/a.',
        other: 'O servidor recusou {{ count }} alterações. Continuam guardadas neste dispositivo; fale com o/a facilitador/a.',
      },
      no_key: 'A sincronização está desligada neste dispositivo: adicione uma chave de acesso em «Definições».',
      key_revoked: 'Esta chave de acesso foi revogada pelo/a administrador/a do servidor. As suas alterações estão seguras neste dispositivo: peça uma chave nova e introduza-a em «Definições».',
      invitation_retired: 'Este convite já não funciona: peça o novo código QR ao/à facilitador/a. Até lá, as suas respostas estão seguras neste telemóvel.',
      device_unproven:
        'O servidor não conseguiu confirmar a identidade deste dispositivo. As suas alterações estão seguras nele: recarregue a aplicação para a atualizar e depois toque em «Sincronizar agora».',
      request_timeout:
        'A ligação estava demasiado lenta e o servidor deixou de esperar. As suas alterações estão seguras; a sincronização tenta de novo dentro de segundos, ou toque em «Sincronizar agora».',
      insecure_origin:
        'Este dispositivo não consegue provar quem é neste endereço. Abra a aplicação por https (peça o endereço ao seu administrador); entretanto, as suas alterações estão seguras aqui.',
    },
    openSettings: 'Abrir «Definições»',
    seeRefused: 'Ver as alterações recusadas e porquê',
  },
} as const;
