#!/usr/bin/env node
/**
 * Express or Fastify under NestJS: the same tiny app on each adapter, loaded with
 * autocannon over loopback, one adapter at a time.
 *
 *   node bench/http-adapters.mjs [--duration 10] [--warmup 2] [--connections 50] [--rounds 3]
 *
 * The server runs in a child process (this file with --serve <adapter>) so that it and the
 * load generator do not share one event loop. Routes, identical on both adapters:
 *   GET  /ping  → {"status":"ok","time":<ms>}
 *   POST /echo  → ~1 KB JSON body, validated and transformed by Nest's ValidationPipe
 *                 (class-validator, whitelist + forbidNonWhitelisted, as in the API), echoed.
 * Each round starts a fresh server per adapter (the order alternates between rounds, so a
 * busy neighbour on the machine hurts both alike); the table shows medians over rounds.
 * Only 127.0.0.1 is used; every process is closed at the end. About 50 s per round.
 */
import 'reflect-metadata';
import { fork } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ADAPTERS = ['express', 'fastify'];

const { values: args } = parseArgs({
  options: {
    serve: { type: 'string' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '50' },
    rounds: { type: 'string', default: '3' },
  },
});

// ---------------------------------------------------------------- server (child process)

async function serve(adapterName) {
  const { Body, Controller, Get, HttpCode, Module, Post, ValidationPipe } =
    await import('@nestjs/common');
  const { NestFactory } = await import('@nestjs/core');
  const { Type } = await import('class-transformer');
  const v = await import('class-validator');

  // Decorators applied by hand: plain JavaScript has no decorator syntax.
  const decorate = (decorators, target, key) => {
    const descriptor = key && Object.getOwnPropertyDescriptor(target, key);
    for (const d of decorators.reverse()) d(target, key, descriptor);
  };

  class Attachment {}
  decorate([v.IsString(), v.MaxLength(200)], Attachment.prototype, 'name');
  decorate([v.IsInt(), v.Min(0)], Attachment.prototype, 'size');

  class EchoDto {}
  decorate([v.IsUUID()], EchoDto.prototype, 'id');
  decorate([v.IsString(), v.MaxLength(200)], EchoDto.prototype, 'fullName');
  decorate([v.IsDateString()], EchoDto.prototype, 'date');
  decorate([v.IsIn(['open', 'closed'])], EchoDto.prototype, 'status');
  decorate([v.IsString(), v.MaxLength(2000)], EchoDto.prototype, 'note');
  decorate([v.IsArray(), v.IsString({ each: true })], EchoDto.prototype, 'tags');
  decorate(
    [v.IsArray(), v.ValidateNested({ each: true }), Type(() => Attachment)],
    EchoDto.prototype,
    'attachments',
  );
  decorate([v.IsOptional(), v.IsInt()], EchoDto.prototype, 'version');

  class BenchController {
    ping() {
      return { status: 'ok', time: Date.now() };
    }
    echo(dto) {
      return dto;
    }
  }
  Controller()(BenchController);
  decorate([Get('ping')], BenchController.prototype, 'ping');
  decorate([Post('echo'), HttpCode(200)], BenchController.prototype, 'echo');
  Body()(BenchController.prototype, 'echo', 0);
  // What TypeScript's emitDecoratorMetadata would record: the pipe validates against it.
  Reflect.defineMetadata('design:paramtypes', [EchoDto], BenchController.prototype, 'echo');

  class BenchModule {}
  Module({ controllers: [BenchController] })(BenchModule);

  let adapter;
  if (adapterName === 'express') {
    const { ExpressAdapter } = await import('@nestjs/platform-express');
    adapter = new ExpressAdapter();
  } else if (adapterName === 'fastify') {
    const { FastifyAdapter } = await import('@nestjs/platform-fastify');
    adapter = new FastifyAdapter();
  } else {
    throw new Error(`unknown adapter ${adapterName}`);
  }

  const app = await NestFactory.create(BenchModule, adapter, { logger: false });
  app.useGlobalPipes(
    new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }),
  );
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address();
  process.send({ port });

  const stop = async () => {
    await app.close();
    process.exit(0);
  };
  process.on('message', (message) => message === 'stop' && void stop());
  process.on('disconnect', () => void stop());
}

// ---------------------------------------------------------------- load (parent process)

/** A realistic ~1 KB record: ids, names, a free-text note, a few tags and attachments. */
function echoBody() {
  const body = {
    id: '3f1d2c4e-8a9b-4c7d-9e0f-1a2b3c4d5e6f',
    fullName: 'Иванова Мария Сергеевна',
    date: '2026-03-14',
    status: 'open',
    note: 'Выпускница обратилась за помощью с оформлением документов; назначена встреча. '.repeat(
      8,
    ),
    tags: ['жильё', 'документы', 'трудоустройство'],
    attachments: [
      { name: 'справка.pdf', size: 48213 },
      { name: 'договор.pdf', size: 120045 },
    ],
    version: 3,
  };
  return JSON.stringify(body);
}

