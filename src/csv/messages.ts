import { defineMessages } from '@/i18n/messages'
import type { CsvEncoding } from './encoding'
import type { CsvDelimiter } from './write'

const fr = {
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
}

/** The shape the English catalogue (./messages.en.ts) must match. */
export type Messages = typeof fr

export const csvMessages = defineMessages(fr, () => import('./messages.en'))
