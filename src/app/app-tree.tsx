/** The whole app as one tree: what main.tsx hydrates or renders and what the build prerenders (they must be the same). */
import { StrictMode } from 'react';
import { ActiveDataset } from './active-dataset';
import { App } from './app';
import { Providers } from './providers';

export function AppTree() {
  return (
    <StrictMode>
      <Providers>
        <ActiveDataset>
          <App />
        </ActiveDataset>
      </Providers>
    </StrictMode>
  );
}
