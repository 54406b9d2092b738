-- Each office's site address: the absolute base URL its reader site is published at (say
-- 'https://sanjose.example.org/'), from which canonical links, feeds, sitemaps and the API's URLs
-- are built. NULL for an office without one: its site is then the network's address
-- (dateline.site.url) followed by '/<office>/'. Never taken from a request.
ALTER TABLE office ADD COLUMN site_address VARCHAR(500);
