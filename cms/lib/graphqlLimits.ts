/**
 * Validation rules that refuse expensive GraphQL queries before they run
 * (config `graphQL.validationRules`): depth and aliases with GraphQL Armor,
 * and a cost estimate written here.
 *
 * Payload's own `graphQL.maxComplexity` adds up a fixed score per field (10
 * per relationship); it does not multiply, so a query nested ten levels deep
 * through hasMany relationships scores about 120 and passes, while it
 * resolves millions of objects. Armor's cost rule multiplies only by the
 * Relay arguments `first`/`last`. The estimate below multiplies what each
 * level may fan out to: a list query or join field by its (capped) `limit`,
 * any other list (hasMany relationships, arrays) by LIST_FAN_OUT.
 */
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases'
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth'
import type {
  FieldNode,
  GraphQLField,
  GraphQLOutputType,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql'
// graphql's CommonJS entry, which Node loads for Payload and graphql-http: an error of another copy
// (bundlers and test runners prefer the ES module build) would not count as a GraphQL error there.
import { GraphQLError } from 'graphql/index.js'
import type { PayloadRequest } from 'payload'
import { maxLimitFor } from './requestLimits.ts'

/** Deepest selection: a list query, its docs, three relationship levels and a field. */
export const GRAPHQL_MAX_DEPTH = 6
export const GRAPHQL_MAX_ALIASES = 10
/** Estimated fields resolved per query (see queryCost). */
export const GRAPHQL_MAX_COST = 2000
/** Estimated entries of a list without a limit argument (hasMany relationships, arrays). */
export const LIST_FAN_OUT = 5
/** Rich text and other JSON values are large (several KB each): each counts as this many fields. */
export const JSON_FIELD_COST = 25

/*
 * Types are told apart by their tag, not with graphql's instanceof helpers:
 * Node loads graphql's CommonJS build for Payload while bundlers and test
 * runners may load its ES module build for this file, and graphql refuses
 * types "from another module or realm".
 */
const tag = (type: unknown) => Object.prototype.toString.call(type).slice(8, -1)
type NamedType = { name?: string; getFields?: () => Record<string, GraphQLField<unknown, unknown>> }
type Wrapped = NamedType & { ofType?: unknown }
function namedType(type: unknown): NamedType {
  let t = type as Wrapped
  while (t?.ofType) t = t.ofType as Wrapped
  return t
}
function isListType(type: unknown): boolean {
  const t = tag(type) === 'GraphQLNonNull' ? (type as Wrapped).ofType : type
  return tag(t) === 'GraphQLList'
}

const message = (what: string) =>
  `Die Abfrage ist zu aufwendig (${what}). Bitte fragen Sie weniger tief verschachtelt oder weniger Einträge auf einmal ab.`

/** Reports an error instead of throwing (a throw would end the request with a 500). */
const report = (context: ValidationContext, text: string) => context.reportError(new GraphQLError(text))

function limitArgument(node: FieldNode, variables: Record<string, unknown>): number | undefined {
  const arg = node.arguments?.find((a) => a.name.value === 'limit')
  if (!arg) return undefined
  const value =
    arg.value.kind === 'IntValue'
      ? Number(arg.value.value)
      : arg.value.kind === 'Variable'
        ? Number(variables[arg.value.name.value])
        : NaN
  // The request hook caps limits anyway; "0" or nonsense means the largest page.
  return Number.isFinite(value) && value > 0 ? value : Number.POSITIVE_INFINITY
}

/**
 * The estimated number of fields a selection resolves: every field counts
 * once per object it is resolved on (JSON values JSON_FIELD_COST times), and
 * the objects below a field are multiplied by what the field fans out to.
 */
export function selectionCost(
  context: ValidationContext,
  selectionSet: SelectionSetNode,
  type: GraphQLOutputType,
  objects: number,
  variables: Record<string, unknown>,
  maxLimit: number,
  seenFragments: Set<string> = new Set(),
): number {
  const parent = namedType(type)
  const fields = typeof parent.getFields === 'function' ? parent.getFields() : {}
  let cost = 0
  for (const selection of selectionSet.selections) {
    if (selection.kind === 'FragmentSpread' || selection.kind === 'InlineFragment') {
      let set: SelectionSetNode | undefined
      let on: GraphQLOutputType = type
      if (selection.kind === 'FragmentSpread') {
        const name = selection.name.value
        if (seenFragments.has(name)) continue // cycles are refused by graphql's own rules
        const fragment = context.getFragment(name)
        set = fragment?.selectionSet
        const target = fragment && context.getSchema().getType(fragment.typeCondition.name.value)
        if (target) on = target as GraphQLOutputType
        seenFragments = new Set([...seenFragments, name])
      } else {
        set = selection.selectionSet
        const target = selection.typeCondition && context.getSchema().getType(selection.typeCondition.name.value)
        if (target) on = target as GraphQLOutputType
      }
      if (set) cost += selectionCost(context, set, on, objects, variables, maxLimit, seenFragments)
      continue
    }
    const field = fields[selection.name.value]
    if (!field) continue // unknown fields are refused by graphql's own rules
    const isJson = namedType(field.type).name === 'JSON'
    cost += objects * (isJson ? JSON_FIELD_COST : 1)
    if (!selection.selectionSet) continue
    const limit = limitArgument(selection, variables)
    const isList = isListType(field.type)
    // Payload's paginated answers ({ docs, totalDocs, … }) carry the limit on the field itself; `docs` then adds nothing.
    const fanOut =
      limit !== undefined ? Math.min(limit, maxLimit) : isList && selection.name.value !== 'docs' ? LIST_FAN_OUT : 1
    cost += selectionCost(
      context,
      selection.selectionSet,
      field.type,
      objects * fanOut,
      variables,
      maxLimit,
      seenFragments,
    )
  }
  return cost
}

/** Refuses operations whose estimated cost exceeds GRAPHQL_MAX_COST. */
export function costRule(variables: Record<string, unknown>, maxLimit: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const root =
        operation.operation === 'mutation' ? context.getSchema().getMutationType() : context.getSchema().getQueryType()
      if (!root) return
      const cost = selectionCost(context, operation.selectionSet, root, 1, variables, maxLimit)
      if (cost > GRAPHQL_MAX_COST)
        report(context, message(`geschätzt ${Math.round(cost)} Felder, erlaubt ${GRAPHQL_MAX_COST}`))
    },
  })
}

