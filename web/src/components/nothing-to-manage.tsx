import { Button } from '@mantine/core';
import { IconMoodEmpty } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useSignedIn } from '../lib/signed-in';
import { ROLE } from '../lib/status';
import { EmptyState } from './states';

/** What a Regular Member (or a License Administrator without keys) sees instead of subscriptions. */
export function NothingToManage() {
  const { member, account } = useSignedIn();
  return (
    <EmptyState
      icon={IconMoodEmpty}
      title="Nothing to manage yet"
      action={
        <Button component={Link} to="/profile" variant="default">
          Your profile
        </Button>
      }
    >
      You are a {ROLE[member.role].label} of {account.name}
      {member.role === 'license_admin' ? ' without any license keys assigned' : ''}. When an Account Administrator gives you a role or assigns license keys
      to you, they appear here.
    </EmptyState>
  );
}
