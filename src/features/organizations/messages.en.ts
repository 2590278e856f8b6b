import { enNumber } from '@/i18n/numbers'

export default {
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
}
