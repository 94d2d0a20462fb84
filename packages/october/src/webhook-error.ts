import { KybkitError } from '@kybkit/core';
import { PROVIDER, SOURCE } from './environments.js';

/** Why a delivery was refused. */
export type WebhookProblem = 'body' | 'json' | 'shape' | 'event' | 'verification' | 'options';

/**
 * A webhook delivery that is not a valid `new_report` event, or that the verifier refused. Answer
 * the delivery with a 4xx. The message names the problem, never the key or the body.
 */
export class WebhookError extends KybkitError {
  override readonly name: string = 'WebhookError';
  readonly problem: WebhookProblem;
  /** The payload's `event` when it is another event (e.g. `update_request`). */
  readonly event: string | undefined;
  constructor(message: string, problem: WebhookProblem, event?: string) {
    super(message, { source: SOURCE, provider: PROVIDER, operation: 'newReportEvent' });
    this.problem = problem;
    this.event = event;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), problem: this.problem, event: this.event };
  }
}
