import type { Medium, Period } from './types.js';
import { unwrap } from './unwrap.js';
import type { UploadContext } from './upload-context.js';
import type { OnlineUpdate } from './upload-error.js';
import { assertIsoDate, assertObjectId, invalid, shown } from './validate.js';

/** The spec's `Period` values. */
export const PERIODS: readonly Period[] = ['year', 'month', 'quarter', 'semester'];

export interface MarkOnlineOptions extends OnlineUpdate {
  signal?: AbortSignal;
}

/** Checks the period and date that step 3 will send. */
export function checkUpdate(options: OnlineUpdate): OnlineUpdate {
  const update: OnlineUpdate = {};
  if (options.period !== undefined) {
    if (!PERIODS.includes(options.period)) {
      throw invalid('options.period', `must be one of ${PERIODS.join(', ')}, got ${shown(options.period)}`);
    }
    update.period = options.period;
  }
  if (options.date !== undefined) {
    update.date = assertIsoDate(options.date, 'options.date');
  }
  return update;
}

/** Step 3 on its own: sets the medium online, with its period and date. ApiError when refused. */
export async function markMediumOnline(
  context: UploadContext,
  mediumId: string,
  options: MarkOnlineOptions = {},
): Promise<Medium> {
  assertObjectId(mediumId, 'mediumId');
  const update = checkUpdate(options);
  const meta = update.period !== undefined || update.date !== undefined ? { meta: update } : {};
  const result = await context.api.POST('/media/{mediumId}', {
    params: { path: { mediumId } },
    body: { status: 'online', ...meta },
    ...(options.signal && { signal: options.signal }),
  });
  return unwrap(result, 'updateMedium').medium;
}
