import { Group, Text } from '@mantine/core';

/** The mark and the name, as in the favicon. */
export function Brand({ size = 28 }: { size?: number }) {
  return (
    <Group gap={10} wrap="nowrap">
      <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true">
        <rect width="32" height="32" rx="7" fill="var(--mantine-color-brand-6)" />
        <path d="M9 23 16 8l7 15M11.5 18h9" fill="none" stroke="#fff" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <Text fw={700} fz={size * 0.64} lh={1} style={{ letterSpacing: '-0.01em' }}>
        Allot
      </Text>
    </Group>
  );
}
