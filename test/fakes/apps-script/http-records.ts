/** What the fake UrlFetchApp sent, and the timeouts a test asks it to simulate. Host-side. */
import type { WireRequest } from './sync-http.js';

export interface RecordedRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  /** The body as text ('' without one). */
  payload: string;
  /** The final status, or null when there was no answer. */
  status: number | null;
  outcome: 'sent' | 'response' | 'timeout' | 'error';
}

export interface TimeoutFault {
  /** true: the server gets the request and answers, but the answer is lost. false: nothing is sent. */
  deliver: boolean;
}

export class HttpRecords {
  readonly requests: RecordedRequest[] = [];
  private readonly faults: TimeoutFault[] = [];

  /**
   * Makes the next fetch throw `Timeout`. With `deliver` (the default) the server still receives
   * and handles the request: the case where a retry must not submit twice.
   */
  queueTimeout(fault: Partial<TimeoutFault> = {}): void {
    this.faults.push({ deliver: fault.deliver ?? true });
  }

  clear(): void {
    this.requests.length = 0;
    this.faults.length = 0;
  }

  takeFault(): TimeoutFault | undefined {
    return this.faults.shift();
  }

  record(wire: WireRequest[]): RecordedRequest[] {
    const entries = wire.map((request): RecordedRequest => ({
      url: request.url,
      method: request.method,
      headers: { ...request.headers },
      payload: request.body ? new TextDecoder().decode(request.body) : '',
      status: null,
      outcome: 'sent',
    }));
    this.requests.push(...entries);
    return entries;
  }
}
