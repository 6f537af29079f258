import { Alert, List, ScrollArea, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useMailConfigured } from '../../api/system';
import type { InviteResult } from '../../api/types';
import { plural } from '../../lib/format';
import { REJECTION } from './invitation-options';

/** What the server did with the list: who was invited, and every address it turned down, with why. */
export function InviteResultSummary({ result }: { result: InviteResult }) {
  const mail = useMailConfigured();
  const invited = plural(result.data.length, 'person', 'people');
  return (
    <Stack gap="sm">
      <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />}>
        {result.data.length === 0
          ? 'Nobody was invited.'
          : mail === false
            ? `${invited} invited. Their emails wait until mail is set up: “Download invitations” gives you their codes meanwhile.`
            : `${invited} invited: each gets a personal code by email.`}
      </Alert>
      {result.rejected.length > 0 && (
        <Stack gap={6}>
          <Text size="sm" fw={600}>
            {plural(result.rejected.length, 'address', 'addresses')} turned down
          </Text>
          <ScrollArea.Autosize mah={200} type="auto">
            <List size="sm" spacing={2}>
              {result.rejected.map((r, i) => (
                <List.Item key={`${r.email}-${i}`}>
                  {r.line !== undefined && <Text span c="dimmed" size="sm">{`line ${r.line}: `}</Text>}
                  <Text span size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                    {r.email || '(empty)'}
                  </Text>{' '}
                  — {REJECTION[r.reason] ?? r.reason}
                </List.Item>
              ))}
            </List>
          </ScrollArea.Autosize>
        </Stack>
      )}
    </Stack>
  );
}
