import { Type } from '@sinclair/typebox';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ScimGroupResource, ScimListQuery, ScimUserDoc, ScimUserResource } from '../../app/scim-resources.ts';
import type { Services } from '../../app/services.ts';
import { AllotError } from '../../domain/errors.ts';
import { unstorableAt } from '../route-defaults.ts';
import { SCIM_CONTENT_TYPE, scimErrorOf, sendScimError } from '../scim/errors.ts';
import { compileFilter } from '../scim/filter.ts';
import { normalisePatch, patchGroup, patchUser } from '../scim/patch.ts';
import { pathList, pick, renderGroup, renderUser } from '../scim/render.ts';
import { checkResource, ENTERPRISE_SCHEMA, GROUP_SCHEMA, LIST_SCHEMA, SCHEMAS, schemaResource, USER_SCHEMA, type Kind } from '../scim/schemas.ts';
import type { App } from '../types.ts';

/** Most resources in one page (ServiceProviderConfig says so), and the page when `count` is not given. */
export const SCIM_MAX_RESULTS = 200;
const DEFAULT_COUNT = 100;

/**
 * The query a SCIM route reads; any other parameter is ignored (Entra adds aadOptscim062020,
 * RFC 7644 asks nothing else of them). Numbers arrive as text and are read here.
 */
const Query = Type.Object(
  {
    filter: Type.Optional(Type.String({ maxLength: 2048, description: 'A SCIM filter (RFC 7644 §3.4.2.2): eq, ne, co, sw, ew, pr, gt, ge, lt, le, and, or, not, [ ].' })),
    startIndex: Type.Optional(Type.String({ maxLength: 20, description: '1-based index of the first result.' })),
    count: Type.Optional(Type.String({ maxLength: 20, description: `Results per page, at most ${SCIM_MAX_RESULTS}; 0 gives totalResults only.` })),
    attributes: Type.Optional(Type.String({ maxLength: 2048, description: 'Comma-separated attribute paths to return (id and schemas always).' })),
    excludedAttributes: Type.Optional(Type.String({ maxLength: 2048, description: 'Comma-separated attribute paths to leave out (Groups: members).' })),
  },
  { additionalProperties: true },
);
type QueryT = { filter?: string; startIndex?: string; count?: string; attributes?: string; excludedAttributes?: string };
const Id = Type.Object({ id: Type.String({ description: "The resource's id (a schema's URN for /Schemas)." }) }, { additionalProperties: false });
/** What an id of Allot's can look like; anything else names no resource (404, as an unknown id). */
const ID_SHAPE = /^[A-Za-z0-9._:-]{1,128}$/;
const AnyBody = Type.Object({}, { additionalProperties: true, description: 'A SCIM resource or PatchOp, as application/scim+json (or application/json).' });
const SCIM_TYPES = ['application/scim+json', 'application/json'];

/** A whole number of the query, or 400 invalidValue. */
function integer(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined || text === '') return fallback;
  if (!/^-?\d{1,15}$/.test(text.trim())) throw new AllotError('SCIM_INVALID_VALUE', `${name} must be an integer.`);
  return Number(text.trim());
}

/** startIndex below 1 reads as 1, a negative count as 0, more than the maximum as the maximum (RFC 7644 §3.4.2.4). */
export function paging(q: QueryT): { startIndex: number; count: number } {
  return {
    startIndex: Math.max(1, integer('startIndex', q.startIndex, 1)),
    count: Math.min(SCIM_MAX_RESULTS, Math.max(0, integer('count', q.count, DEFAULT_COUNT))),
  };
}

const listResponse = (totalResults: number, startIndex: number, resources: Record<string, unknown>[]) => ({
  schemas: [LIST_SCHEMA],
  totalResults,
  startIndex,
  itemsPerPage: resources.length,
  Resources: resources,
});

const SERVICE_PROVIDER_CONFIG = (base: string) => ({
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
  documentationUri: 'https://github.com/allot-license/allot/blob/main/docs/scim.md',
  patch: { supported: true },
  bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
  filter: { supported: true, maxResults: SCIM_MAX_RESULTS },
  changePassword: { supported: false },
  sort: { supported: false },
  etag: { supported: false },
  authenticationSchemes: [
    {
      type: 'oauthbearertoken',
      name: 'OAuth Bearer Token',
      description: 'A SCIM token made by an Account Administrator (Authorization: Bearer allot_scim_…).',
      primary: true,
    },
  ],
  meta: { resourceType: 'ServiceProviderConfig', location: `${base}/ServiceProviderConfig` },
});

