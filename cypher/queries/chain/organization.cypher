// Whether the organisation exists (commandersAt, organizationChart).
MATCH (o:Organization {id: $organizationId})
RETURN o.id AS id
