  j {.id, .owner, .status, .format, .selection, .replica, .phase, .done, .total, .file, .sha256, .bytes, .counts, .redaction, .notes, .error,
    createdAt: toString(j.createdAt), finishedAt: toString(j.finishedAt)} AS job
