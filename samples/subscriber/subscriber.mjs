// A district system's subscriber to the RuleOfLaw events, as an outside system would write it:
// RabbitMQ through amqplib, no .NET, no MassTransit. It
//   - binds a queue of its own to the topic exchange ruleoflaw.events (routing key = event type),
//   - checks every event's body against the JSON Schema of its type (services/Contracts/contract/schemas),
//   - handles each event once (deduplicating on the CloudEvents id = AMQP message_id),
//   - keeps, per source, the feed position of the last event it handled, and after being stopped
//     catches up from each service's replay feed (GET <service>/events?after=<position>) before
//     taking live events, so it misses nothing and handles nothing twice.
// This sample's queue is exclusive (deleted when it stops), so it really does miss events while it is
// down; a production subscriber would use a durable queue and need the feed only after longer outages.
//
// Configuration (environment):
//   AMQP_URL   amqp://user:password@host:5672     the broker account (scripts/broker-account.sh)
//   QUEUE      <system>.events                    the queue name (the account may use "<system>.*" only)
//   BINDING    #                                  routing key: "#" for all events, e.g. "ruleoflaw.normative-documents.#"
//   FEEDS      <source>=<url>,...                 e.g. /ruleoflaw/normative-documents=https://gw/api/documents
//   TOKEN      a district-system client's access token for the feeds
//   SCHEMAS    the directory of the JSON Schemas (default: the repository's)
//   STATE      file keeping positions and handled ids (default ./state.json)
//   OUT        file the handled events are appended to, one JSON line each (default ./events.jsonl)
import { appendFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import amqp from 'amqplib';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const here = dirname(fileURLToPath(import.meta.url));
const config = {
  amqpUrl: process.env.AMQP_URL ?? 'amqp://localhost',
  queue: process.env.QUEUE ?? 'sample.events',
  binding: process.env.BINDING ?? '#',
  feeds: (process.env.FEEDS ?? '').split(',').filter(Boolean).map((pair) => {
    const at = pair.indexOf('=');
    return { source: pair.slice(0, at), url: pair.slice(at + 1).replace(/\/$/, '') };
  }),
  token: process.env.TOKEN,
  schemas: process.env.SCHEMAS ?? join(here, '..', '..', 'services', 'Contracts', 'contract', 'schemas'),
  state: process.env.STATE ?? join(here, 'state.json'),
  out: process.env.OUT ?? join(here, 'events.jsonl'),
};
const EXCHANGE = 'ruleoflaw.events';
const SEEN_KEPT = 100_000;

// One validator per event type, from the generated schemas (draft-07, Ajv's default).
const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv);
const validators = new Map(readdirSync(config.schemas)
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f.slice(0, -'.json'.length), ajv.compile(JSON.parse(readFileSync(join(config.schemas, f), 'utf8')))]));

const state = existsSync(config.state) ? JSON.parse(readFileSync(config.state, 'utf8')) : { positions: {}, seen: [] };
const seen = new Set(state.seen);

function save() {
  state.seen = [...seen].slice(-SEEN_KEPT);
  writeFileSync(config.state, JSON.stringify(state));
}

/** Handles one event once, from the bus or the feed alike: checks it, records it, remembers its position. */
function handle({ id, type, source, position, data, via }) {
  if (seen.has(id)) {
    return;
  }

  const validate = validators.get(type);
  const valid = validate ? validate(data) : false;
  if (!valid) {
    console.error(`event ${id} of type ${type} does not match its schema:`, validate ? ajv.errorsText(validate.errors) : 'unknown type');
  }

  // Dates must parse with the platform's own parser.
  const time = Date.parse(data.occurredAt);
  appendFileSync(config.out, JSON.stringify({ id, type, source, position, via, valid: valid && !Number.isNaN(time), unitId: data.unitId }) + '\n');
  seen.add(id);
  if (position && BigInt(position) > BigInt(state.positions[source] ?? '0')) {
    state.positions[source] = position;
  }
  save();
}

async function readFeed(feed, after) {
  const response = await fetch(`${feed.url}/events?after=${after}&limit=200`, {
    headers: { authorization: `Bearer ${config.token}`, accept: 'application/cloudevents-batch+json' },
  });
  if (!response.ok) {
    throw new Error(`${feed.url}/events answered ${response.status}`);
  }
  return response.json();
}

/** Reads a feed after the last position handled until it answers an empty page. */
async function catchUp(feed) {
  let count = 0;
  for (;;) {
    const batch = await readFeed(feed, state.positions[feed.source] ?? '0');
    if (batch.length === 0) {
      return count;
    }
    for (const e of batch) {
      handle({ id: e.id, type: e.type, source: e.source, position: e.position, data: e.data, via: 'feed' });
      count++;
    }
  }
}

const connection = await amqp.connect(config.amqpUrl);
const channel = await connection.createChannel();
await channel.checkExchange(EXCHANGE); // exists from the system's start; an outside account may not declare it
await channel.assertQueue(config.queue, { exclusive: true, autoDelete: true, durable: false });
await channel.bindQueue(config.queue, EXCHANGE, config.binding);
await channel.prefetch(100);

// Live events wait while the feeds are read: bound first, then caught up, so nothing falls in between.
let live = false;
const waiting = [];
const fromBus = (message) => {
  const headers = message.properties.headers ?? {};
  return {
    id: message.properties.messageId,
    type: message.properties.type,
    source: String(headers['cloudEvents:source']),
    position: headers['cloudEvents:position'] === undefined ? undefined : String(headers['cloudEvents:position']),
    data: JSON.parse(message.content.toString('utf8')),
    via: 'bus',
  };
};
await channel.consume(config.queue, (message) => {
  if (message === null) {
    return;
  }
  if (!live) {
    waiting.push(message);
    return;
  }
  handle(fromBus(message));
  channel.ack(message);
});

for (const feed of config.feeds) {
  const caught = await catchUp(feed);
  // An event published just before the queue was bound may reach its feed a moment later: look once more.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  console.log(`caught up from ${feed.source}: ${caught + await catchUp(feed)} event(s) after position ${state.positions[feed.source] ?? 0}`);
}
live = true;
for (const message of waiting.splice(0)) {
  handle(fromBus(message));
  channel.ack(message);
}
console.log(`listening on ${config.queue} (${EXCHANGE}, ${config.binding})`);

const stop = async () => {
  await channel.close().catch(() => {});
  await connection.close().catch(() => {});
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
