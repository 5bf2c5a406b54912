/** The bindings the workerd suite sees through `cloudflare:test`: the Worker's own. */
import type { WorkerEnv } from '../../src/worker';

declare global {
  namespace Cloudflare {
    interface Env extends WorkerEnv {}
  }
}
