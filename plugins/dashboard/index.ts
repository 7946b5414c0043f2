/**
 * The editorial dashboard: a start page per role (what waits for the user,
 * their departments' drafts, returned and refused work, stale Leichte-Sprache
 * texts, the site's status), and the editorial lists opened on the user's
 * departments with a column "Auf der Website". README.md beside this file.
 */
import type { CollectionConfig, CollectionSlug, Config, Field, Plugin } from 'payload'
import { siteStatusCell } from '../publishing/index.ts'

export { loadDashboard, type DashboardItem, type DashboardOptions, type DashboardSection } from './dashboardData.ts'

export interface DashboardPluginOptions {
  /**
   * The editorial collections: their drafts appear on the dashboard; their
   * lists (with a department) open on the user's departments; those with
   * drafts get the column "Auf der Website".
   */
  collections: CollectionSlug[]
  /** Collections without drafts whose lists open on the user's departments too (media). */
  departmentLists?: CollectionSlug[]
}

/** The name of the list column "Auf der Website" (a UI field: no database column). */
export const SITE_STATUS_FIELD = 'siteStatus'

const siteStatusField: Field = {
  name: SITE_STATUS_FIELD,
  label: 'Auf der Website',
  type: 'ui',
  admin: {
    // Only the list cell: the edit view has the sidebar field "Stand auf der Website".
    components: { Cell: siteStatusCell },
    disableBulkEdit: true,
  },
}

const hasDrafts = (collection: CollectionConfig) =>
  Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)

const hasDepartment = (collection: CollectionConfig) =>
  collection.fields.some((field) => 'name' in field && field.name === 'department')

/** The column after the title and department columns, instead of Payload's "Status" (Entwurf/Veröffentlicht). */
function withSiteStatusColumn(columns: string[] | undefined): string[] | undefined {
  if (!columns) return columns
  const without = columns.filter((c) => c !== '_status' && c !== SITE_STATUS_FIELD)
  const at = columns.indexOf('_status')
  return at < 0 ? [...without, SITE_STATUS_FIELD] : [...without.slice(0, at), SITE_STATUS_FIELD, ...without.slice(at)]
}

function editorialList(collection: CollectionConfig, column: boolean): CollectionConfig {
  const admin = collection.admin ?? {}
  const components = admin.components ?? {}
  return {
    ...collection,
    fields: column ? [...collection.fields, siteStatusField] : collection.fields,
    admin: {
      ...admin,
      ...(column ? { defaultColumns: withSiteStatusColumn(admin.defaultColumns) } : {}),
      components: hasDepartment(collection)
        ? {
            ...components,
            beforeList: [...(components.beforeList ?? []), '/plugins/dashboard/admin/DepartmentScope#DepartmentScope'],
          }
        : components,
    },
  }
}

/**
 * The dashboard plugin: the admin's start page (admin.components.views.dashboard), and on the given
 * collections the department scope above the list and the column "Auf der Website".
 */
export function dashboard(options: DashboardPluginOptions): Plugin {
  const plugin = (config: Config): Config => {
    const collections = config.collections ?? []
    const slugs = new Set(collections.map((c) => c.slug))
    const editorial = new Set<string>(options.collections)
    const lists = new Set<string>([...options.collections, ...(options.departmentLists ?? [])])
    for (const slug of lists) if (!slugs.has(slug)) throw new Error(`dashboard: the config has no collection "${slug}"`)
    const admin = config.admin ?? {}
    const components = admin.components ?? {}
    return {
      ...config,
      collections: collections.map((c) =>
        lists.has(c.slug) ? editorialList(c, editorial.has(c.slug) && hasDrafts(c)) : c,
      ),
      admin: {
        ...admin,
        components: {
          ...components,
          views: {
            ...components.views,
            dashboard: {
              Component: {
                path: '/plugins/dashboard/admin/DashboardView#DashboardView',
                serverProps: { collections: options.collections },
              },
            },
          },
        },
      },
    }
  }
  // After the features that add the collections it names (order 0) and the publishing plugin (50).
  return Object.assign(plugin, { order: 60 })
}
