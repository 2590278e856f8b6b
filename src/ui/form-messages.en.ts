export default {
  saving: 'Saving…',
  unsavedChanges: 'Unsaved changes',
  leaveTitle: 'Unsaved changes: leave without saving?',
  leaveBody: 'Your changes will be lost.',
  leave: 'Leave the page',
  stay: 'Stay',
  preview: 'Preview',
  emptyPreview: 'The description’s preview will show here.',
  fieldTags: 'Tags',
  fieldTagsHint:
    'Separate them with commas. They are saved in lower case, without accents, 3 to 96 characters long.',
  addTag: 'Add',
  removeTag: (tag: string) => `Remove tag ${tag}`,
  tagsNormalised: (tags: string) => `Will be saved as: ${tags}`,
  tagTooShort: (tag: string) => `“${tag}” is too short or too long (3 to 96 characters).`,
}
