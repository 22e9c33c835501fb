/** The OpenAPI 3.1 document, generated from the route table and the zod schemas (zod 4's JSON Schema output). */
import { z } from 'zod';
import { ROUTES } from './routes';

const problem = {
  description: 'Problem details (RFC 9457), Italian messages, field-level errors',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};

export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of ROUTES) {
    const params = [...r.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    paths[r.path] ??= {};
    paths[r.path][r.method.toLowerCase()] = {
      summary: r.summary,
      operationId: `${r.method.toLowerCase()}${r.path.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
      ...(params.length ? { parameters: params } : {}),
      ...(r.auth === 'JWT' ? { security: [{ bearer: [] }] } : { security: [] }),
      ...(r.body
        ? {
            requestBody: {
              required: true,
              content: {
                'application/json': { schema: z.toJSONSchema(r.body, { io: 'input', unrepresentable: 'any' }) },
              },
            },
          }
        : {}),
      responses: {
        [r.success]: {
          description: 'OK',
          content: r.produces
            ? { [r.produces]: { schema: { type: 'string', format: 'binary' } } }
            : { 'application/json': { schema: {} } },
        },
        400: problem,
        401: problem,
        403: problem,
        404: problem,
        409: problem,
        415: problem,
        422: problem,
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Procedimenti API',
      version: '1.0.0',
      description: 'Italian public-administration HR procedures with statutory terms.',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: {
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status'],
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            code: { type: 'string' },
            errors: {
              type: 'array',
              items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' } } },
            },
          },
        },
      },
    },
  };
}
