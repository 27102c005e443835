/** Test helper: render with a fresh QueryClient (retry off), the dataset and a fixture geometry preloaded or not. */
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { Providers } from '../../src/app/providers';
import { DATASET } from '../../src/data/dataset';
import { geometryQueryOptions } from '../../src/features/district-map/geo-query';
import { datasetQueryOptions } from '../../src/queries/dataset';
import { FIXTURE_GEOMETRY } from '../fixtures/geometry';

export function renderWithData(ui: ReactElement, { preload = true }: { preload?: boolean } = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  if (preload) {
    client.setQueryData(datasetQueryOptions().queryKey, DATASET);
    client.setQueryData(geometryQueryOptions().queryKey, FIXTURE_GEOMETRY);
  }
  return { client, ...render(<Providers client={client}>{ui}</Providers>) };
}
