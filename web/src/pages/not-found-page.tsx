import { Button } from '@mantine/core';
import { IconMapOff } from '@tabler/icons-react';
import { Link } from 'react-router';
import { EmptyState } from '../components/states';

/** `home`: where "Go to the start" leads (the operator console has its own). */
export default function NotFoundPage({ home = '/' }: { home?: string }) {
  return (
    <EmptyState
      icon={IconMapOff}
      title="This page does not exist"
      action={
        <Button component={Link} to={home} variant="default">
          Go to the start
        </Button>
      }
    >
      The link may be mistyped, or the page is not one you can see.
    </EmptyState>
  );
}
