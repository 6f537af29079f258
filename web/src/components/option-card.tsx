import { Group, Radio, Text } from '@mantine/core';

/** One choice of a radio group, as a card with its label and what it means. */
export function OptionCard({ value, label, description }: { value: string; label: string; description: string }) {
  return (
    <Radio.Card value={value} p="sm" radius="md" aria-label={`${label}: ${description}`}>
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <Radio.Indicator mt={2} />
        <div>
          <Text fw={600} size="sm">
            {label}
          </Text>
          <Text size="xs" c="dimmed">
            {description}
          </Text>
        </div>
      </Group>
    </Radio.Card>
  );
}
