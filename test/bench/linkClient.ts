import { Agent, request } from 'node:http';
import { createInterface } from 'node:readline';

// The short-link bench's client, in its own process so its timers, sockets and GC never share the event
// loop with the server it measures (bench/shortLinks.ts spawns it). Argv: port rate seconds codes. Prints
// "ready", waits for "go" on stdin, offers `rate` GET /l/:code per second over keep-alive connections paced
// against the clock (a slow answer never lowers the offered load), times each request from write to the end
// of the response, then prints { latencies (sorted ms), errors, seconds } as one JSON line and exits.
const [port, rate, seconds, codes] = process.argv.slice(2).map(Number) as [number, number, number, number];
const agent = new Agent({ keepAlive: true, maxSockets: 64 });
const userAgent = process.env.BENCH_LINK_UA ?? 'Mozilla/5.0 bench';

const get = (path: string) =>
  new Promise<number>((resolve, reject) => {
    const started = performance.now();
    const req = request(
      { host: '127.0.0.1', port, path, agent, headers: { 'user-agent': userAgent } },
      (res) => {
        res.resume();
        res.on('end', () =>
          res.statusCode === 302
            ? resolve(performance.now() - started)
            : reject(new Error(`status ${res.statusCode}`)),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });

const drive = async () => {
  const latencies: number[] = [];
  const pending: Promise<void>[] = [];
  let errors = 0;
  const total = Math.round(seconds * rate);
  const started = performance.now();
  for (let i = 0; i < total; i++) {
    const wait = started + (i * 1000) / rate - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const code = `b${String(1 + Math.floor(Math.random() * codes)).padStart(7, '0')}`;
    pending.push(
      get(`/l/${code}`).then(
        (ms) => void latencies.push(ms),
        () => void errors++,
      ),
    );
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  agent.destroy();
  process.stdout.write(`${JSON.stringify({ latencies, errors, seconds: elapsed })}\n`);
  process.exit(0);
};

// Open the connections before the clock starts, so the figure is the redirect, not TCP setup.
await Promise.allSettled(Array.from({ length: 16 }, () => get('/l/b0000001')));
const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  if (line === 'go') void drive();
});
process.stdout.write('ready\n');
