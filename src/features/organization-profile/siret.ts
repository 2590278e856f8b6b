/**
 * udata's SIRET check (`ORG_BID_FORMAT = "siret"`, udata-api-admin.md §2), in its order:
 * 14 characters, digits only, Luhn on the SIREN (first 9); La Poste's number is whitelisted.
 * Spaces are stripped first, as data.gouv.fr's own admin does.
 */
export type SiretProblem = 'length' | 'digits' | 'checksum'

const laPoste = '35600000000048'

export function normalizeSiret(value: string): string {
  return value.replace(/\s+/g, '')
}

function luhn(digits: string): boolean {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i])
    if (i % 2 === 1) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
  }
  return sum % 10 === 0
}

/** null when valid or empty (the field is optional). */
export function siretProblem(raw: string): SiretProblem | null {
  const value = normalizeSiret(raw)
  if (value === '' || value === laPoste) return null
  if (value.length !== 14) return 'length'
  if (!/^\d+$/.test(value)) return 'digits'
  return luhn(value.slice(0, 9)) ? null : 'checksum'
}
