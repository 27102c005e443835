/**
 * Test helper: render with a fresh QueryClient (retry off) and a fixture geometry. By default
 * the bundled dataset is used; `load` swaps in another dataset source (slow, failing …).
 */
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { Providers } from '../../src/app/providers';
import type { Dataset } from '../../src/data/types';
import { geometryQueryOptions } from '../../src/features/district-map/geo-query';
import { DatasetSourceProvider } from '../../src/queries/dataset';
import { FIXTURE_GEOMETRY } from '../fixtures/geometry';

export function renderWithData(ui: ReactElement, { preload = true, load }: { preload?: boolean; load?: () => Promise<Dataset> } = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  if (preload) client.setQueryData(geometryQueryOptions().queryKey, FIXTURE_GEOMETRY);
  const tree = load ? <DatasetSourceProvider source={{ id: 'test', load }}>{ui}</DatasetSourceProvider> : ui;
  return { client, ...render(<Providers client={client}>{tree}</Providers>) };
}
