// The event a chain of command is asked for, with the start date that dates it by default.
MATCH (e:Event {id: $eventId})
RETURN e.id AS id, e.startDate AS startDate
