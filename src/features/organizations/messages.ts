import { defineMessages } from '@/i18n/messages'
import { enNumber, frNumber } from '@/i18n/numbers'

export const organizationMessages = defineMessages({
  fr: {
    pickerTitle: 'Choisir une organisation',
    pickerIntro: (host: string) =>
      `Vos organisations sur ${host}. La console retiendra votre choix pour vos prochaines visites.`,
    roleLabel: 'Votre rôle :',
    roles: {
      admin: 'Administrateur',
      editor: 'Éditeur',
      partial_editor: 'Éditeur partiel',
      member: 'Membre',
    },
    roleHints: {
      admin: 'Tous les droits, y compris les membres',
      editor: 'Peut créer et modifier tous les contenus',
      partial_editor: 'Ne modifie que les contenus qui lui sont attribués',
      member: 'Droits limités',
    },
    roleLoading: 'Rôle en cours de chargement…',
    datasetsCount: (n: number) =>
      `${frNumber(n)} jeu${n > 1 ? 'x' : ''} de données public${n > 1 ? 's' : ''}`,
    lastUsed: 'Dernière utilisée',
    open: (name: string) => `Ouvrir ${name}`,
    noOrgTitle: 'Vous n’êtes membre d’aucune organisation',
    noOrgIntro: (host: string) =>
      `Sur ${host}, les jeux de données et les réutilisations sont publiés au nom d’une organisation : un ministère, une collectivité, un établissement, une entreprise ou une association. Cette console sert à gérer les contenus d’une organisation ; il vous faut donc en rejoindre une, ou en créer une.`,
    noOrgJoinTitle: 'Rejoindre une organisation existante',
    noOrgJoin:
      'Trouvez votre organisation sur le portail et demandez à en devenir membre depuis sa page ; un de ses administrateurs validera votre demande. Vous pouvez aussi demander à un administrateur de vous inviter.',
    noOrgFind: 'Chercher une organisation',
    noOrgCreateTitle: 'Créer une organisation',
    noOrgCreate:
      'Si votre structure n’existe pas encore sur le portail, créez-la : vous en serez administrateur.',
    noOrgCreateLink: 'Créer une organisation',
    noOrgAfter:
      'Une fois membre, revenez ici et actualisez la page : votre organisation apparaîtra.',
    refresh: 'Actualiser',
    newWindow: 'nouvelle fenêtre',
    homeTitle: (name: string) => `Accueil — ${name}`,
    datasetsTitle: 'Jeux de données',
    statuses: {
      public: 'Publics',
      draft: 'Brouillons',
      archived: 'Archivés',
      deleted: 'Supprimés',
    },
    statusHints: {
      public: 'Visibles de tous',
      draft: 'Privés, visibles des seuls membres',
      archived: 'Hors des recherches, toujours accessibles',
      deleted: 'Dans la corbeille, restaurables un temps',
    },
    seeAll: 'Voir tous les jeux de données',
    newDataset: 'Publier un jeu de données',
    otherTitle: 'Réutilisations et discussions',
    reuses: 'Réutilisations de l’organisation',
    openDiscussions: 'Discussions ouvertes',
    countError: 'indisponible',
    countLoading: 'chargement…',
    reviewTitle: 'À examiner',
    changeOrganization: 'Changer d’organisation',
    notMember:
      'Vous n’êtes pas membre de cette organisation : vous ne voyez que ses contenus publics et ne pouvez rien modifier.',
    orgNotFoundTitle: 'Organisation introuvable',
    orgNotFound: 'Cette organisation n’existe pas ou n’est plus accessible.',
    backToPicker: 'Choisir une autre organisation',
  },
  en: {
    pickerTitle: 'Choose an organization',
    pickerIntro: (host: string) =>
      `Your organizations on ${host}. The console will remember your choice for your next visits.`,
    roleLabel: 'Your role:',
    roles: {
      admin: 'Administrator',
      editor: 'Editor',
      partial_editor: 'Partial editor',
      member: 'Member',
    },
    roleHints: {
      admin: 'Every right, members included',
      editor: 'Can create and edit all content',
      partial_editor: 'Only edits the content assigned to them',
      member: 'Limited rights',
    },
    roleLoading: 'Loading role…',
    datasetsCount: (n: number) => `${enNumber(n)} public dataset${n > 1 ? 's' : ''}`,
    lastUsed: 'Last used',
    open: (name: string) => `Open ${name}`,
    noOrgTitle: 'You are not a member of any organization',
    noOrgIntro: (host: string) =>
      `On ${host}, datasets and reuses are published on behalf of an organization: a ministry, a local authority, a public body, a company or an association. This console manages an organization’s content, so you need to join one, or create one.`,
    noOrgJoinTitle: 'Join an existing organization',
    noOrgJoin:
      'Find your organization on the instance and ask to become a member from its page; one of its administrators will accept your request. You can also ask an administrator to invite you.',
    noOrgFind: 'Find an organization',
    noOrgCreateTitle: 'Create an organization',
    noOrgCreate:
      'If your organization is not on the instance yet, create it: you will be its administrator.',
    noOrgCreateLink: 'Create an organization',
    noOrgAfter:
      'Once you are a member, come back and refresh this page: your organization will show.',
    refresh: 'Refresh',
    newWindow: 'new window',
    homeTitle: (name: string) => `Home — ${name}`,
    datasetsTitle: 'Datasets',
    statuses: {
      public: 'Public',
      draft: 'Drafts',
      archived: 'Archived',
      deleted: 'Deleted',
    },
    statusHints: {
      public: 'Visible to everyone',
      draft: 'Private, visible to members only',
      archived: 'Out of search results, still reachable',
      deleted: 'In the bin, restorable for a while',
    },
    seeAll: 'See all datasets',
    newDataset: 'Publish a dataset',
    otherTitle: 'Reuses and discussions',
    reuses: 'Organization’s reuses',
    openDiscussions: 'Open discussions',
    countError: 'unavailable',
    countLoading: 'loading…',
    reviewTitle: 'To review',
    changeOrganization: 'Change organization',
    notMember:
      'You are not a member of this organization: you only see its public content and cannot change anything.',
    orgNotFoundTitle: 'Organization not found',
    orgNotFound: 'This organization does not exist or is no longer accessible.',
    backToPicker: 'Choose another organization',
  },
})
