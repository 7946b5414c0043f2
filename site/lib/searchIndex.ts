/**
 * Values for the Pagefind filters of a page: topic titles (with their parent
 * topics, so that filtering by "Arbeit und Beruf" also finds pages of its
 * subtopics) and the department name.
 */
import { resolve, topicWithAncestors, type Snapshot } from './snapshot.ts'

export function topicFilterValues(snapshot: Snapshot, topicIds: readonly string[]): string[] {
  const titles = new Set<string>()
  for (const topic of resolve(topicIds, snapshot.topics.byId)) {
    for (const item of topicWithAncestors(snapshot, topic)) titles.add(item.title)
  }
  return [...titles]
}

export function departmentFilterValues(snapshot: Snapshot, departmentId: string | undefined): string[] {
  const department = departmentId ? snapshot.departments.byId.get(departmentId) : undefined
  return department ? [department.name] : []
}
