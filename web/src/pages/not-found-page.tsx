import { Button } from '@mantine/core';
import { IconMapOff } from '@tabler/icons-react';
import { Link } from 'react-router';
import { EmptyState } from '../components/states';

export default function NotFoundPage() {
  return (
    <EmptyState
      icon={IconMapOff}
      title="This page does not exist"
      action={
        <Button component={Link} to="/" variant="default">
          Go to the start
        </Button>
      }
    >
      The link may be mistyped, or the page is not one you can see.
    </EmptyState>
  );
}