/**
 * For `graphQL.validationRules` in the Payload config. Payload's GraphQL
 * route passes graphql-http's execution arguments, whose context holds the
 * request (and so the user, who decides the largest page).
 */
export function graphqlValidationRules(args: {
  variableValues?: Record<string, unknown> | null
  contextValue?: unknown
}): ValidationRule[] {
  const variables = args.variableValues ?? {}
  const req = (args.contextValue as { req?: Partial<Pick<PayloadRequest, 'user'>> } | undefined)?.req
  const maxLimit = maxLimitFor({ user: req?.user ?? null })
  const rejectWith = (what: string) => (context: ValidationContext | null) => {
    if (context) report(context, message(what))
  }
  return [
    maxDepthRule({
      n: GRAPHQL_MAX_DEPTH,
      propagateOnRejection: false,
      exposeLimits: false,
      onReject: [rejectWith(`höchstens ${GRAPHQL_MAX_DEPTH} Ebenen`)],
    }),
    maxAliasesRule({
      n: GRAPHQL_MAX_ALIASES,
      propagateOnRejection: false,
      exposeLimits: false,
      onReject: [rejectWith(`höchstens ${GRAPHQL_MAX_ALIASES} Aliasnamen`)],
    }),
    costRule(variables, maxLimit),
  ]
}
