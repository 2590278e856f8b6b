import { defineMessages } from '@/i18n/messages'

export const authMessages = defineMessages(
  {
    pageTitle: 'Connexion',
    title: 'Se connecter à un portail udata',
    intro:
      'La console agit en votre nom sur un portail de données ouvertes propulsé par udata, avec votre clé d’API. La clé reste dans cet onglet seulement : elle est oubliée à sa fermeture.',
    instanceLegend: 'Portail',
    instanceHint: 'Où sont publiées les données de votre organisation.',
    instanceWww: 'data.gouv.fr',
    instanceWwwHint: 'www.data.gouv.fr, la plateforme nationale',
    instanceDemo: 'demo.data.gouv.fr',
    instanceDemoHint: 'Instance de test : comptes et clés distincts de data.gouv.fr',
    instanceSandbox: 'Sandbox local',
    instanceSandboxHint: (origin: string) => `Faux portail de développement (${origin})`,
    instanceOther: 'Un autre portail udata',
    instanceOtherHint: 'Par exemple data.public.lu',
    instancesLoading: 'Chargement des portails proposés…',
    configInvalid: (where: string) =>
      `Le fichier config.json de ce déploiement est invalide (${where}) : les portails proposés par défaut sont affichés. Vous pouvez aussi saisir l’adresse de tout portail udata.`,
    customUrlLabel: 'Adresse du portail',
    customUrlHint: 'L’adresse de son site, par exemple https://data.public.lu',
    customUrlRequired: 'Indiquez l’adresse du portail.',
    customUrlInvalid: 'Cette adresse n’est pas valide. Exemple : https://data.public.lu',
    notUdata: (host: string) =>
      `${host} ne répond pas comme un portail udata : son API est introuvable à l’adresse /api/1/.`,
    unreachable: (host: string) =>
      `Impossible de joindre ${host}. Vérifiez l’adresse et votre connexion, puis réessayez.`,
    apiKeyLabel: 'Clé d’API',
    apiKeyHint: 'Collez la clé telle quelle ; elle n’est jamais affichée ni enregistrée ailleurs.',
    apiKeyRequired: 'Collez votre clé d’API.',
    show: 'Afficher',
    showKey: 'Afficher la clé',
    whereToFindKey: (host: string) =>
      `Créez une clé dans la section « Clé d’API » de votre profil sur ${host}`,
    newWindow: 'nouvelle fenêtre',
    sandboxKeys:
      'Les clés de démonstration du sandbox sont affichées par « npm start » (et listées à /_sandbox/accounts).',
    submit: 'Se connecter',
    submitting: 'Vérification de la clé…',
    invalidKey:
      'Cette clé d’API n’est pas reconnue par ce portail. Vérifiez que vous l’avez copiée en entier, et qu’elle vient bien de ce portail.',
    expiredKey: 'Cette clé d’API a expiré. Créez-en une nouvelle dans votre profil.',
    revokedKey: 'Cette clé d’API a été révoquée. Créez-en une nouvelle dans votre profil.',
    inactiveUser: 'Le compte lié à cette clé est désactivé.',
    unexpected: (message: string) => `Le portail a répondu par une erreur : ${message}`,
    errorSummary: 'La connexion a échoué',
    expiredNotice: 'Votre clé a expiré ou a été révoquée',
    expiredNoticeText:
      'Reconnectez-vous avec une clé valide : vous reviendrez à la page où vous étiez.',
    signedOutNotice: 'Vous êtes déconnecté',
    signedOutNoticeText: 'La clé d’API a été effacée de cet onglet.',
    deepLinkNotice: 'Connectez-vous pour ouvrir la page demandée.',
    alreadyConnected: (host: string) => `Vous êtes déjà connecté à ${host}.`,
    backToConsole: 'Revenir à la console',
    reconnectTitle: 'Votre session a expiré',
    reconnectIntro: (host: string) =>
      `${host} n’accepte plus la clé d’API de cet onglet (elle a expiré ou a été révoquée). Rien n’est perdu : la page reste ouverte avec vos saisies, et les modifications en masse et les envois de fichiers en cours sont en pause.`,
    reconnectHow:
      'Collez une nouvelle clé du même compte pour reprendre là où vous en étiez. Les lectures en attente reprennent seules ; un enregistrement refusé se relance avec son bouton.',
    reconnectKeyLabel: 'Nouvelle clé d’API',
    reconnectSubmit: 'Reprendre avec cette clé',
    reconnectSignOut: 'Se déconnecter',
    otherAccount: (name: string) =>
      `Cette clé appartient à un autre compte (${name}). Collez une clé de votre compte, ou déconnectez-vous pour changer de compte.`,
  },
  () => import('./messages.en'),
)
