/**
 * The OpenAPI 3.1 description of the open data of a release
 * (/api/v1/openapi.json). The files are static, so every operation is a GET of
 * a file; schemas are referenced relative to this document, i.e. from
 * /api/v1/schema/.
 */
import { openDataTypeList, openDataTypes, type OpenDataType } from './open-data-schemas.ts'

const titles: Record<OpenDataType, string> = {
  service: 'Leistungen',
  easyLanguageText: 'Texte in Leichter Sprache',
  contactPerson: 'Ansprechpersonen (Name nur mit erfasster Einwilligung)',
  location: 'Standorte und Beratungsstellen',
  topic: 'Themen (Lebenslagen)',
  department: 'Dezernate',
  videoTutorial: 'Erklärvideos und Videos in Gebärdensprache',
  region: 'Regionen (Städte, Gemeinden und Kreise)',
}

const jsonResponse = (description: string, schema: Record<string, unknown>) => ({
  description,
  headers: {
    'Access-Control-Allow-Origin': {
      description: 'Immer `*`: die Dateien dürfen von jeder Website aus gelesen werden.',
      schema: { type: 'string' },
    },
  },
  content: { 'application/json': { schema } },
})

const notFound = { description: 'Nicht gefunden (kein veröffentlichter Eintrag mit dieser Kennung).' }

const ref = (file: string) => ({ $ref: `schema/${file}` })

/** The OpenAPI document. */
export function buildOpenApi({ siteUrl, releaseId }: { siteUrl: string; releaseId: string }): Record<string, unknown> {
  const paths: Record<string, unknown> = {
    '/api/v1/index.json': {
      get: {
        operationId: 'getIndex',
        summary: 'Übersicht: Release, Datensätze, Lizenz, weitere Adressen',
        tags: ['Übersicht'],
        responses: { '200': jsonResponse('Die Übersicht', ref('index.schema.json')) },
      },
    },
    '/api/v1/changes.json': {
      get: {
        operationId: 'getChanges',
        summary: 'Änderungs-Feed: was in den letzten Releases hinzukam, geändert oder entfernt wurde',
        description:
          'Neueste zuerst. Releases ohne Änderung erzeugen keinen Eintrag. Wer das zuletzt gesehene Release nicht mehr im Feed findet, lädt die Listen vollständig neu.',
        tags: ['Änderungen'],
        responses: { '200': jsonResponse('Der Änderungs-Feed', ref('changes.schema.json')) },
      },
    },
  }
  for (const type of openDataTypeList) {
    paths[`/api/v1/${openDataTypes[type]}`] = {
      get: {
        operationId: `list_${type}`,
        summary: `${titles[type]}: alle veröffentlichten Einträge`,
        description:
          'Eine Liste aller veröffentlichten Einträge in ihrer öffentlichen Form, sortiert nach Kurzadresse (slug), dann id.',
        tags: ['Listen'],
        responses: {
          '200': jsonResponse(`Alle Einträge vom Typ ${type}`, { type: 'array', items: ref(`${type}.schema.json`) }),
        },
      },
    }
  }
  const serviceParameters = (name: 'slug' | 'id', description: string) => [
    { name, in: 'path', required: true, description, schema: { type: 'string', pattern: '^[A-Za-z0-9-]+$' } },
  ]
  paths['/api/v1/services/{slug}.json'] = {
    get: {
      operationId: 'getServiceBySlug',
      summary: 'Eine Leistung mit Seitenadresse, Leichter Sprache, Dezernat, Ansprechpersonen und Standorten',
      tags: ['Leistungen'],
      parameters: serviceParameters(
        'slug',
        'Kurzadresse der Leistung (kann sich ändern, wenn die Redaktion sie ändert)',
      ),
      responses: { '200': jsonResponse('Die Leistung', ref('service-document.schema.json')), '404': notFound },
    },
  }
  paths['/api/v1/services/id/{id}.json'] = {
    get: {
      operationId: 'getServiceById',
      summary: 'Dieselbe Datei über die dauerhafte Kennung (id) der Leistung',
      tags: ['Leistungen'],
      parameters: serviceParameters('id', 'Dauerhafte Kennung der Leistung; ändert sich nie'),
      responses: { '200': jsonResponse('Die Leistung', ref('service-document.schema.json')), '404': notFound },
    },
  }
  paths['/api/v1/schema/{name}.schema.json'] = {
    get: {
      operationId: 'getSchema',
      summary: 'JSON Schema (Draft 2020-12) eines Eintrags oder einer Datei',
      tags: ['Schemas'],
      parameters: [
        {
          name: 'name',
          in: 'path',
          required: true,
          description: 'z. B. service, contactPerson, service-document, changes, index',
          schema: { type: 'string' },
        },
      ],
      responses: {
        '200': {
          description: 'Das JSON Schema',
          content: { 'application/json': { schema: { type: 'object' } } },
        },
        '404': notFound,
      },
    },
  }
  paths['/api/v1/openapi.json'] = {
    get: {
      operationId: 'getOpenApi',
      summary: 'Diese Beschreibung',
      tags: ['Übersicht'],
      responses: {
        '200': { description: 'OpenAPI 3.1', content: { 'application/json': { schema: { type: 'object' } } } },
      },
    },
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Lotse – offene Daten',
      version: releaseId,
      summary: 'Veröffentlichte Leistungen, Ansprechpersonen, Standorte und mehr als statische JSON-Dateien.',
      description:
        'Alle Dateien entstehen mit jedem Release der Website aus den veröffentlichten Inhalten. Entwürfe und Namen ohne Einwilligung sind nie enthalten. Die Kennungen (id) bleiben über alle Releases gleich. Die Dokumentation steht unter /partner/.',
      license: { name: 'Datenlizenz Deutschland – Namensnennung – Version 2.0', identifier: 'DL-DE-BY-2.0' },
    },
    servers: [{ url: siteUrl, description: 'Die öffentliche Website' }],
    externalDocs: { description: 'Dokumentation für Partner', url: `${siteUrl}/partner/` },
    tags: [
      { name: 'Übersicht' },
      { name: 'Listen' },
      { name: 'Leistungen' },
      { name: 'Änderungen' },
      { name: 'Schemas' },
    ],
    paths,
  }
}
