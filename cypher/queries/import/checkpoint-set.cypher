// Records that batch $seq of import $key is committed; runs in the batch's own transaction.
MERGE (i:_Import {key: $key})
ON CREATE SET i.startedAt = datetime(), i.file = $file
SET i.batchesDone = $seq, i.batches = $batches, i.finished = $seq >= $batches, i.updatedAt = datetime()
