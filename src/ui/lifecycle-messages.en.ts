export default {
  actions: 'Actions',
  publish: 'Publish',
  unpublish: 'Back to draft',
  archive: 'Archive',
  unarchive: 'Unarchive',
  delete: 'Delete',
  restore: 'Restore',
  cancel: 'Cancel',
  saveFirst: 'Save or discard your changes before this action.',
}
