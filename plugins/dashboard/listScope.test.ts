import { describe, expect, it } from 'vitest'
import { allDepartmentsQuery, isBareListQuery, isOwnDepartmentsFilter, ownDepartmentsQuery } from './listScope.ts'

/** The search parameters as Next.js hands them to the list's components: flat bracket keys. */
const params = (query: string) => {
  const result: Record<string, string | string[]> = {}
  for (const [key, value] of new URLSearchParams(query)) {
    const before = result[key]
    result[key] = before === undefined ? value : [...(Array.isArray(before) ? before : [before]), value]
  }
  return result
}

describe('the lists’ department scope', () => {
  it('writes the filter of the user’s departments in the plain shape (the filter bar stays closed)', () => {
    expect(decodeURIComponent(ownDepartmentsQuery([3, 7]))).toBe(
      'where[department][in][0]=3&where[department][in][1]=7',
    )
  })

  it('gives the default only to the bare list page, not to a drawer or a list with its own query', () => {
    expect(isBareListQuery({})).toBe(true)
    expect(isBareListQuery(undefined)).toBe(false)
    expect(isBareListQuery(params(allDepartmentsQuery))).toBe(false)
    expect(isBareListQuery(params('limit=10&page=1'))).toBe(false)
  })

  it('recognises the own-departments filter in any order and shape, and nothing else', () => {
    const own = [3, 7]
    expect(isOwnDepartmentsFilter(params(ownDepartmentsQuery(own)), own)).toBe(true)
    expect(isOwnDepartmentsFilter(params(`${ownDepartmentsQuery([7, 3])}&limit=10&sort=-updatedAt`), own)).toBe(true)
    expect(isOwnDepartmentsFilter(params('where[department][in]=3,7'), own)).toBe(true)
    const bar = 'where[or][0][and][0][department][in][0]=3&where[or][0][and][0][department][in][1]=7'
    expect(isOwnDepartmentsFilter(params(bar), own)).toBe(true)
    expect(isOwnDepartmentsFilter(params(ownDepartmentsQuery([3])), own)).toBe(false)
    expect(isOwnDepartmentsFilter(params(ownDepartmentsQuery([3, 7, 9])), own)).toBe(false)
    expect(isOwnDepartmentsFilter(params(`${ownDepartmentsQuery(own)}&where[name][like]=x`), own)).toBe(false)
    expect(isOwnDepartmentsFilter(params('page=1'), own)).toBe(false)
    expect(isOwnDepartmentsFilter(undefined, own)).toBe(false)
  })
})
