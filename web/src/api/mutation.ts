import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { notifyFailure, notifySuccess } from '../lib/notify';

interface ActionOptions<V, T> {
  run: (variables: V) => Promise<T>;
  /** What to say when it worked; nothing when the screen already shows it. */
  success?: string | ((data: T, variables: V) => string);
  /** The title of the error notification, e.g. "Could not block the key"; none when the form shows the error itself. */
  failure?: string;
  /** Cache keys to refetch afterwards, so every number on screen is the API's again. */
  invalidate: (variables: V) => QueryKey[];
}

/** A write to the API with its notifications and the refetch of what it changed. */
export function useAction<V = void, T = unknown>({ run, success, failure, invalidate }: ActionOptions<V, T>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: async (data, variables) => {
      if (success) notifySuccess(typeof success === 'string' ? success : success(data, variables));
    },
    onError: (error) => failure && notifyFailure(failure, error),
    onSettled: (_data, _error, variables) => Promise.all(invalidate(variables).map((queryKey) => client.invalidateQueries({ queryKey }))),
  });
}
