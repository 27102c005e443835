// Types for static-server.mjs, for the TypeScript end-to-end harness.
import type { Server } from 'node:http';

export const MAX_HEADER_BYTES: number;
export function securityHeaders(dist: string): Record<string, string>;
export function cacheControl(path: string): string;
/** `forget()`: serve the folder's files as they are now, on the same socket. */
export function serveDist(dist?: string, options?: { port?: number; host?: string }): Promise<{ httpServer: Server; forget: () => void }>;
