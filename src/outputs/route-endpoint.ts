import type { APIRoute, GetStaticPaths } from 'astro';
import { outputPaths, outputResponse, routeExtension, type OutputRouteProps } from './routes.ts';

/**
 * The endpoint behind every download route, /charters/[slug]/[file].<extension>, injected
 * once per extension by the output registry's integration (astro-integration.ts).
 */
export const getStaticPaths = (({ routePattern }) => outputPaths(routeExtension(routePattern))) satisfies GetStaticPaths;

export const GET: APIRoute<OutputRouteProps> = ({ props }) => outputResponse(props);
