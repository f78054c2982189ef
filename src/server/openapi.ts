/**
 * GET /openapi.json: an OpenAPI 3.1 document built from the zod schemas in schemas.ts.
 * OpenAPI 3.1 uses JSON Schema 2020-12, which is what `z.toJSONSchema` emits.
 */
import { z } from 'zod';
import { HealthResponse, MethodsResponse, Problem, SummarizeBody, SummarizeQuery, SummaryResponse } from './schemas.js';

type JsonSchema = Record<string, unknown>;

/** The named component schemas; cross references become #/components/schemas/<name>. */
function componentSchemas(): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  registry.add(SummarizeBody, { id: 'SummarizeRequest' });
  registry.add(SummaryResponse, { id: 'Summary' });
  registry.add(Problem, { id: 'Problem' });
  registry.add(MethodsResponse, { id: 'Methods' });
  registry.add(HealthResponse, { id: 'Health' });
  // "input": what clients send; the response schemas have no transforms, so both sides agree.
  const { schemas } = z.toJSONSchema(registry, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  });
  const out: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    // The document's jsonSchemaDialect names the dialect; a fragment-only $id is not allowed in 2020-12.
    const { $schema: _dialect, $id: _id, ...rest } = schema as JsonSchema;
    out[id] = rest;
  }
  return out;
}

/**
 * Query parameters: the fields of the query schema, each documented with the request body's
 * schema for that field (OpenAPI serializes integers into the query string itself).
 */
function queryParameters(request: JsonSchema): Array<Record<string, unknown>> {
  const props = (request.properties ?? {}) as Record<string, JsonSchema>;
  return Object.keys(SummarizeQuery.shape).map((name) => ({
    name,
    in: 'query',
    required: false,
    schema: props[name] ?? { type: 'string' },
  }));
}

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

const ERROR_RESPONSES = {
  '400': problemResponse('Invalid input or options (codes INVALID_INPUT, INVALID_OPTION, EMPTY_INPUT, UNKNOWN_METHOD, INVALID_URL, PRIVATE_ADDRESS, …)'),
  '401': problemResponse('Missing or wrong API key (only when the server has one)'),
  '408': problemResponse('The request body did not arrive within the request timeout'),
  '413': problemResponse('Request body or fetched page too large'),
  '415': problemResponse('Content-Type is not application/json or text/plain'),
  '422': problemResponse('Input cannot be summarized (TOO_SHORT, NO_ARTICLE, BAD_ENCODING, UNSUPPORTED_CONTENT_TYPE); an html page no news site builds (too many nodes) is refused as its body arrives'),
  '429': problemResponse('Concurrency limit reached, or this client sent such a page just before; retry after the Retry-After header'),
  '502': problemResponse('Fetching the URL failed'),
  '503': problemResponse('The server is shutting down; retry on another instance'),
  '504': problemResponse('Fetching the URL or summarizing took too long'),
};

const summaryResponse = {
  description: 'The summary. Header x-cache says whether it came from the cache.',
  headers: { 'x-cache': { schema: { type: 'string', enum: ['hit', 'miss'] } } },
  content: {
    'application/json': { schema: { $ref: '#/components/schemas/Summary' } },
    'text/event-stream': {
      schema: { type: 'string' },
      description: 'With "Accept: text/event-stream": one `bullet` event per bullet ({position, bullet}, with sources and check) as a model writes it, then a `summary` event (the Summary) or an `error` event (a problem).',
    },
  },
};

/** The document; `version` is the package version. */
export function openApiDocument(version: string): Record<string, unknown> {
  const security = [{ bearer: [] as string[] }];
  const schemas = componentSchemas();
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'kernpunkte',
      version,
      description: 'Extractive, grounded key-point summaries ("Zusammenfassung" box) of news articles.',
    },
    paths: {
      '/v1/summarize': {
        post: {
          operationId: 'summarize',
          summary: 'Summarize article text, HTML or a URL',
          security,
          requestBody: {
            required: true,
            content: {
              // A bare JSON string is article text, as a plain string is to summarize() in the library.
              'application/json': {
                schema: {
                  oneOf: [
                    { $ref: '#/components/schemas/SummarizeRequest' },
                    { type: 'string', description: 'Bare article text, as with text/plain; options go in the query string.' },
                  ],
                },
              },
              'text/plain': { schema: { type: 'string', description: 'Article text; options go in the query string.' } },
            },
          },
          responses: { '200': summaryResponse, ...ERROR_RESPONSES },
        },
        get: {
          operationId: 'summarizeQuery',
          summary: 'Summarize a URL (or a short text) given in the query string',
          security,
          parameters: queryParameters(schemas.SummarizeRequest ?? {}),
          responses: { '200': summaryResponse, ...ERROR_RESPONSES },
        },
      },
      '/v1/methods': {
        get: {
          operationId: 'methods',
          summary: 'Available ranking methods',
          security,
          responses: {
            '200': { description: 'Methods', content: { 'application/json': { schema: { $ref: '#/components/schemas/Methods' } } } },
            '401': ERROR_RESPONSES['401'],
          },
        },
      },
      '/v1/backends': {
        get: {
          operationId: 'backends',
          summary: 'Back-ends a request may ask for: extractive, and the model back-end the server was started with, if any',
          security,
          responses: {
            '200': {
              description: 'Back-ends',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: {
                      default: { type: 'string' },
                      backends: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, model: { type: 'string' } }, required: ['name'] } },
                    },
                    required: ['default', 'backends'],
                  },
                },
              },
            },
            '401': ERROR_RESPONSES['401'],
          },
        },
      },
      '/healthz': {
        get: {
          operationId: 'health',
          summary: 'Liveness and load',
          responses: { '200': { description: 'OK', content: { 'application/json': { schema: { $ref: '#/components/schemas/Health' } } } } },
        },
      },
    },
    components: {
      schemas,
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'Required only when the server is started with an API key.' },
      },
    },
  };
}
