import { APIError } from 'payload'

/**
 * A 403 with a German message for the editor. The name is set explicitly:
 * the production build of the admin minifies class names, and Payload only
 * passes an error's message on to the client when the error has a name
 * (formatErrors); otherwise the editor would read "An unknown error occurred."
 */
export function forbidden(message: string) {
  const error = new APIError(message, 403, undefined, true)
  error.name = 'APIError'
  return error
}
