/** Test helper: render with a fresh QueryClient (retry off) and the dataset preloaded or not. */
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { Providers } from '../../src/app/providers';
import { DATASET } from '../../src/data/dataset';
import { datasetQueryOptions } from '../../src/queries/dataset';

export function renderWithData(ui: ReactElement, { preload = true }: { preload?: boolean } = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  if (preload) client.setQueryData(datasetQueryOptions().queryKey, DATASET);
  return { client, ...render(<Providers client={client}>{ui}</Providers>) };
}
