import type { PayloadRequest } from 'payload'

export type Role = 'admin' | 'publisher' | 'editor' | 'ls-reviewer'

export const roleOptions: { label: string; value: Role }[] = [
  { label: 'Administration', value: 'admin' },
  { label: 'Veröffentlichung', value: 'publisher' },
  { label: 'Redaktion', value: 'editor' },
  { label: 'Prüfung Leichte Sprache', value: 'ls-reviewer' },
]

type Ref = number | string | { id: number | string }

/** The subset of a user these rules look at. */
export interface RoleUser {
  id: number | string
  role?: Role | null
  departments?: Ref[] | null
  collection?: string
}

export function currentUser(req: PayloadRequest): RoleUser | null {
  const user = req.user as RoleUser | null | undefined
  return user && user.collection === 'users' ? user : null
}

export const isAdminUser = (user: RoleUser | null): boolean => user?.role === 'admin'

export const canPublish = (user: RoleUser | null): boolean => user?.role === 'admin' || user?.role === 'publisher'

export function refId(ref: Ref): number | string {
  return typeof ref === 'object' ? ref.id : ref
}

/** Ids of the departments a user belongs to. */
export function departmentIds(user: RoleUser | null): (number | string)[] {
  return (user?.departments ?? []).map(refId)
}

export function belongsTo(user: RoleUser | null, department: Ref | null | undefined): boolean {
  if (department == null) return false
  const id = String(refId(department))
  return departmentIds(user).some((d) => String(d) === id)
}
