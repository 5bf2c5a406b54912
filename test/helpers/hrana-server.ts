/**
 * @module A small libSQL server for tests: Hrana v2 over HTTP (`POST /v2/pipeline`) on top of the
 * `libsql` npm package, one SQLite connection per baton. There is no sqld on npm; this speaks
 * enough of the protocol for `@libsql/client/web` (inside workerd), `@libsql/client` with an
 * http: URL (`npm run db:migrate`) and drizzle's migrator. Not for production.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface Statement {
  raw(on?: boolean): Statement;
  safeIntegers(on?: boolean): Statement;
  columns(): Array<{ name: string; type: string | null }>;
  readonly reader: boolean;
  all(...args: unknown[]): unknown[][];
  run(...args: unknown[]): { changes: number; lastInsertRowid: number | bigint };
}
interface Connection {
  prepare(sql: string): Statement;
  exec(sql: string): void;
  close(): void;
  readonly inTransaction: boolean;
}
type ConnectionClass = new (path: string, opts?: object) => Connection;

type Value =
  | { type: 'null' }
  | { type: 'integer'; value: string }
  | { type: 'float'; value: number }
  | { type: 'text'; value: string }
  | { type: 'blob'; base64: string };
interface Stmt {
  sql?: string;
  sql_id?: number;
  args?: Value[];
  named_args?: Array<{ name: string; value: Value }>;
  want_rows?: boolean;
}
type Cond =
  | { type: 'ok'; step: number }
  | { type: 'error'; step: number }
  | { type: 'not'; cond: Cond }
  | { type: 'and'; conds: Cond[] }
  | { type: 'or'; conds: Cond[] }
  | { type: 'is_autocommit' };
type StreamRequest =
  | { type: 'close' }
  | { type: 'execute'; stmt: Stmt }
  | { type: 'batch'; batch: { steps: Array<{ condition?: Cond | null; stmt: Stmt }> } }
  | { type: 'sequence'; sql?: string; sql_id?: number }
  | { type: 'describe'; sql?: string; sql_id?: number }
  | { type: 'store_sql'; sql_id: number; sql: string }
  | { type: 'close_sql'; sql_id: number }
  | { type: 'get_autocommit' };

function toSql(v: Value): unknown {
  switch (v.type) {
    case 'null':
      return null;
    case 'integer':
      return BigInt(v.value);
    case 'float':
      return v.value;
    case 'text':
      return v.value;
    case 'blob':
      return Buffer.from(v.base64, 'base64');
  }
}

function fromSql(v: unknown): Value {
  if (v === null || v === undefined) return { type: 'null' };
  if (typeof v === 'bigint') return { type: 'integer', value: v.toString() };
  if (typeof v === 'number') return { type: 'float', value: v };
  if (typeof v === 'string') return { type: 'text', value: v };
  if (v instanceof Uint8Array) return { type: 'blob', base64: Buffer.from(v).toString('base64') };
  return { type: 'text', value: String(v) };
}

class Stream {
  readonly sqls = new Map<number, string>();
  constructor(readonly conn: Connection) {}

  sqlOf(s: { sql?: string; sql_id?: number }): string {
    if (s.sql !== undefined) return s.sql;
    const stored = s.sql_id !== undefined ? this.sqls.get(s.sql_id) : undefined;
    if (stored === undefined) throw new Error('SQL text saknas');
    return stored;
  }

  execute(stmt: Stmt) {
    const prepared = this.conn.prepare(this.sqlOf(stmt)).safeIntegers(true);
    const args: unknown[] = [];
    if (stmt.named_args?.length) {
      const named: Record<string, unknown> = {};
      for (const a of stmt.named_args) named[a.name.replace(/^[:@$]/, '')] = toSql(a.value);
      args.push(named);
    } else if (stmt.args?.length) {
      args.push(...stmt.args.map(toSql));
    }
    if (prepared.reader) {
      const cols = prepared.columns().map((c) => ({ name: c.name, decltype: c.type ?? null }));
      const rows = prepared
        .raw(true)
        .all(...args)
        .map((row) => row.map(fromSql));
      const info = this.conn.prepare('select changes(), last_insert_rowid()').safeIntegers(true).raw(true).all()[0] as bigint[];
      return { cols, rows, affected_row_count: Number(info[0]), last_insert_rowid: String(info[1]) };
    }
    const info = prepared.run(...args);
    return { cols: [], rows: [], affected_row_count: Number(info.changes), last_insert_rowid: String(info.lastInsertRowid) };
  }

  batch(steps: Array<{ condition?: Cond | null; stmt: Stmt }>) {
    const results: Array<ReturnType<Stream['execute']> | null> = [];
    const errors: Array<{ message: string } | null> = [];
    const holds = (c: Cond): boolean => {
      switch (c.type) {
        case 'ok':
          return results[c.step] != null;
        case 'error':
          return errors[c.step] != null;
        case 'not':
          return !holds(c.cond);
        case 'and':
          return c.conds.every(holds);
        case 'or':
          return c.conds.some(holds);
        case 'is_autocommit':
          return !this.conn.inTransaction;
      }
    };
    for (const step of steps) {
      if (step.condition && !holds(step.condition)) {
        results.push(null);
        errors.push(null);
        continue;
      }
      try {
        results.push(this.execute(step.stmt));
        errors.push(null);
      } catch (err) {
        results.push(null);
        errors.push({ message: (err as Error).message });
      }
    }
    return { step_results: results, step_errors: errors };
  }

  handle(req: StreamRequest): object {
    switch (req.type) {
      case 'execute':
        return { type: 'execute', result: this.execute(req.stmt) };
      case 'batch':
        return { type: 'batch', result: this.batch(req.batch.steps) };
      case 'sequence':
        this.conn.exec(this.sqlOf(req));
        return { type: 'sequence' };
      case 'describe': {
        const p = this.conn.prepare(this.sqlOf(req));
        return {
          type: 'describe',
          result: {
            params: [],
            cols: p.columns().map((c) => ({ name: c.name, decltype: c.type ?? null })),
            is_explain: false,
            is_readonly: p.reader,
          },
        };
      }
      case 'store_sql':
        this.sqls.set(req.sql_id, req.sql);
        return { type: 'store_sql' };
      case 'close_sql':
        this.sqls.delete(req.sql_id);
        return { type: 'close_sql' };
      case 'get_autocommit':
        return { type: 'get_autocommit', is_autocommit: !this.conn.inTransaction };
      case 'close':
        return { type: 'close' };
    }
  }
}

export interface HranaServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Serves the SQLite file at `path` on 127.0.0.1:`port` (0 picks a free port). */
export async function startHranaServer(path: string, port = 0): Promise<HranaServer> {
  const Database = require('libsql') as ConnectionClass;
  const streams = new Map<string, Stream>();
  const open = () => {
    const conn = new Database(path);
    conn.exec('PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;');
    return new Stream(conn);
  };

  const server = createServer(async (req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'GET' && (req.url === '/v2' || req.url === '/health')) return send(200, {});
    if (req.method !== 'POST' || req.url !== '/v2/pipeline') return send(404, { message: 'Not found' });
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    let body: { baton?: string | null; requests: StreamRequest[] };
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return send(400, { message: 'Ogiltig JSON' });
    }
    let baton = body.baton ?? undefined;
    const stream = baton ? streams.get(baton) : open();
    if (!stream) return send(400, { message: 'Okänd baton' });
    if (baton) streams.delete(baton);
    const results: object[] = [];
    let closed = false;
    for (const r of body.requests) {
      try {
        results.push({ type: 'ok', response: stream.handle(r) });
      } catch (err) {
        results.push({ type: 'error', error: { message: (err as Error).message, code: 'SQLITE_ERROR' } });
      }
      if (r.type === 'close') closed = true;
    }
    if (closed) {
      stream.conn.close();
      baton = undefined;
    } else {
      baton = randomUUID();
      streams.set(baton, stream);
    }
    send(200, { baton: baton ?? null, base_url: null, results });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actual}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of streams.values()) s.conn.close();
        streams.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
