/**
 * The audit actions are one table (src/domain/audit-events.ts): the OpenAPI document lists
 * exactly its actions as the event's `action` enum (what the console's labels are checked
 * against), and a change that is not in it, or has another payload, does not type-check.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Change } from '../../src/app/audit.ts';
import { AUDIT_ACTIONS, AUDIT_TARGETS } from '../../src/domain/audit-events.ts';
import { apiClient } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';

const keyState = { name: 'Design', type: 'dynamic', maxSeats: 3, blocked: false, expiresAt: null } as const;

describe('the table of audit actions', () => {
  it('types a change by its action: its target, and its before and after as the table says', () => {
    const changes: Change[] = [
      { action: 'key.created', target: { type: 'key', id: 'k1' }, accountId: 'a1', after: keyState },
      { action: 'member.signed_in', target: { type: 'member', id: 'm1' }, accountId: 'a1' },
      // @ts-expect-error an action that is not in the table
      { action: 'key.renamed', target: { type: 'key', id: 'k1' }, accountId: 'a1', after: keyState },
      // @ts-expect-error a target of another type
      { action: 'key.created', target: { type: 'member', id: 'k1' }, accountId: 'a1', after: keyState },
      // @ts-expect-error a key's state without its name
      { action: 'key.updated', target: { type: 'key', id: 'k1' }, accountId: 'a1', before: keyState, after: { ...keyState, name: undefined } },
      // @ts-expect-error a member event that must name the member
      { action: 'member.invitation_resent', target: { type: 'member', id: 'm1' }, accountId: 'a1' },
      // @ts-expect-error a payload the action does not record
      { action: 'member.signed_in', target: { type: 'member', id: 'm1' }, accountId: 'a1', after: { name: 'Ana' } },
    ];
    expect(changes).toHaveLength(7);
  });

  it('gives every action a target type named like its prefix, and lists each action once', () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
    for (const action of AUDIT_ACTIONS) expect(action, action).toMatch(new RegExp(`^${AUDIT_TARGETS[action]}\\.[a-z_]+$`));
  });
});

describe.each(dialects())('the audit actions in the OpenAPI document on %s', (dialect) => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("lists exactly the table's actions as the event's action enum", async () => {
    server = await startTestServer(dialect);
    const doc = (await apiClient(server.app, null).get('/openapi.json')).body;
    const listing = doc.paths['/v1/events'].get.responses['200'].content['application/json'].schema;
    const event = listing.properties.data.items;
    const resolved = event.$ref ? doc.components.schemas[event.$ref.split('/').pop()] : event;
    expect(resolved.properties.action.enum).toEqual(AUDIT_ACTIONS);
  });
});
