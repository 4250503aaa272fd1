// How far an earlier run of the same import got.
MATCH (i:_Import {key: $key})
RETURN i.batchesDone AS batchesDone, i.finished AS finished
