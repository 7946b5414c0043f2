/**
 * "Lists filtered to the user's departments by default" (issue 16), pure so
 * it can be tested without Payload.
 *
 * Why a redirect of the bare list URL, and not one of Payload's own options:
 * - `admin.baseFilter` / `baseListFilter` is a hard filter: an editor could
 *   no longer see another department's published services in the list.
 * - Payload's list preferences keep columns, sort and page size, not a filter;
 *   query presets would need one preset per department and a new collection.
 * - The filter in the URL (`where[department][in]=…`) is Payload's own list
 *   filter: the editor finds it as the condition "Dezernat ist in Soziales"
 *   in the filter bar, can change or remove it there, and a link keeps it. A notice above the list says what is shown and offers the
 *   other choice ("Alle Dezernate anzeigen" / "Nur meine Dezernate anzeigen").
 *
 * Only the bare URL (the navigation's link, no query at all) gets the
 * default: every list URL Payload itself writes carries its page, limit or
 * sort, so an editor who removes the filter, or chooses "Alle Dezernate",
 * keeps seeing all.
 */

type Id = number | string

/**
 * The query string of the default filter: `where[department][in][0]=3&…`. The plain shape, not the
 * or → and shape Payload's filter bar writes: with that, Payload opens the filter bar on every visit (its
 * controls in the way, and several of them without accessible names); the plain one leaves it closed, and
 * the bar shows the condition when the editor opens it.
 */
export function ownDepartmentsQuery(departments: Id[]): string {
  return departments
    .map((id, i) => `${encodeURIComponent(`where[department][in][${i}]`)}=${encodeURIComponent(String(id))}`)
    .join('&')
}

/** The query string of "Alle Dezernate anzeigen": not bare, so the default does not come back. */
export const allDepartmentsQuery = 'page=1'

/**
 * Whether the list page is opened without any query: the moment for the default filter. A list drawer (a
 * relationship's "Auswählen") has no search parameters at all (undefined), and keeps its own.
 */
export function isBareListQuery(searchParams: Record<string, unknown> | undefined): boolean {
  return Boolean(searchParams) && Object.keys(searchParams!).length === 0
}

/** A filter key on the department alone: plain (`where[department][in]…`) or as the filter bar writes it. */
const departmentKey = /^where(\[or\]\[0\]\[and\]\[0\])?\[department\]\[(in|equals)\](\[\d+\])?$/

/**
 * Whether the list's filter (the page's search parameters, as Next.js gives
 * them: flat bracket keys) is exactly the user's departments, in any order.
 */
export function isOwnDepartmentsFilter(
  searchParams: Record<string, string | string[] | undefined> | undefined,
  departments: Id[],
): boolean {
  const keys = Object.keys(searchParams ?? {}).filter((key) => key.startsWith('where'))
  if (!keys.length || !keys.every((key) => departmentKey.test(key))) return false
  const ids = keys.flatMap((key) => {
    const value = searchParams![key]
    return (Array.isArray(value) ? value : [value ?? '']).flatMap((v) => v.split(','))
  })
  const own = new Set(departments.map(String))
  return new Set(ids).size === own.size && ids.every((id) => own.has(id))
}
