import { notifications } from '@mantine/notifications';
import { errorMessage } from './errors';

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', message, autoClose: 4000 });
}

export function notifyFailure(title: string, error: unknown): void {
  notifications.show({ color: 'red', title, message: errorMessage(error), autoClose: 8000 });
}

/** Several things failed: the first few, by name, and how many more. */
export function notifyProblems(title: string, problems: { name: string; message: string }[]): void {
  const shown = problems.slice(0, 3).map((p) => `${p.name}: ${p.message}`);
  if (problems.length > 3) shown.push(`and ${problems.length - 3} more`);
  notifications.show({ color: 'red', title, message: shown.join('\n'), autoClose: 10000, style: { whiteSpace: 'pre-line' } });
}
