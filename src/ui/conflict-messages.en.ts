import type { Messages } from './conflict-messages'

export default {
  tableCaption: 'Changed fields: value when opened, on the server, and yours',
  field: 'Field',
  loaded: 'When opened',
  server: 'On the server now',
  mine: 'Your value',
  actions: 'Actions',
  keep: 'Keep mine',
  take: 'Take the server’s',
  choice: (field: string) => `Value to keep for ${field}`,
  save: 'Save with these choices',
  keepAllMine: 'Keep my values and save',
  takeAllServer: 'Take the server’s values',
  cancel: 'Back to the form',
  reload: 'Drop my changes and reload',
} satisfies Messages
