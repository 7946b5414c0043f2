import type { Field, GroupField } from 'payload'

const postalCode = (value: unknown): true | string =>
  typeof value === 'string' && /^\d{5}$/.test(value) ? true : 'Bitte geben Sie eine fünfstellige Postleitzahl an.'

export function addressGroup(overrides: Partial<GroupField> = {}): GroupField {
  return {
    name: 'address',
    label: 'Anschrift',
    type: 'group',
    fields: [
      { name: 'street', label: 'Straße und Hausnummer', type: 'text', required: true },
      {
        type: 'row',
        fields: [
          { name: 'postalCode', label: 'Postleitzahl', type: 'text', required: true, validate: postalCode },
          { name: 'city', label: 'Ort', type: 'text', required: true },
        ],
      },
    ],
    ...overrides,
  } as GroupField
}

const coordinate =
  (min: number, max: number, what: string) =>
  (value: unknown): true | string => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return `Bitte geben Sie den ${what} als Zahl an.`
    if (value < min || value > max) return `Der ${what} muss zwischen ${min} und ${max} liegen.`
    return true
  }

/**
 * Latitude and longitude as two numbers: Payload's point field needs PostGIS
 * on PostgreSQL, and the Rheinland fits in a simple bounding check.
 */
export function coordinatesGroup(): GroupField {
  const fields: Field[] = [
    {
      name: 'lat',
      label: 'Breitengrad',
      type: 'number',
      required: true,
      validate: coordinate(-90, 90, 'Breitengrad'),
    },
    {
      name: 'lon',
      label: 'Längengrad',
      type: 'number',
      required: true,
      validate: coordinate(-180, 180, 'Längengrad'),
    },
  ]
  return {
    name: 'coordinates',
    label: 'Koordinaten (WGS84)',
    type: 'group',
    admin: { description: 'Dezimalgrad, z. B. Breitengrad 50.9375 und Längengrad 6.9603 für Köln.' },
    fields: [{ type: 'row', fields }],
  }
}
