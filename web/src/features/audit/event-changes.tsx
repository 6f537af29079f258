import { Stack, Text } from '@mantine/core';
import type { AuditEvent } from '../../api/types';
import { changesOf, type NameOf } from './describe-event';

export function EventChanges({ event, nameOf }: { event: AuditEvent; nameOf: NameOf }) {
  const changes = changesOf(event, nameOf);
  if (changes.length === 0)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  return (
    <Stack gap={2}>
      {changes.slice(0, 6).map((c) => (
        <Text key={c.field} size="xs" style={{ overflowWrap: 'anywhere' }}>
          <Text span c="dimmed" size="xs">
            {c.field}:{' '}
          </Text>
          {c.before !== null && c.after !== null ? (
            <>
              <Text span size="xs" td="line-through" c="dimmed">
                {c.before}
              </Text>
              {' → '}
              {c.after}
            </>
          ) : (
            (c.after ?? c.before)
          )}
        </Text>
      ))}
    </Stack>
  );
}
