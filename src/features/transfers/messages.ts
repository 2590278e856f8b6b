import { defineMessages } from '@/i18n/messages'

export const transferMessages = defineMessages(
  {
    title: 'Transferts',
    intro:
      'Un transfert change le propriétaire d’un jeu de données, d’une API ou d’une réutilisation. Les administrateurs de l’organisation qui le reçoit l’acceptent ou le refusent.',
    incoming: 'Transferts reçus en attente',
    incomingNone: 'Aucun transfert en attente pour cette organisation.',
    history: 'Transferts reçus déjà traités',
    historyNone: 'Aucun transfert reçu n’a encore été traité.',
    outgoing: 'Transferts proposés',
    outgoingNote:
      'udata ne liste pas les transferts proposés par une organisation : un transfert proposé apparaît sur la page du jeu de données ou de la réutilisation concernée, où vous l’avez demandé.',
    subjectKind: { Dataset: 'Jeu de données', Reuse: 'Réutilisation', Dataservice: 'API' },
    subjectGone: 'Objet supprimé',
    columnSubject: 'Objet',
    columnFrom: 'De',
    columnBy: 'Demandé par',
    columnComment: 'Message',
    columnDate: 'Date',
    columnStatus: 'Statut',
    columnActions: 'Actions',
    noComment: '—',
    status: { pending: 'En attente', accepted: 'Accepté', refused: 'Refusé' },
    accept: 'Accepter',
    refuse: 'Refuser',
    acceptLabel: (title: string) => `Accepter le transfert de « ${title} »`,
    refuseLabel: (title: string) => `Refuser le transfert de « ${title} »`,
    acceptTitle: 'Accepter le transfert ?',
    refuseTitle: 'Refuser le transfert ?',
    acceptBody: (title: string, from: string) =>
      `« ${title} » appartiendra à votre organisation et ne sera plus géré par ${from}. Les affectations des éditeurs partiels sur cet objet sont retirées.`,
    refuseBody: (title: string, from: string) =>
      `« ${title} » reste à ${from}. Vous pouvez expliquer votre refus.`,
    responseComment: 'Commentaire (facultatif)',
    accepted: (title: string) =>
      `Transfert accepté : « ${title} » appartient à votre organisation.`,
    refused: 'Transfert refusé.',
    openSubject: (title: string) => `Ouvrir « ${title} »`,
    adminsOnly: 'Seuls les administrateurs de l’organisation peuvent répondre aux transferts.',
    // the dialog and the lifecycle action
    propose: 'Transférer',
    proposeTitle: (title: string) => `Transférer « ${title} »`,
    proposeBody:
      'Choisissez l’organisation qui recevra cet objet. Ses administrateurs devront accepter le transfert ; d’ici là, rien ne change.',
    searchOrganization: 'Organisation destinataire',
    searchHint: 'Tapez au moins deux lettres du nom ou du sigle.',
    results: 'Organisations trouvées',
    searching: 'Recherche…',
    noOrganization: 'Aucune organisation ne correspond.',
    chooseOrganization: 'Choisissez une organisation dans la liste.',
    comment: 'Message aux administrateurs destinataires',
    commentRequired: 'Expliquez la raison du transfert.',
    send: 'Proposer le transfert',
    sent: (to: string) => `Transfert proposé à ${to}. Il attend leur réponse.`,
    pendingTo: (to: string) => `Transfert proposé à ${to}, en attente de réponse.`,
  },
  () => import('./messages.en'),
)
