import { Badge, Table, Text } from '@mantine/core';
import type { SsoCertificate } from '../../api/types';
import { daysUntil, formatDate } from '../../lib/format';

/** The saved SAML connection's signing certificates: whose, which (SHA-256 fingerprint), until when. */
export function CertificatesTable({ certificates }: { certificates: SsoCertificate[] }) {
  return (
    <Table withTableBorder verticalSpacing="xs" fz="sm" data-testid="certificates">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Subject</Table.Th>
          <Table.Th>SHA-256 fingerprint</Table.Th>
          <Table.Th>Expires</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {certificates.map((c) => {
          const days = c.notAfter ? daysUntil(c.notAfter) : null;
          return (
            <Table.Tr key={c.fingerprintSha256}>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{c.subject || '—'}</Table.Td>
              <Table.Td>
                <Text size="xs" className="mono" style={{ overflowWrap: 'anywhere' }}>
                  {c.fingerprintSha256}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatDate(c.notAfter)}{' '}
                {days !== null && days <= 0 && <Badge color="red">Expired</Badge>}
                {days !== null && days > 0 && days <= 30 && <Badge color="yellow">In {days} days</Badge>}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
