import { Button, Group, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';

/** One box for every way to find an account: name, domain, member email, key prefix, device fingerprint. */
export function AccountSearchBox({ initial = '', onSearch, autoFocus }: { initial?: string; onSearch?: (q: string) => void; autoFocus?: boolean }) {
  const [text, setText] = useState(initial);
  const navigate = useNavigate();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = text.trim();
    if (onSearch) onSearch(q);
    else navigate(`/operator/accounts?${new URLSearchParams({ q })}`);
  };
  return (
    <form onSubmit={submit} role="search">
      <Group gap="sm" wrap="nowrap" align="flex-end">
        <TextInput
          aria-label="Find an account"
          placeholder="Account name, domain, member email, key prefix or device fingerprint"
          leftSection={<IconSearch size={16} />}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          maxLength={200}
          autoFocus={autoFocus}
          style={{ flex: '1 1 auto', maxWidth: 560 }}
        />
        <Button type="submit" variant="default" disabled={text.trim().length < 2}>
          Search
        </Button>
      </Group>
    </form>
  );
}
