import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadPaths, downloadResponse, type DownloadProps } from '../../../lib/download-routes.ts';

/** The charter's PDF downloads (the extension is in the route so `astro dev` serves them too). */
export const getStaticPaths = (() => downloadPaths('pdf')) satisfies GetStaticPaths;

export const GET: APIRoute<DownloadProps> = ({ props, site }) => downloadResponse(props, site);
