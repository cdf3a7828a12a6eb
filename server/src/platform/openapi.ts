import { z } from 'zod';
import { openApiPath, type RouteDef } from './route.ts';

const problem = {
  description: 'RFC 9457 problem details',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};

function parameters(def: RouteDef): unknown[] {
  const out: unknown[] = [];
  for (const [where, schema] of [
    ['path', def.params],
    ['query', def.query],
  ] as const) {
    if (!schema) continue;
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
      properties?: Record<string, unknown>;
      required?: string[];
    };
    for (const [name, s] of Object.entries(json.properties ?? {}))
      out.push({
        name,
        in: where,
        required: where === 'path' || (json.required ?? []).includes(name),
        schema: s,
      });
  }
  return out;
}

/**
 * The OpenAPI 3.1 document, generated from the same zod schemas that validate requests, so the two
 * cannot drift apart.
 */
export function buildOpenApi(routes: RouteDef[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const def of routes) {
    const p = (paths[openApiPath(def.url)] ??= {});
    const responses: Record<string, unknown> = {
      [String(def.successStatus ?? 200)]: {
        description: 'Success',
        ...(def.response
          ? {
              content: {
                'application/json': { schema: z.toJSONSchema(def.response, { unrepresentable: 'any' }) },
              },
            }
          : {}),
      },
      '400': problem,
    };
    if (!def.public) Object.assign(responses, { '401': problem, '403': problem, '404': problem });
    p[def.method.toLowerCase()] = {
      summary: def.summary,
      tags: [def.tag],
      'x-permission': def.public ? 'public' : def.permission,
      ...(def.public ? { security: [] } : {}),
      parameters: parameters(def),
      ...(def.body
        ? {
            requestBody: {
              required: true,
              content: {
                'application/json': {
                  schema: z.toJSONSchema(def.body, { io: 'input', unrepresentable: 'any' }),
                },
              },
            },
          }
        : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Hearth API', version: '1', description: 'Dependency court and child-welfare records.' },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'hearth_session' } },
      schemas: {
        Problem: {
          type: 'object',
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            instance: { type: 'string' },
            errors: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  field: { type: 'string' },
                  pointer: { type: 'string' },
                  detail: { type: 'string' },
                },
              },
            },
          },
        },
      },
    },
    security: [{ session: [] }],
    paths,
  };
}
