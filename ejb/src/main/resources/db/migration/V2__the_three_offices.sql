INSERT INTO office (slug, name, region, languages, time_zone, date_pattern, host_names) VALUES
    ('san-jose', 'San José', 'americas', 'en,es', 'America/Costa_Rica', 'dd / MM / yyyy', 'sanjose.dateline.localhost'),
    ('georgetown', 'Georgetown', 'americas', 'en', 'America/Guyana', 'd MMMM, yyyy', 'georgetown.dateline.localhost'),
    ('washington', 'Washington', 'americas', 'en', 'America/New_York', 'MMMM d, yyyy', 'washington.dateline.localhost');
