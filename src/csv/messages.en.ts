export default {
  delimiterLabel: 'Export delimiter',
  delimiterNames: { ';': 'semicolon (;)', ',': 'comma (,)', '\t': 'tab' },
  encodingNames: {
    'utf-8-bom': 'UTF-8 with BOM',
    'utf-8': 'UTF-8 without BOM',
    'windows-1252': 'Windows-1252 (ANSI)',
  },
  fileRead: (delimiter: string, encoding: string) =>
    `File read: ${delimiter} delimiter, ${encoding} encoding.`,
}
