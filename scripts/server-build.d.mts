import type { BuildOptions } from 'esbuild';

export declare const SERVER_OUTDIR: string;
export declare const SERVER_ENTRY_POINTS: Record<string, string>;
export declare function serverBuildOptions(options?: { outdir?: string; entryPoints?: Record<string, string>; absWorkingDir?: string }): BuildOptions;
