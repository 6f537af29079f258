import { describe, expect, it } from 'vitest';
import type { AuditChange } from '../../src/domain/audit-events.ts';
import { webhookEventsOf, type EndedActivation } from '../../src/domain/webhooks.ts';

const state = (n: number) => ({ keyId: 'k1', keyName: 'Design', fingerprint: `fp-${n}`, deviceName: `pc-${n}`, status: 'released' as const, endReason: 'key_expired' as const });
const ended: EndedActivation[] = [1, 2].map((n) => ({ id: `a${n}`, state: state(n) }));
const keyState = { name: 'Design', type: 'dynamic' as const, maxSeats: 3, blocked: false, expiresAt: null };

describe('webhookEventsOf', () => {
  it('a bulk ending yields its summary (if any) then one activation.ended per device, ids derived from the audit event', () => {
    const expired = { action: 'key.expired', target: { type: 'key', id: 'k1' }, accountId: 'acc', subscriptionId: 'sub', before: { ...keyState, used: 2 }, after: { releasedActivations: 2 } } as AuditChange;
    const out = webhookEventsOf('ev', 0, expired, ended);
    expect(out.map((w) => [w.id, w.type])).toEqual([
      ['ev', 'key.expired'],
      ['ev.a1', 'activation.ended'],
      ['ev.a2', 'activation.ended'],
    ]);
    expect(JSON.parse(out[1]!.payload).data).toEqual({ accountId: 'acc', subscriptionId: 'sub', activationId: 'a1', ...state(1) });
    const deleted = { ...expired, action: 'key.deleted', after: { deactivatedDevices: 2 } } as AuditChange;
    expect(webhookEventsOf('ev', 0, deleted, ended).map((w) => w.id)).toEqual(['ev.a1', 'ev.a2']);
    expect(webhookEventsOf('ev', 0, deleted)).toEqual([]);
  });
  it('any other action ignores what is handed beside it', () => {
    const blocked = { action: 'key.blocked', target: { type: 'key', id: 'k1' }, accountId: 'acc', subscriptionId: 'sub', before: keyState, after: { ...keyState, blocked: true } } as AuditChange;
    expect(webhookEventsOf('ev', 0, blocked, ended).map((w) => w.id)).toEqual(['ev']);
  });
});
