import { defineMessages } from '@/i18n/messages'
import type { CsvEncoding } from './encoding'
import type { CsvDelimiter } from './write'

export const csvMessages = defineMessages(
  {
    delimiterLabel: 'Séparateur de l’export',
    delimiterNames: {
      ';': 'point-virgule (;)',
      ',': 'virgule (,)',
      '\t': 'tabulation',
    } satisfies Record<CsvDelimiter, string>,
    encodingNames: {
      'utf-8-bom': 'UTF-8 avec BOM',
      'utf-8': 'UTF-8 sans BOM',
      'windows-1252': 'Windows-1252 (ANSI)',
    } satisfies Record<CsvEncoding, string>,
    fileRead: (delimiter: string, encoding: string) =>
      `Fichier lu : séparateur ${delimiter}, encodage ${encoding}.`,
  },
  () => import('./messages.en'),
)
