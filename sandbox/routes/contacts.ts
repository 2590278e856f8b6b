// /api/1/contacts/: udata's contact points (udata/core/contact_point/*, udata-api-admin.md §6.3).
// Writes go through api-fields patch() and the model's clean(), so errors have the FVE shape.
import { requireUser } from '../auth.ts'
import type { Ctx } from '../context.ts'
import * as http from '../http.ts'
import { param } from '../lookup.ts'
import { CONTACT_ROLE_IDS } from '../reference.ts'
import { urlError } from '../resource-form.ts'
import type { Router } from '../router.ts'
import { contactPoint } from '../serialize.ts'
import type { ContactPointDoc, State } from '../types.ts'
import { hasOwn } from '../util.ts'

const DUPLICATE = 'An existing contact point already exists with these informations.'
const NEEDS_CHANNEL = 'At least an email or a contact form is required for a contact point'

function fve(
  errors: Record<string, string>,
  message = Object.values(errors)[0] ?? '',
): http.HttpError {
  return new http.HttpError(http.json({ errors, message }, 400))
}

/** Admins and editors of the owning organization (or the owning user) may edit (Ownable). */
function assertCanEdit(ctx: Ctx, c: Pick<ContactPointDoc, 'organization' | 'owner'>): void {
  const user = requireUser(ctx.user)
  if (user.roles.includes('admin')) return
  if (c.owner !== null && c.owner === user.id) return
  const role = c.organization ? ctx.db.memberRole(c.organization, user.id) : null
  if (role !== 'admin' && role !== 'editor') throw http.forbidden()
}

type Fields = Pick<ContactPointDoc, 'name' | 'email' | 'contact_form' | 'role'>

/** patch(): only the keys present are applied; blank strings count as missing values. */
function patched(body: Record<string, unknown>, into: Fields): Fields {
  const out = { ...into }
  const text = (key: keyof Fields) => {
    if (!hasOwn(body, key)) return
    const value = body[key]
    ;(out as Record<string, string | null>)[key] =
      typeof value === 'string' && value.trim() !== '' ? value.trim() : null
  }
  text('name')
  text('email')
  text('contact_form')
  text('role')
  return out
}

function validate(fields: Fields): void {
  const errors: Record<string, string> = {}
  if (!fields.name) errors.name = 'Field is required'
  else if (fields.name.length > 255) errors.name = 'String value is too long'
  else if (/https?:\/\/|www\./i.test(fields.name)) errors.name = 'URLs not allowed in this field'
  if (!fields.role) errors.role = 'Field is required'
  else if (!CONTACT_ROLE_IDS.includes(fields.role))
    errors.role = `'${fields.role}' is not a valid choice. Valid choices: [${CONTACT_ROLE_IDS.map((r) => `'${r}'`).join(', ')}]`
  if (fields.email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(fields.email))
    errors.email = 'Invalid email address'
  if (fields.contact_form) {
    const error = urlError(fields.contact_form)
    if (error) errors.contact_form = error
  }
  if (Object.keys(errors).length > 0) throw fve(errors)
  if (fields.role === 'contact' && !fields.email && !fields.contact_form)
    throw fve({}, NEEDS_CHANNEL)
}

function identical(ctx: Ctx, c: Omit<ContactPointDoc, 'id'>, except: string | null) {
  return ctx.db.state.contacts.find(
    (other) =>
      other.id !== except &&
      other.name === c.name &&
      other.email === c.email &&
      other.contact_form === c.contact_form &&
      other.role === c.role &&
      other.organization === c.organization &&
      other.owner === c.owner,
  )
}

/**
 * `reverse_delete_rule=PULL`: a deleted contact point leaves every object that lists it. Any
 * collection of the state whose items carry `contact_points` (datasets, dataservices…) is
 * covered, so a new kind of object needs no change here.
 */
function pullContactPoint(state: State, id: string): void {
  for (const collection of Object.values(state)) {
    if (!Array.isArray(collection)) continue
    for (const item of collection as unknown[]) {
      const holder = item as { contact_points?: unknown }
      if (Array.isArray(holder.contact_points) && holder.contact_points.includes(id))
        holder.contact_points = holder.contact_points.filter((other) => other !== id)
    }
  }
}

function found(ctx: Ctx): ContactPointDoc {
  const c = ctx.db.contactsById.get(param(ctx, 'contact'))
  if (!c) throw http.notFound()
  return c
}

export function registerContactRoutes(router: Router): void {
  router.post('/api/1/contacts/', async (ctx) => {
    const user = requireUser(ctx.user)
    const body = await http.readJsonObject(ctx.request, 'restx', ctx.maxJsonBytes)
    const orgId = typeof body.organization === 'string' ? body.organization : null
    if (orgId !== null && !ctx.db.orgsById.has(orgId))
      throw fve({ organization: `Unknown reference '${orgId}'` })
    const owner = { organization: orgId, owner: orgId ? null : user.id }
    assertCanEdit(ctx, owner)
    const fields = patched(body, { name: '', email: null, contact_form: null, role: '' })
    validate(fields)
    const candidate = { ...fields, ...owner }
    const existing = identical(ctx, candidate, null)
    if (existing) return http.json(contactPoint(ctx, existing), 200)
    const doc: ContactPointDoc = { id: ctx.db.newObjectId(), ...candidate }
    ctx.db.state.contacts.push(doc)
    ctx.db.contactsById.set(doc.id, doc)
    ctx.changed()
    return http.json(contactPoint(ctx, doc), 201)
  })

  router.get('/api/1/contacts/:contact/', (ctx) => http.json(contactPoint(ctx, found(ctx))))

  router.put('/api/1/contacts/:contact/', async (ctx) => {
    const c = found(ctx)
    assertCanEdit(ctx, c)
    const body = await http.readJsonObject(ctx.request, 'restx', ctx.maxJsonBytes)
    const fields = patched(body, c)
    validate(fields)
    if (identical(ctx, { ...c, ...fields }, c.id)) throw fve({ name: DUPLICATE })
    Object.assign(c, fields)
    ctx.changed()
    return http.json(contactPoint(ctx, c))
  })

  router.delete('/api/1/contacts/:contact/', (ctx) => {
    const c = found(ctx)
    assertCanEdit(ctx, c)
    ctx.db.state.contacts = ctx.db.state.contacts.filter((other) => other.id !== c.id)
    ctx.db.contactsById.delete(c.id)
    pullContactPoint(ctx.db.state, c.id)
    ctx.changed()
    return http.noContent()
  })
}