const RESOURCE_TYPES = (base: string) => [
  {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:ResourceType'],
    id: 'User',
    name: 'User',
    endpoint: '/Users',
    description: 'User Account',
    schema: USER_SCHEMA,
    schemaExtensions: [{ schema: ENTERPRISE_SCHEMA, required: false }],
    meta: { resourceType: 'ResourceType', location: `${base}/ResourceTypes/User` },
  },
  {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:ResourceType'],
    id: 'Group',
    name: 'Group',
    endpoint: '/Groups',
    description: 'Group',
    schema: GROUP_SCHEMA,
    schemaExtensions: [],
    meta: { resourceType: 'ResourceType', location: `${base}/ResourceTypes/Group` },
  },
];

/** application/scim+json read as JSON is (an empty body is none; NUL and broken Unicode refused). */
function scimJsonParser(scope: FastifyInstance) {
  const parseJson = scope.getDefaultJsonParser('error', 'error');
  return (request: FastifyRequest, body: string | Buffer, done: (err: Error | null, body?: unknown) => void) => {
    const text = String(body);
    if (text.trim() === '') return done(null, undefined);
    parseJson(request, text, (error, value) => {
      const bad = !error && text.includes('\\u') ? unstorableAt(value) : null;
      if (bad) return done(new AllotError('SCIM_INVALID_VALUE', 'A string holds a NUL character or broken Unicode.'));
      done(error, value);
    });
  };
}

const PATHS: [RegExp, string[]][] = [
  [/^\/scim\/v2\/(Users|Groups)\/?$/, ['GET', 'POST']],
  [/^\/scim\/v2\/(Users|Groups)\/[^/]+$/, ['GET', 'PUT', 'PATCH', 'DELETE']],
  [/^\/scim\/v2\/(ServiceProviderConfig|ResourceTypes|Schemas)(\/[^/]+)?$/, ['GET']],
];

/**
 * SCIM 2.0 (RFC 7643/7644) for an account's identity provider, at /scim/v2 (docs/scim.md).
 * Everything under /scim/ answers in SCIM's format, errors and unknown paths included
 * (scim/errors.ts): the scope is /scim, its routes /v2/….
 */
