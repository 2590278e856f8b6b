export default {
  pageTitle: 'Sign in',
  title: 'Connect to a udata instance',
  intro:
    'The console acts on your behalf on an open data portal powered by udata, with your API key. The key stays in this tab only: it is forgotten when you close it.',
  instanceLegend: 'Instance',
  instanceHint: 'Where your organization’s data is published.',
  instanceWww: 'data.gouv.fr',
  instanceWwwHint: 'www.data.gouv.fr, the French national platform',
  instanceDemo: 'demo.data.gouv.fr',
  instanceDemoHint: 'Test instance: accounts and keys separate from data.gouv.fr',
  instanceSandbox: 'Local sandbox',
  instanceSandboxHint: (origin: string) => `Fake development instance (${origin})`,
  instanceOther: 'Another udata instance',
  instanceOtherHint: 'For example data.public.lu',
  instancesLoading: 'Loading the instances on offer…',
  configInvalid: (where: string) =>
    `This deployment’s config.json is invalid (${where}): the default instances are shown. You can also type the address of any udata instance.`,
  customUrlLabel: 'Instance address',
  customUrlHint: 'Its website address, for example https://data.public.lu',
  customUrlRequired: 'Enter the instance address.',
  customUrlInvalid: 'This address is not valid. Example: https://data.public.lu',
  notUdata: (host: string) =>
    `${host} does not answer like a udata instance: no API was found at /api/1/.`,
  unreachable: (host: string) =>
    `${host} cannot be reached. Check the address and your connection, then try again.`,
  apiKeyLabel: 'API key',
  apiKeyHint: 'Paste the key as is; it is never displayed or stored anywhere else.',
  apiKeyRequired: 'Paste your API key.',
  show: 'Show',
  showKey: 'Show key',
  whereToFindKey: (host: string) =>
    `Create a key in the “API key” section of your profile on ${host}`,
  newWindow: 'new window',
  sandboxKeys:
    'The sandbox’s demo keys are printed by “npm start” (and listed at /_sandbox/accounts).',
  submit: 'Connect',
  submitting: 'Checking the key…',
  invalidKey:
    'This instance does not recognise this API key. Check that you copied all of it, and that it comes from this instance.',
  expiredKey: 'This API key has expired. Create a new one in your profile.',
  revokedKey: 'This API key has been revoked. Create a new one in your profile.',
  inactiveUser: 'The account behind this key is deactivated.',
  unexpected: (message: string) => `The instance answered with an error: ${message}`,
  errorSummary: 'Connection failed',
  expiredNotice: 'Your key expired or was revoked',
  expiredNoticeText: 'Reconnect with a valid key: you will be taken back to where you were.',
  signedOutNotice: 'You are signed out',
  signedOutNoticeText: 'The API key was erased from this tab.',
  deepLinkNotice: 'Connect to open the page you asked for.',
  alreadyConnected: (host: string) => `You are already connected to ${host}.`,
  backToConsole: 'Back to the console',
  reconnectTitle: 'Your session expired',
  reconnectIntro: (host: string) =>
    `${host} no longer accepts this tab’s API key (it expired or was revoked). Nothing is lost: the page stays open with what you typed, and running bulk edits and file uploads are paused.`,
  reconnectHow:
    'Paste a new key of the same account to carry on where you were. Waiting reads resume by themselves; a refused save is sent again with its button.',
  reconnectKeyLabel: 'New API key',
  reconnectSubmit: 'Resume with this key',
  reconnectSignOut: 'Sign out',
  otherAccount: (name: string) =>
    `This key belongs to another account (${name}). Paste a key of your account, or sign out to switch accounts.`,
}
