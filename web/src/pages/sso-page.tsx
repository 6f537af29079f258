import { Stack } from '@mantine/core';
import { useDomains } from '../api/sso';
import { PageHeader } from '../components/page-header';
import { DomainsCard } from '../features/sso/domains-card';
import { GroupMappingsCard } from '../features/sso/group-mappings-card';
import { IdentityProviderCard } from '../features/sso/identity-provider-card';
import { ScimCard } from '../features/sso/scim-card';
import { usePermissions } from '../lib/permissions';
import { useSignedIn } from '../lib/signed-in';
import NotFoundPage from './not-found-page';

export default function SsoPage() {
  const permissions = usePermissions();
  if (!permissions.canManageSso) return <NotFoundPage />;
  return <Sso />;
}

function Sso() {
  const { account } = useSignedIn();
  const domains = useDomains(account.id);
  const verified = (domains.data ?? []).filter((d) => d.status === 'verified').map((d) => d.domain);
  return (
    <>
      <PageHeader
        title="Single sign-on"
        description="Your people sign in with your identity provider instead of typing a key: one seat per person, whatever their number of devices. Three steps: verify your domains, connect your provider, map groups to keys; then, if you wish, let your provider keep your people and groups up to date over SCIM."
      />
      <Stack gap="lg">
        <DomainsCard accountId={account.id} />
        <IdentityProviderCard accountId={account.id} verifiedDomains={verified} />
        <GroupMappingsCard accountId={account.id} />
        <ScimCard accountId={account.id} />
      </Stack>
    </>
  );
}
