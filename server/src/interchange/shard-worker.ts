import { parentPort, workerData } from 'node:worker_threads';
import { runShard, type ShardJob } from './shard.ts';

// One shard of `hearth cqi` on a worker thread (see run-cqi.ts): read, validate, compute, post back.
parentPort!.postMessage(runShard(workerData as ShardJob));
