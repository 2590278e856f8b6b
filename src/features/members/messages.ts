import { defineMessages } from '@/i18n/messages'

const frPlural = (n: number, one: string, many: string) => (n > 1 ? many : one)

const fr = {
  title: 'Membres',
  intro: 'Les personnes de l’organisation et leur rôle.',
  readOnlyNote:
    'Seuls les administrateurs de l’organisation peuvent inviter, changer les rôles ou retirer des membres : vous voyez la liste en lecture seule.',
  maskingHint:
    'udata ne montre les adresses e-mail qu’en partie (les deux premiers caractères) et la dernière connexion qu’aux membres de l’organisation ; ailleurs, seul le domaine apparaît.',
  tableCaption: 'Membres de l’organisation',
  columnName: 'Nom',
  columnRole: 'Rôle',
  columnSince: 'Membre depuis',
  columnEmail: 'E-mail',
  columnLastLogin: 'Dernière connexion',
  columnActions: 'Actions',
  unknown: 'Non communiqué',
  you: '(vous)',
  changeRole: 'Changer le rôle',
  changeRoleOf: (name: string) => `Changer le rôle de ${name}`,
  remove: 'Retirer',
  removeOf: (name: string) => `Retirer ${name}`,
  lastAdmin: 'Dernier administrateur',
  lastAdminHint:
    'L’organisation doit garder au moins un administrateur : nommez-en un autre avant de retirer ou de changer le rôle de celui-ci.',
  roleDialogTitle: (name: string) => `Rôle de ${name}`,
  roleLegend: 'Nouveau rôle',
  roleSave: 'Enregistrer le rôle',
  wipeWarning: (n: number) =>
    `Quitter le rôle d’éditeur partiel supprime ses ${n} attribution${frPlural(n, '', 's')} : elles ne reviendront pas si vous lui redonnez ce rôle.`,
  startEmptyWarning:
    'En devenant éditeur partiel, la personne perd tout droit de modification : elle ne pourra modifier que les objets que vous lui attribuerez ensuite.',
  roleChanged: (name: string, role: string) => `${name} est maintenant ${role}.`,
  removeTitle: (name: string) => `Retirer ${name} de l’organisation ?`,
  removeBody:
    'La personne perd l’accès aux contenus privés de l’organisation et ses droits de modification ; ses attributions d’éditeur partiel sont supprimées. Elle pourra être invitée de nouveau.',
  removeConfirm: 'Retirer de l’organisation',
  removed: (name: string) => `${name} a été retiré·e de l’organisation.`,
  // invitations
  inviteTitle: 'Inviter une personne',
  inviteIntro:
    'La personne reçoit une invitation qu’elle accepte elle-même depuis son compte ; l’organisation ne peut pas l’accepter à sa place.',
  inviteWho: 'Qui inviter',
  inviteByUser: 'Une personne qui a un compte',
  inviteByEmail: 'Une adresse e-mail',
  inviteEmailHint:
    'Si un compte utilise déjà cette adresse, l’invitation lui est adressée ; sinon elle l’attendra à la création du compte.',
  userSearch: 'Rechercher une personne',
  userSearchHint: 'Au moins 2 caractères du prénom ou du nom',
  userNoResult: 'Aucune personne trouvée.',
  userChosen: (name: string) => `Personne choisie : ${name}`,
  userClear: 'Choisir une autre personne',
  pickUser: (name: string) => `Choisir ${name}`,
  fieldEmail: 'Adresse e-mail',
  fieldRole: 'Rôle',
  fieldComment: 'Message pour la personne (facultatif)',
  inviteSubmit: 'Envoyer l’invitation',
  invited: 'Invitation envoyée.',
  required: 'Ce champ est obligatoire.',
  emailInvalid: 'Adresse e-mail invalide.',
  userRequired: 'Choisissez une personne.',
  inviteRefused: 'L’invitation n’a pas été envoyée',
  inviteFailed: 'L’invitation n’a pas pu être envoyée',
  // assignments
  assignmentsLegend: 'Objets attribués',
  assignmentsHint:
    'Un éditeur partiel ne peut modifier que ces jeux de données et réutilisations de l’organisation (il voit aussi les autres, sans pouvoir les modifier).',
  assignmentSearch: 'Rechercher un jeu de données ou une réutilisation de l’organisation',
  assignmentSearchHint: 'Au moins 2 caractères du titre',
  assignedCount: (n: number) => `${n} objet${frPlural(n, '', 's')} attribué${frPlural(n, '', 's')}`,
  noAssignment: 'Aucun objet attribué.',
  noObjectFound: 'Aucun objet trouvé dans l’organisation.',
  addObject: (title: string) => `Attribuer ${title}`,
  removeObject: (title: string) => `Retirer l’attribution de ${title}`,
  groupDatasets: 'Jeux de données',
  groupReuses: 'Réutilisations',
  assignmentsTitle: 'Attributions des éditeurs partiels',
  assignmentsIntro:
    'La liste est enregistrée en entier : ce que vous retirez ici n’est plus modifiable par la personne.',
  noPartialEditor: 'Aucun éditeur partiel dans l’organisation.',
  editAssignments: (name: string) => `Modifier les attributions de ${name}`,
  saveAssignments: 'Enregistrer les attributions',
  cancel: 'Annuler',
  assignmentsSaved: (name: string) => `Attributions de ${name} enregistrées.`,
  untitled: (cls: string, id: string) => `${cls} ${id}`,
  classLabels: { Dataset: 'Jeu de données', Reuse: 'Réutilisation', Dataservice: 'API' },
  // pending
  requestsTitle: 'Demandes d’adhésion',
  requestsIntro:
    'Accepter une demande en fait un éditeur : udata donne toujours ce rôle, que vous pourrez changer ensuite.',
  noRequest: 'Aucune demande en attente.',
  requestsCaption: 'Demandes d’adhésion en attente',
  columnPerson: 'Personne',
  columnMessage: 'Message',
  columnDate: 'Date',
  accept: 'Accepter',
  acceptOf: (name: string) => `Accepter la demande de ${name}`,
  acceptTitle: (name: string) => `Accepter ${name} dans l’organisation ?`,
  acceptBody:
    'La personne devient éditeur : elle pourra créer et modifier tous les contenus de l’organisation. Vous pourrez changer son rôle ensuite.',
  acceptConfirm: 'Accepter comme éditeur',
  accepted: (name: string) => `${name} est maintenant éditeur de l’organisation.`,
  refuse: 'Refuser',
  refuseOf: (name: string) => `Refuser la demande de ${name}`,
  refuseTitle: (name: string) => `Refuser la demande de ${name} ?`,
  refuseComment: 'Motif du refus (obligatoire)',
  refuseCommentHint: 'Il est transmis à la personne.',
  refuseConfirm: 'Refuser la demande',
  refused: (name: string) => `Demande de ${name} refusée.`,
  invitationsTitle: 'Invitations en attente',
  noInvitation: 'Aucune invitation en attente.',
  invitationsCaption: 'Invitations en attente de réponse',
  cancelInvitation: 'Annuler l’invitation',
  cancelInvitationOf: (who: string) => `Annuler l’invitation de ${who}`,
  cancelTitle: (who: string) => `Annuler l’invitation de ${who} ?`,
  cancelBody: 'La personne ne pourra plus l’accepter. Vous pourrez l’inviter de nouveau.',
  keepInvitation: 'Garder l’invitation',
  canceled: 'Invitation annulée.',
  emailOnly: (email: string) => `${email} (pas encore de compte)`,
  // invitee
  myInvitationsTitle: 'Vos invitations',
  myInvitationsIntro: 'Des organisations vous invitent à les rejoindre.',
  invitedAs: (role: string) => `Rôle proposé : ${role}`,
  invitedAssignments: (n: number) =>
    `Vous pourrez modifier ${n} objet${frPlural(n, '', 's')} de l’organisation.`,
  acceptInvitation: 'Accepter l’invitation',
  acceptInvitationOf: (name: string) => `Accepter l’invitation de ${name}`,
  refuseInvitation: 'Refuser',
  refuseInvitationOf: (name: string) => `Refuser l’invitation de ${name}`,
  invitationAccepted: (name: string) => `Vous êtes maintenant membre de ${name}.`,
  invitationRefused: (name: string) => `Invitation de ${name} refusée.`,
}

/** The shape the English catalogue (./messages.en.ts) must match. */
export type Messages = typeof fr

export const memberMessages = defineMessages(fr, () => import('./messages.en'))
