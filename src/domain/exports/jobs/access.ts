/** Who may see an export job and fetch its file: the user who started it, or an admin. */
import type { Viewer } from '../../auth/permissions';
import type { ExportJob } from './job';

export function mayAccessExportJob(viewer: Viewer, job: ExportJob): boolean {
  return job.owner === viewer.id || viewer.roles.includes('admin');
}
