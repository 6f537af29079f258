/** The nine settings of a policy, in the words of what they do on the user's machine (DOMAIN.md, "Groups, policies, golden images"). */
import type { Policy, PolicySettings } from '../../api/types';

export type PolicySwitch =
  | 'corporateVmsOnly'
  | 'oneCorporateVmPerUser'
  | 'preventVmRemoval'
  | 'blockMajorUpgrades'
  | 'lockVmConfiguration'
  | 'showDeveloperTools'
  | 'disableToolsAutoUpdate';

export const POLICY_SWITCHES: { field: PolicySwitch; label: string; description: string }[] = [
  { field: 'corporateVmsOnly', label: 'Corporate virtual machines only', description: 'People can run only the corporate virtual machines you provide, not machines of their own.' },
  { field: 'oneCorporateVmPerUser', label: 'At most one corporate virtual machine per user', description: 'Each person can keep a single corporate virtual machine on their computer.' },
  { field: 'preventVmRemoval', label: 'No removing corporate virtual machines', description: 'People cannot delete a corporate virtual machine from their computer.' },
  { field: 'blockMajorUpgrades', label: 'No major-version upgrades', description: 'The app does not upgrade itself to a new major version; minor updates still install.' },
  { field: 'lockVmConfiguration', label: 'Lock virtual-machine configuration', description: 'People cannot change a virtual machine’s settings (processors, memory, devices, sharing).' },
  { field: 'showDeveloperTools', label: 'Show developer tools', description: 'The app shows its developer tools (debugging, command-line utilities) to people.' },
  { field: 'disableToolsAutoUpdate', label: 'Disable automatic tools updates', description: 'The tools inside virtual machines are not updated automatically; they stay at the installed version.' },
];

export const VM_STARTUP: { value: Policy['vmStartup']; label: string; description: string }[] = [
  { value: 'manual', label: 'Manual', description: 'A virtual machine starts when the person opens it.' },
  { value: 'background', label: 'Ready in the background', description: 'Virtual machines start with the computer, so they are ready when opened.' },
];

export const NETWORK: { value: Policy['network']; label: string; description: string }[] = [
  { value: 'disconnect', label: 'Disconnected', description: 'No network at all inside the virtual machine.' },
  { value: 'shared', label: 'Shared', description: 'Uses the computer’s connection (NAT): reaches out, unseen from the network.' },
  { value: 'host-only', label: 'Host-only', description: 'Reaches the computer it runs on, and nothing else.' },
  { value: 'bridged', label: 'Bridged', description: 'Appears on the local network as a machine of its own.' },
];

/** The settings of a policy (what PUT takes), without its version and inheritance. */
export const settingsOf = (policy: Policy): PolicySettings => ({
  corporateVmsOnly: policy.corporateVmsOnly,
  oneCorporateVmPerUser: policy.oneCorporateVmPerUser,
  preventVmRemoval: policy.preventVmRemoval,
  blockMajorUpgrades: policy.blockMajorUpgrades,
  lockVmConfiguration: policy.lockVmConfiguration,
  showDeveloperTools: policy.showDeveloperTools,
  disableToolsAutoUpdate: policy.disableToolsAutoUpdate,
  vmStartup: policy.vmStartup,
  network: policy.network,
});

export const sameSettings = (a: PolicySettings, b: PolicySettings): boolean =>
  (Object.keys(a) as (keyof PolicySettings)[]).every((field) => a[field] === b[field]);

/** How a setting reads in one word ("On", "Off", "Bridged"). */
export function valueLabel(field: keyof PolicySettings, settings: PolicySettings): string {
  if (field === 'vmStartup') return VM_STARTUP.find((o) => o.value === settings.vmStartup)?.label ?? settings.vmStartup;
  if (field === 'network') return NETWORK.find((o) => o.value === settings.network)?.label ?? settings.network;
  return settings[field] ? 'On' : 'Off';
}
