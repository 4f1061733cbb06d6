export interface SendWebhookOptions {
  /** An incoming-webhook URL (Teams, Slack or any endpoint that accepts a JSON POST). */
  url: string;
  payload: unknown;
  /** Total tries, the first included. */
  attempts?: number;
  /** Wait before the second try; doubles for each further one. */
  baseDelayMs?: number;
  timeoutMs?: number;
  /** Told about each failed try, e.g. to log it; never required. */
  onFailure?: (info: { attempt: number; error: string; willRetry: boolean }) => void;
}

export interface WebhookDelivery {
  delivered: boolean;
  attempts: number;
  status?: number;
  error?: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function isRetryable(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/**
 * Posts a JSON payload, retrying network errors, timeouts, 408, 429 and 5xx with exponential back-off. Never throws:
 * callers fire it after their transaction commits and a failure must never undo or delay a decision.
 */
export async function sendWebhook(options: SendWebhookOptions): Promise<WebhookDelivery> {
  const attempts = Math.max(1, options.attempts ?? 4);
  const baseDelay = options.baseDelayMs ?? 500;
  let last: WebhookDelivery = { delivered: false, attempts: 0 };
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let retryable = true;
    try {
      const response = await fetch(options.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(options.payload),
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      await response.body?.cancel();
      if (response.ok) return { delivered: true, attempts: attempt, status: response.status };
      retryable = isRetryable(response.status);
      last = { delivered: false, attempts: attempt, status: response.status, error: `The webhook answered HTTP ${response.status}.` };
    } catch (error) {
      last = { delivered: false, attempts: attempt, error: error instanceof Error ? error.message : String(error) };
    }
    const willRetry = retryable && attempt < attempts;
    options.onFailure?.({ attempt, error: last.error ?? "unknown", willRetry });
    if (!willRetry) break;
    await sleep(baseDelay * 2 ** (attempt - 1));
  }
  return last;
}
