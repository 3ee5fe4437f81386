import type { APIRoute } from 'astro';
import { reportData } from '../../checks/report/data.ts';
import { loadManualChecks, loadRecordedReport } from '../../model/load-evidence.ts';

/**
 * The published report as data: the recorded evidence with every criterion's and Matterhorn
 * checkpoint's result and the manual checks recorded (src/checks/report/data.ts). Without a
 * recorded run, it says so.
 */
export const GET: APIRoute = () => {
  const recorded = loadRecordedReport();
  const data = recorded ? reportData(recorded, loadManualChecks()) : { recorded: false };
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
