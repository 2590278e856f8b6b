import { enNumber, enPlural } from '@/i18n/numbers'

export default {
  title: 'Community resources',
  intro:
    'Files others (users, associations, organizations) added to the organization’s datasets. They belong to their publisher: you can read them, mark them reviewed and discuss them.',
  findingDatasets: (read: number, pages: number | null) =>
    pages === null
      ? 'Looking for the datasets that have community resources…'
      : `Looking for the datasets that have community resources… (page ${read} of ${pages})`,
  failedDatasets: (n: number) =>
    `The community resources of ${enPlural(n, 'dataset', 'datasets')} could not be read.`,
  filter: 'Filter',
  onlyUnreviewed: 'Unreviewed only',
  dataset: 'Dataset',
  allDatasets: 'All',
  count: (n: number) => enPlural(n, 'community resource', 'community resources'),
  unreviewedCount: (n: number) => `${enNumber(n)} unreviewed`,
  none: 'Nobody has added a resource to the organization’s datasets yet.',
  noneFiltered: 'No resource matches these criteria.',
  caption: 'Community resources of the organization’s datasets',
  colTitle: 'Title',
  colPublisher: 'Published by',
  colDataset: 'Dataset',
  colFormat: 'Format and size',
  colCreated: 'Added on',
  colAvailability: 'Availability',
  colReviewed: 'Reviewed',
  reviewed: 'Reviewed',
  unreviewed: 'Unreviewed',
  markReviewed: 'Mark as reviewed',
  markUnreviewed: 'Mark as unreviewed',
  unknownPublisher: 'Unknown publisher',
  showMore: (n: number) => `Show ${enNumber(n)} more`,
  openFile: 'Open the file',
  newTab: '(new tab)',
  publishedBy: 'Published by',
  addedOn: (date: string) => `Added on ${date}`,
  onDataset: 'Dataset',
  format: 'Format',
  size: 'Size',
  availability: 'Availability (checked by Hydra)',
  description: 'Description',
  noDescription: 'No description.',
  whyReadOnlyTitle: 'Why you cannot edit it',
  whyReadOnly:
    'A community resource belongs to whoever published it, not to the organization producing the dataset: udata refuses (403) to let the organization edit, delete or hide it.',
  editable:
    'You may edit this resource (you published it, or you administer the platform): do it on the portal.',
  reportTitle: 'Report a problem',
  reportNotPossible:
    'udata does not let anyone report a community resource. To warn its publisher and other users (wrong, misleading, outdated file…), start a discussion on the dataset: it is public, and the publisher can answer it.',
  discussionTitle: (title: string) => `About the community resource “${title}”`,
  discussionBody: (title: string, url: string) =>
    `The community resource “${title}” (${url}) added to this dataset has a problem: `,
  backToList: 'Community resources',
  tabTitle: 'Community resources',
  tabNone: 'Nobody has added a resource to this dataset.',
  ownResource: 'Published by the organization',
}
