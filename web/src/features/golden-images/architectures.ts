import type { Architecture } from '../../api/types';

export const ARCHITECTURES: { arch: Architecture; label: string }[] = [
  { arch: 'appleSilicon', label: 'Apple silicon' },
  { arch: 'intel', label: 'Intel' },
];
