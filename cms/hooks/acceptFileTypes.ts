import { fileTypeFromBuffer } from 'file-type'
import { ValidationError, type CollectionBeforeOperationHook } from 'payload'

/**
 * Checks an uploaded file by its content (not its name or claimed type) before
 * Payload stores it, and refuses other files with a German message that says
 * what is allowed. Payload checks again afterwards; this check is for the editor.
 */
export function acceptFileTypes(allowed: Record<string, string>, what: string): CollectionBeforeOperationHook {
  return async ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    if (!file?.data?.length) return args
    const detected = await fileTypeFromBuffer(file.data)
    if (!detected || !(detected.mime in allowed)) {
      const list = [...new Set(Object.values(allowed))].join(', ')
      throw new ValidationError(
        {
          collection: args.collection?.config?.slug,
          errors: [{ path: 'file', message: `Die Datei „${file.name}“ ist kein ${what}. Erlaubt sind: ${list}.` }],
          req,
        },
        req.t,
      )
    }
    return args
  }
}
