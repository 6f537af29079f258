import { Badge } from '@mantine/core';
import { lookOf, type StatusLook } from '../lib/status';

export function StatusBadge({ table, status }: { table: Record<string, StatusLook>; status: string }) {
  const look = lookOf(table, status);
  return <Badge color={look.color}>{look.label}</Badge>;
}
