/** The bindings the workerd suite sees through `cloudflare:test`: the Worker's own. */
import type { WorkerEnv } from '../../src/worker';

declare global {
  namespace Cloudflare {
    // Declaration merging into cloudflare:test's Env: the interface has to be empty.
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface Env extends WorkerEnv {}
  }
}