const SCENARIOS = [
  { name: 'GET /ping', method: 'GET', path: '/ping' },
  {
    name: 'POST /echo (1 KB, validated)',
    method: 'POST',
    path: '/echo',
    headers: { 'content-type': 'application/json' },
    body: echoBody(),
  },
];

function startServer(adapter) {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--serve', adapter], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${adapter} server exited (${code})`)));
    child.once('message', ({ port }) => resolve({ child, url: `http://127.0.0.1:${port}` }));
  });
}

function stopServer(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.removeAllListeners('exit');
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.send('stop');
  });
}

/** Refuses to measure a server that answers wrongly: both must behave the same. */
async function checkServer(url) {
  const ping = await fetch(`${url}/ping`);
  if (ping.status !== 200 || (await ping.json()).status !== 'ok') throw new Error('GET /ping');
  const body = echoBody();
  const echo = await fetch(`${url}/echo`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  if (echo.status !== 200 || JSON.stringify(await echo.json()) !== body) throw new Error('echo');
  const bad = await fetch(`${url}/echo`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...JSON.parse(body), status: 'unknown', extra: 1 }),
  });
  if (bad.status !== 400) throw new Error(`invalid body answered ${bad.status}, not 400`);
}

async function load(autocannon, url, scenario, seconds, connections) {
  const result = await autocannon({
    url: url + scenario.path,
    method: scenario.method,
    headers: scenario.headers,
    body: scenario.body,
    connections,
    duration: seconds,
  });
  const failed = result.errors + result.timeouts + result.non2xx;
  if (failed > 0) throw new Error(`${scenario.name}: ${failed} failed requests`);
  return result;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function main() {
  const { default: autocannon } = await import('autocannon');
  const duration = Number(args.duration);
  const warmup = Number(args.warmup);
  const connections = Number(args.connections);
  const rounds = Number(args.rounds);
  const versions = await Promise.all(
    ['@nestjs/core', 'express', 'fastify'].map(async (name) => {
      const { default: pkg } = await import(`${name}/package.json`, { with: { type: 'json' } });
      return `${name} ${pkg.version}`;
    }),
  );
  console.log(
    `Node ${process.version}, ${availableParallelism()} CPUs, load average ${loadavg()[0].toFixed(2)}; ` +
      `${versions.join(', ')}\n` +
      `${connections} connections, ${warmup} s warm-up + ${duration} s per run, ` +
      `${rounds} round(s) alternating the adapter order, 127.0.0.1 only\n`,
  );

  const samples = [];
  for (let round = 1; round <= rounds; round++) {
    const order = round % 2 ? ADAPTERS : [...ADAPTERS].reverse();
    for (const adapter of order) {
      const { child, url } = await startServer(adapter);
      try {
        await checkServer(url);
        for (const scenario of SCENARIOS) {
          process.stdout.write(`round ${round}  ${adapter.padEnd(8)} ${scenario.name} …`);
          if (warmup > 0) await load(autocannon, url, scenario, warmup, connections);
          const r = await load(autocannon, url, scenario, duration, connections);
          samples.push({
            adapter,
            route: scenario.name,
            rps: r.requests.average,
            p50: r.latency.p50,
            p99: r.latency.p99,
          });
          process.stdout.write(` ${Math.round(r.requests.average)} req/s\n`);
        }
      } finally {
        await stopServer(child);
      }
    }
  }

  const rows = [];
  for (const scenario of SCENARIOS) {
    for (const adapter of ADAPTERS) {
      const runs = samples.filter((x) => x.adapter === adapter && x.route === scenario.name);
      const rps = runs.map((x) => x.rps);
      rows.push({
        route: scenario.name,
        adapter,
        'req/s (median)': Math.round(median(rps)),
        'req/s (min–max)': `${Math.round(Math.min(...rps))}–${Math.round(Math.max(...rps))}`,
        'p50 ms': median(runs.map((x) => x.p50)),
        'p99 ms': median(runs.map((x) => x.p99)),
      });
    }
  }
  console.log(`\nMedians over ${rounds} round(s); load average now ${loadavg()[0].toFixed(2)}`);
  console.table(rows);
  for (const scenario of SCENARIOS) {
    const [express, fastify] = ADAPTERS.map(
      (a) => rows.find((r) => r.adapter === a && r.route === scenario.name)['req/s (median)'],
    );
    console.log(`${scenario.name}: fastify / express = ${(fastify / express).toFixed(2)}×`);
  }
}

if (args.serve) {
  await serve(args.serve);
} else {
  await main();
}
