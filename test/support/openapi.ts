import { randomUUID } from 'node:crypto';

export interface JsonSchema {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  [key: string]: unknown;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: JsonSchema;
}

export interface DocumentedRoute {
  method: string;
  /** OpenAPI form: /api/couple/invites/{id} */
  path: string;
  /** Fastify form, as mounted: /api/couple/invites/:id */
  url: string;
  /** "DELETE /api/couple/invites/:id" */
  key: string;
  parameters: Parameter[];
  body: JsonSchema | undefined;
}

/** Every operation in the server's own OpenAPI document. */
export async function documentedRoutes(baseUrl: string): Promise<DocumentedRoute[]> {
  const doc = (await (await fetch(`${baseUrl}/api/openapi.json`)).json()) as {
    paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema: JsonSchema }> } }>>;
  };
  const routes: DocumentedRoute[] = [];
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(operations)) {
      const url = path.replace(/\{(\w+)\}/g, ':$1');
      routes.push({
        method: method.toUpperCase(),
        path,
        url,
        key: `${method.toUpperCase()} ${url}`,
        parameters: op.parameters ?? [],
        body: op.requestBody?.content?.['application/json']?.schema,
      });
    }
  }
  return routes;
}

export const isStateChanging = (route: { method: string }) => !['GET', 'HEAD', 'OPTIONS'].includes(route.method);

/** A well-formed value for a path parameter, ignoring what it points at. */
export function plausibleParam(schema: JsonSchema): string {
  if (schema.format === 'uuid') return randomUUID();
  if (schema.pattern === '^[0-9a-f]{64}$') return 'a'.repeat(64);
  if (schema.type === 'integer' || schema.type === 'number') return String(schema.minimum ?? 1);
  return 'x';
}

/** The route's URL with every path parameter filled by `values[name]` or a plausible value. */
export function fillPath(route: DocumentedRoute, values: Record<string, string> = {}): string {
  return route.url.replace(/:(\w+)/g, (_m, name: string) => {
    const param = route.parameters.find((p) => p.in === 'path' && p.name === name);
    return encodeURIComponent(values[name] ?? plausibleParam(param?.schema ?? {}));
  });
}
