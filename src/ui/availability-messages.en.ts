export default {
  available: 'Available',
  unavailable: 'Unavailable',
  unknown: 'Not checked',
  checkedAt: (date: string, status: string) =>
    `Checked on ${date}${status ? ` (HTTP ${status})` : ''}`,
}