export async function scimRoutes(app: App, services: Services): Promise<void> {
  const base = `${services.deps.config.issuer}/scim/v2`;
  const config = { access: 'scim' as const };
  const tags = ['scim'];

  await app.register(
    async (scope) => {
      scope.addContentTypeParser('application/scim+json', { parseAs: 'string' }, scimJsonParser(scope));
      scope.setErrorHandler((error: FastifyError, request, reply) => {
        const e = scimErrorOf(error);
        if (e) return sendScimError(reply, e.status, e.detail, e.scimType);
        request.log.error({ err: error }, 'unexpected error');
        return sendScimError(reply, 500, `Something went wrong on our side; request ${request.id} helps us find it.`);
      });
      scope.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
        const path = request.url.split('?')[0]!;
        const allowed = PATHS.find(([re]) => re.test(path))?.[1];
        if (allowed) return sendScimError(reply.header('allow', allowed.join(', ')), 405, `${request.method} is not allowed here; use ${allowed.join(', ')}.`);
        return sendScimError(reply, 404, `No SCIM endpoint ${request.method} ${path.slice(0, 200)}.`);
      });
      scope.addHook('onSend', async (_request, reply) => {
        const type = String(reply.getHeader('content-type') ?? '');
        if (type.startsWith('application/json')) reply.header('content-type', SCIM_CONTENT_TYPE);
        // People's names and addresses: no cache may keep them.
        if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
      });

      const q = (req: FastifyRequest) => req.query as QueryT;
      const picker = (kind: Kind, req: FastifyRequest) => {
        const { attributes, excludedAttributes } = q(req);
        const [inc, exc] = [pathList(attributes), pathList(excludedAttributes)];
        return (resource: Record<string, unknown>) => pick(kind, resource, inc, exc);
      };
      /** Whether the members of groups are asked for (excludedAttributes=members, or attributes without it, leave them out). */
      const wantMembers = (req: FastifyRequest): boolean => {
        const { attributes, excludedAttributes } = q(req);
        if (pathList(excludedAttributes).some((p) => /^(urn:ietf:params:scim:schemas:core:2\.0:group:)?members$/i.test(p))) return false;
        const inc = pathList(attributes);
        return inc.length === 0 || inc.some((p) => /^(urn:ietf:params:scim:schemas:core:2\.0:group:)?members(\.|$)/i.test(p));
      };
      const idOf = (req: FastifyRequest, kind: Kind): string => {
        const { id } = req.params as { id: string };
        if (!ID_SHAPE.test(id)) throw new AllotError(kind === 'User' ? 'SCIM_USER_NOT_FOUND' : 'SCIM_GROUP_NOT_FOUND', `No ${kind} has this id.`);
        return id;
      };
      const created = (reply: FastifyReply, resource: Record<string, unknown>) =>
        reply
          .code(201)
          .header('location', (resource.meta as { location: string }).location)
          .send(resource);
      const userDoc = (body: unknown) => checkResource('User', body).doc as ScimUserDoc;
      const groupInput = (body: unknown) => {
        const { doc, members } = checkResource('Group', body);
        return { doc: doc as { displayName: string }, members };
      };
      const list = async <R>(
        kind: Kind,
        req: FastifyRequest,
        run: (query: ScimListQuery<R>) => Promise<{ totalResults: number; resources: R[] }>,
        render: (r: R) => Record<string, unknown>,
        extra: Partial<ScimListQuery<R>> = {},
      ) => {
        const { filter } = q(req);
        const { startIndex, count } = paging(q(req));
        const compiled = filter === undefined ? null : compileFilter(kind, filter);
        const page = await run({
          startIndex,
          count,
          ...(compiled && { exact: compiled.exact, where: (r: R) => compiled.test(render(r)) }),
          ...extra,
        });
        return listResponse(page.totalResults, startIndex, page.resources.map(render).map(picker(kind, req)));
      };

      // ---------------------------------------------------------- Users
      const user = (r: ScimUserResource) => renderUser(r, base);
      scope.get('/v2/Users', {
        config,
        schema: { tags, summary: 'List or find SCIM Users (filter, startIndex, count)', querystring: Query },
        handler: async (req) => list<ScimUserResource>('User', req, (query) => services.scim.users.list(req.caller, query), user),
      });
      scope.post('/v2/Users', {
        config,
        schema: { tags, summary: 'Provision a User (adopts a person who signed in by SSO with that address)', querystring: Query, body: AnyBody, consumes: SCIM_TYPES },
        handler: async (req, reply) => created(reply, picker('User', req)(user(await services.scim.users.create(req.caller, userDoc(req.body))))),
      });
      scope.get('/v2/Users/:id', {
        config,
        schema: { tags, summary: 'Read a User', params: Id, querystring: Query },
        handler: async (req) => picker('User', req)(user(await services.scim.users.get(req.caller, idOf(req, 'User')))),
      });
      scope.put('/v2/Users/:id', {
        config,
        schema: { tags, summary: "Replace a User's attributes", params: Id, querystring: Query, body: AnyBody, consumes: SCIM_TYPES },
        handler: async (req) => picker('User', req)(user(await services.scim.users.replace(req.caller, idOf(req, 'User'), userDoc(req.body)))),
      });
      scope.patch('/v2/Users/:id', {
        config,
        schema: { tags, summary: 'Change a User (PatchOp; active: false deactivates and frees their seats)', params: Id, querystring: Query, body: AnyBody, consumes: SCIM_TYPES },
        handler: async (req) => {
          const id = idOf(req, 'User');
          const ops = normalisePatch('User', req.body, id);
          return picker('User', req)(user(await services.scim.users.patch(req.caller, id, patchUser<ScimUserDoc & { active: boolean }>(ops))));
        },
      });
      scope.delete('/v2/Users/:id', {
        config,
        schema: { tags, summary: 'Deprovision a User: their seats are freed, the record stays', params: Id, querystring: Query },
        handler: async (req, reply) => {
          await services.scim.users.delete(req.caller, idOf(req, 'User'));
          return reply.code(204).send();
        },
      });

      // ---------------------------------------------------------- Groups
      const group = (r: ScimGroupResource) => renderGroup(r, base);
      scope.get('/v2/Groups', {
        config,
        schema: { tags, summary: 'List or find SCIM Groups (excludedAttributes=members leaves members out)', querystring: Query },
        handler: async (req) => list<ScimGroupResource>('Group', req, (query) => services.scim.groups.list(req.caller, query), group, { members: wantMembers(req) }),
      });
      scope.post('/v2/Groups', {
        config,
        schema: { tags, summary: 'Create a Group (its displayName and externalId map to keys like SSO groups)', querystring: Query, body: AnyBody, consumes: SCIM_TYPES },
        handler: async (req, reply) => created(reply, picker('Group', req)(group(await services.scim.groups.create(req.caller, groupInput(req.body))))),
      });
      scope.get('/v2/Groups/:id', {
        config,
        schema: { tags, summary: 'Read a Group', params: Id, querystring: Query },
        handler: async (req) => picker('Group', req)(group(await services.scim.groups.get(req.caller, idOf(req, 'Group'), { members: wantMembers(req) }))),
      });
      scope.put('/v2/Groups/:id', {
        config,
        schema: { tags, summary: "Replace a Group's attributes and members", params: Id, querystring: Query, body: AnyBody, consumes: SCIM_TYPES },
        handler: async (req) => picker('Group', req)(group(await services.scim.groups.replace(req.caller, idOf(req, 'Group'), groupInput(req.body)))),
      });
      scope.patch('/v2/Groups/:id', {
        config,
        schema: { tags, summary: 'Change a Group: rename, add or remove members (PatchOp)', params: Id, querystring: Query, body: AnyBody, consumes: SCIM_TYPES },
        handler: async (req) => {
          const id = idOf(req, 'Group');
          const ops = normalisePatch('Group', req.body, id);
          return picker('Group', req)(group(await services.scim.groups.patch(req.caller, id, patchGroup(ops))));
        },
      });
      scope.delete('/v2/Groups/:id', {
        config,
        schema: { tags, summary: 'Delete a Group: its members leave it (their keys are re-mapped)', params: Id, querystring: Query },
        handler: async (req, reply) => {
          await services.scim.groups.delete(req.caller, idOf(req, 'Group'));
          return reply.code(204).send();
        },
      });

      // ---------------------------------------------------------- discovery
      scope.get('/v2/ServiceProviderConfig', {
        config,
        schema: { tags, summary: 'What this SCIM service supports', querystring: Query },
        handler: async () => SERVICE_PROVIDER_CONFIG(base),
      });
      scope.get('/v2/ResourceTypes', {
        config,
        schema: { tags, summary: 'The resource types: User and Group', querystring: Query },
        handler: async () => listResponse(2, 1, RESOURCE_TYPES(base)),
      });
      scope.get('/v2/ResourceTypes/:id', {
        config,
        schema: { tags, summary: 'A resource type', params: Id, querystring: Query },
        handler: async (req, reply) => {
          const found = RESOURCE_TYPES(base).find((r) => r.id === (req.params as { id: string }).id);
          return found ?? sendScimError(reply, 404, 'No such resource type.');
        },
      });
      scope.get('/v2/Schemas', {
        config,
        schema: { tags, summary: 'The schemas: core User, enterprise User extension, core Group', querystring: Query },
        handler: async () => listResponse(SCHEMAS.length, 1, SCHEMAS.map((s) => schemaResource(s, base))),
      });
      scope.get('/v2/Schemas/:id', {
        config,
        schema: { tags, summary: 'A schema, by its URN', params: Id, querystring: Query },
        handler: async (req, reply) => {
          const found = SCHEMAS.find((s) => s.id === (req.params as { id: string }).id);
          return found ? schemaResource(found, base) : sendScimError(reply, 404, 'No such schema.');
        },
      });
    },
    { prefix: '/scim' },
  );
}
